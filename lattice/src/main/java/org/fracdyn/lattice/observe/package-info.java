/**
 * The records of walk results (MSD, return probability, distinct sites visited, displacement
 * histograms, with standard errors) and the log-spaced sample times.
 */
package org.fracdyn.lattice.observe;
