package org.fracdyn.lattice.estimate;

/**
 * A fit window [lower, upper] on the time (or radius, or box size) axis, both ends
 * included. Explicit windows are made with {@link #of(double, double)}; automatic ones come
 * from {@link WindowSelector}.
 *
 * @param lower the first time included, &gt; 0
 * @param upper the last time included, &gt; lower
 */
public record FitWindow(double lower, double upper) {

    /** The window that keeps every time &gt; 0. */
    public static final FitWindow ALL = new FitWindow(Double.MIN_VALUE, Double.MAX_VALUE);

    /**
     * @throws IllegalArgumentException if lower &lt;= 0 or upper &lt;= lower
     */
    public FitWindow {
        if (!(lower > 0)) {
            throw new IllegalArgumentException(
                "window.lower = " + lower + ": expected a number > 0");
        }
        if (!(upper > lower)) {
            throw new IllegalArgumentException("window.upper = " + upper
                + ": expected a number > window.lower = " + lower);
        }
    }

    /**
     * @param lower the first time included
     * @param upper the last time included
     * @return the explicit window
     */
    public static FitWindow of(double lower, double upper) {
        return new FitWindow(lower, upper);
    }

    /**
     * @param time a time
     * @return whether lower &lt;= time &lt;= upper
     */
    public boolean contains(double time) {
        return time >= lower && time <= upper;
    }

    /** @return log10(upper / lower), the span in decades */
    public double decades() {
        return Math.log10(upper / lower);
    }
}
