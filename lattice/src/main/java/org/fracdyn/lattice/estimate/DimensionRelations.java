package org.fracdyn.lattice.estimate;

/**
 * Dimensions from fitted exponents, with their uncertainties carried along.
 *
 * <ul>
 *   <li>walker dimension d_w = 2 / v from &lt;r^2(t)&gt; ~ t^v;</li>
 *   <li>spectral dimension d_s = -2 v from the return probability P_0(t) ~ t^v
 *       (v = -d_s / 2);</li>
 *   <li>d_s = 2 v from the distinct sites visited S(t) ~ t^v, valid for d_s &lt; 2 only
 *       (for d_s &gt; 2, S ~ t);</li>
 *   <li>d_s = 2 d_f / d_w (Alexander and Orbach, J. Phys. Lett. 43 (1982) L625,
 *       doi 10.1051/jphyslet:019820043017062500).</li>
 * </ul>
 *
 * <p>Monotone maps carry the interval end points exactly and the standard error to first
 * order (delta method); the ratio 2 d_f / d_w assumes independent errors and returns a 95 %
 * normal interval.
 */
public final class DimensionRelations {

    private DimensionRelations() {
    }

    /**
     * @param msdExponent v of &lt;r^2&gt; ~ t^v, v &gt; 0
     * @return d_w = 2 / v
     */
    public static Estimate walkerDimension(Estimate msdExponent) {
        double v = msdExponent.value();
        Checks.positive("msdExponent.value", v);
        return new Estimate(2 / v, 2 * msdExponent.stderr() / (v * v),
            2 / msdExponent.high(), 2 / msdExponent.low());
    }

    /**
     * @param returnExponent v of P_0 ~ t^v (negative)
     * @return d_s = -2 v
     */
    public static Estimate spectralFromReturnProbability(Estimate returnExponent) {
        return new Estimate(-2 * returnExponent.value(), 2 * returnExponent.stderr(),
            -2 * returnExponent.high(), -2 * returnExponent.low());
    }

    /**
     * @param distinctSitesExponent v of S ~ t^v, v &lt; 1
     * @return d_s = 2 v
     */
    public static Estimate spectralFromDistinctSites(Estimate distinctSitesExponent) {
        return new Estimate(2 * distinctSitesExponent.value(), 2 * distinctSitesExponent.stderr(),
            2 * distinctSitesExponent.low(), 2 * distinctSitesExponent.high());
    }

    /**
     * @param fractal d_f
     * @param walker d_w &gt; 0
     * @return d_s = 2 d_f / d_w with a 95 % normal interval
     */
    public static Estimate spectralFromFractalAndWalker(Estimate fractal, Estimate walker) {
        Checks.positive("walkerDimension.value", walker.value());
        double ds = 2 * fractal.value() / walker.value();
        double relative = Math.hypot(fractal.stderr() / fractal.value(),
            walker.stderr() / walker.value());
        return Estimate.normal(ds, Math.abs(ds) * relative, Estimate.Z95);
    }

    /**
     * The consistency of two estimates of one quantity: (a - b) / sqrt(se_a^2 + se_b^2).
     *
     * @param a one estimate
     * @param b another, independent
     * @return the z-score
     */
    public static double zScore(Estimate a, Estimate b) {
        return (a.value() - b.value()) / Math.hypot(a.stderr(), b.stderr());
    }

    /**
     * d_w from a power-law fit of the MSD, with its least-squares 95 % interval.
     *
     * @param msdFit the fit of &lt;r^2(t)&gt;
     * @return d_w = 2 / v
     */
    public static Estimate walkerDimension(PowerLawFit msdFit) {
        return walkerDimension(msdFit.exponentEstimate());
    }

    /**
     * d_s from a power-law fit of the return probability P_0(t).
     *
     * @param returnFit the fit of P_0(t)
     * @return d_s = -2 v
     */
    public static Estimate spectralFromReturnProbability(PowerLawFit returnFit) {
        return spectralFromReturnProbability(returnFit.exponentEstimate());
    }

    /**
     * d_s from a power-law fit of the number of distinct sites visited S(t) (d_s &lt; 2).
     *
     * @param distinctSitesFit the fit of S(t)
     * @return d_s = 2 v
     */
    public static Estimate spectralFromDistinctSites(PowerLawFit distinctSitesFit) {
        return spectralFromDistinctSites(distinctSitesFit.exponentEstimate());
    }
}
