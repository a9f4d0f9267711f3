/**
 * Fits of weight traces: what the displacement R(t) = ||w_t - w_0|| does with the step t.
 *
 * <p>{@link org.fracdyn.nn.fit.TraceFit} compares a power law, logarithmic growth and a
 * two-regime power law over the whole trace (BIC), fits the exponent b on the window the
 * comparison leaves with a block-bootstrap 95 % interval, and states both readings of b
 * (d_w = 1/b; the paper's eq. 7, d_s = 2 b); {@link org.fracdyn.nn.fit.FfpeFit} fits the free
 * time-fractional Fokker-Planck MSD 2 D t^alpha / Gamma(1 + alpha) to R(t)^2 with Hipparchus'
 * Levenberg-Marquardt optimiser. The estimators themselves are those of
 * {@code org.fracdyn.lattice.estimate}; this package only decides how a training trace is fed
 * to them and how the result is worded. Nothing here prints; the CLI's {@code fracdyn fit}
 * writes the results.
 */
package org.fracdyn.nn.fit;
