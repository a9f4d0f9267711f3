package org.fracdyn.lattice.observe;

/**
 * The distribution of the distance r = |x(t) - x(0)| of walkers at one time: bin {@code b}
 * holds the fraction of walkers with {@code b * binWidth <= r < (b + 1) * binWidth}; the last
 * bin also collects everything beyond.
 *
 * @param time the time in steps
 * @param binWidth bin width in bond lengths
 * @param fractions fraction of walkers per bin (sums to 1)
 */
public record DisplacementHistogram(long time, double binWidth, double[] fractions) {
}
