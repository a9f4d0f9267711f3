/**
 * Lattices, percolation clusters and deterministic fractals, random walkers on them, and the
 * estimators of the fractal (d_f), walker (d_w) and spectral (d_s = 2 d_f / d_w) dimensions.
 */
package org.fracdyn.lattice;
