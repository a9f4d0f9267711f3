/**
 * Site and bond percolation on the regular lattices: Newman-Ziff sweeps over every occupation
 * number with the binomial convolution to fixed p, labelling at fixed p with spanning and
 * wrapping clusters, Leath growth of the incipient infinite cluster, and the thresholds p_c
 * from the literature.
 */
package org.fracdyn.lattice.percolation;
