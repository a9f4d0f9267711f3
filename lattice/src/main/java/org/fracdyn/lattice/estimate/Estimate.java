package org.fracdyn.lattice.estimate;

/**
 * A point estimate with its standard error and a confidence interval [low, high].
 *
 * <p>How the interval was made (bootstrap percentiles, a normal interval from a jackknife or
 * least-squares standard error, a mapped interval) is stated by the method that returns it.
 * The interval need not be symmetric about the value.
 *
 * @param value the point estimate
 * @param stderr its standard error (&gt;= 0, NaN when unknown)
 * @param low the lower end of the confidence interval
 * @param high the upper end of the confidence interval
 */
public record Estimate(double value, double stderr, double low, double high) {

    /** 97.5 % quantile of the standard normal distribution, for 95 % normal intervals. */
    static final double Z95 = 1.959963984540054;

    /**
     * A normal interval value +- z stderr.
     *
     * @param value the point estimate
     * @param stderr its standard error
     * @param z the normal quantile (1.96 for 95 %)
     * @return the estimate
     */
    public static Estimate normal(double value, double stderr, double z) {
        return new Estimate(value, stderr, value - z * stderr, value + z * stderr);
    }

    /**
     * @param truth a reference value
     * @return whether low &lt;= truth &lt;= high
     */
    public boolean contains(double truth) {
        return low <= truth && truth <= high;
    }

    /** @return the interval width high - low */
    public double width() {
        return high - low;
    }
}
