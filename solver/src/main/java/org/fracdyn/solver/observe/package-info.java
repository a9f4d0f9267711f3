/** Observables of a density on a grid: mass, mean, variance, MSD, entropy, free energy. */
package org.fracdyn.solver.observe;
