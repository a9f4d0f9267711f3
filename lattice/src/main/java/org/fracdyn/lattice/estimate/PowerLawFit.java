package org.fracdyn.lattice.estimate;

/**
 * A least-squares power law y = A t^b on log-log axes.
 *
 * <p>The fit minimises sum_k (ln y_k - ln A - b ln t_k)^2 over the points of a
 * {@link LogSeries}, that is over bins of equal width in ln t (10 per decade by default), so
 * that late times, however densely sampled, do not dominate. Under multiplicative noise
 * y = A t^b e^eps with independent eps this is the maximum-likelihood fit, and the standard
 * errors below are the ordinary least-squares ones; with correlated noise (a single
 * training trace, a walker MSD from one ensemble) they are too small, and
 * {@link Bootstrap} should be used instead.
 *
 * @param exponent the exponent b
 * @param exponentStderr the least-squares standard error of b (NaN with 2 points)
 * @param prefactor the prefactor A
 * @param logPrefactorStderr the least-squares standard error of ln A
 * @param residualStd the residual standard deviation sqrt(RSS / (n - 2)) in ln y
 * @param residualSumOfSquares RSS in ln y
 * @param points the number n of binned points fitted
 * @param window the window the fit was made on
 */
public record PowerLawFit(double exponent, double exponentStderr, double prefactor,
                          double logPrefactorStderr, double residualStd,
                          double residualSumOfSquares, int points, FitWindow window) {

    /**
     * Fits all times t &gt; 0, at 10 bins per decade.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0
     * @return the fit
     */
    public static PowerLawFit fit(double[] times, double[] values) {
        return fit(times, values, FitWindow.ALL);
    }

    /**
     * Fits the times inside a window, at 10 bins per decade.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0 inside the window
     * @param window the fit window
     * @return the fit
     */
    public static PowerLawFit fit(double[] times, double[] values, FitWindow window) {
        return fit(times, values, window, LogSeries.DEFAULT_POINTS_PER_DECADE);
    }

    /**
     * Fits the times inside a window on log-spaced bins.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0 inside the window
     * @param window the fit window
     * @param pointsPerDecade bins per decade, &gt;= 1
     * @return the fit
     * @throws IllegalArgumentException if fewer than 2 bins are occupied
     */
    public static PowerLawFit fit(double[] times, double[] values, FitWindow window,
                                  int pointsPerDecade) {
        return fit(LogSeries.bin(times, values, window, pointsPerDecade), window);
    }

    /**
     * Fits an already binned series.
     *
     * @param series the points on log axes
     * @param window the window recorded in the result
     * @return the fit
     */
    public static PowerLawFit fit(LogSeries series, FitWindow window) {
        int n = series.size();
        if (n < 2) {
            throw new IllegalArgumentException("fit.points = " + n + " in window ["
                + window.lower() + ", " + window.upper() + "]: expected at least 2 occupied"
                + " log bins");
        }
        double[] line = LinearLeastSquares.line(series.logTimes(), series.logValues());
        double a = line[0];
        double b = line[1];
        double rss = line[2];
        double variance = n > 2 ? rss / (n - 2) : Double.NaN;
        double slopeError = Math.sqrt(variance * line[3]);
        double interceptError = Math.sqrt(variance * (1.0 / n + line[4] * line[4] * line[3]));
        return new PowerLawFit(b, slopeError, Math.exp(a), interceptError, Math.sqrt(variance),
            rss, n, window);
    }

    /**
     * @param time t &gt; 0
     * @return A t^b
     */
    public double predict(double time) {
        return prefactor * Math.pow(time, exponent);
    }

    /** @return the exponent with a 95 % normal interval from its least-squares error */
    public Estimate exponentEstimate() {
        return Estimate.normal(exponent, exponentStderr, Estimate.Z95);
    }

    /**
     * Local slopes d ln y / d ln t of a series on log-spaced bins.
     *
     * <p>At bin k the slope is the least-squares slope of the 2h + 1 binned points
     * k - h .. k + h; h = 1 is the centred difference (for equal bin spacing), a larger h
     * smooths. Only bins with h neighbours on both sides get a slope.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0
     * @param window the times used
     * @param pointsPerDecade bins per decade
     * @param halfWidth h &gt;= 1
     * @return the slopes at the bin times
     */
    public static LocalSlopes localSlopes(double[] times, double[] values, FitWindow window,
                                          int pointsPerDecade, int halfWidth) {
        return localSlopes(LogSeries.bin(times, values, window, pointsPerDecade), halfWidth);
    }

    /**
     * Local slopes of an already binned series, as in
     * {@link #localSlopes(double[], double[], FitWindow, int, int)}.
     *
     * @param series the points on log axes
     * @param halfWidth h &gt;= 1
     * @return the slopes
     */
    public static LocalSlopes localSlopes(LogSeries series, int halfWidth) {
        Checks.atLeast("slopes.halfWidth", halfWidth, 1);
        int n = series.size();
        int m = Math.max(0, n - 2 * halfWidth);
        double[] t = new double[m];
        double[] s = new double[m];
        double[] x = new double[2 * halfWidth + 1];
        double[] y = new double[2 * halfWidth + 1];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = series.logTimes()[k + j];
                y[j] = series.logValues()[k + j];
            }
            t[k] = Math.exp(series.logTimes()[k + halfWidth]);
            s[k] = LinearLeastSquares.line(x, y)[1];
        }
        return new LocalSlopes(t, s);
    }

    /**
     * Local slopes d ln y / d ln t. The arrays are shared, not copied: treat them as
     * read-only.
     *
     * @param times the times (geometric bin means) at which the slopes are taken
     * @param slopes the slopes
     */
    public record LocalSlopes(double[] times, double[] slopes) {

        /** @return the number of slopes */
        public int size() {
            return times.length;
        }
    }
}
