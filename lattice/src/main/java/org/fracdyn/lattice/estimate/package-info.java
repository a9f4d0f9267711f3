/**
 * Exponent and dimension estimators on plain arrays: power-law fits on log-binned points,
 * automatic fit windows, log-periodic fits over whole periods, bootstrap and jackknife
 * uncertainties, mass-radius and box-counting dimensions, the relations between d_f, d_w and
 * d_s, and a power-law / logarithmic / two-regime model comparison.
 *
 * <p>Nothing here knows about lattices: the estimators take times and values, matrices of
 * realisations or point sets, so that the walker commands and the training-trace fits share
 * them.
 */
package org.fracdyn.lattice.estimate;
