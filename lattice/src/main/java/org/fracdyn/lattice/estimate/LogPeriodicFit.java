package org.fracdyn.lattice.estimate;

/**
 * A power law with log-periodic modulation, fitted over a whole number of periods:
 *
 * <pre>
 *   ln y = ln A + b ln t + sum_{m=1..H} [c_m cos(2 pi m ln t / ln tau)
 *                                       + s_m sin(2 pi m ln t / ln tau)]
 * </pre>
 *
 * <p>On a deterministic fractal whose time scale grows by a factor tau per generation the MSD
 * is t^(2/d_w) F(ln t / ln tau) with F periodic of period 1 (Grabner and Woess, Stoch. Proc.
 * Appl. 69 (1997) 127-138, for the Sierpinski gasket, tau = 5). A plain power-law fit on such
 * data has an exponent that wobbles with the
 * window; here the window is cut to [t1, t1 tau^K] with K the largest whole number of
 * periods inside the requested window, the series is binned with a whole number of bins per
 * period starting at t1, and the first H harmonics of F are fitted with the power law. The
 * harmonics of ln F decay geometrically for a smooth F, so H = 2 or 3 removes the bias to far
 * below the statistical error. With H = 0 it is a plain fit over whole periods.
 *
 * <p>A second, model-free estimate is also returned: the period-averaged slope
 * (mean ln y over the last period - mean ln y over the first) divided by the same difference
 * of mean ln t, which is exact for any periodic F when the bins sample each period alike.
 *
 * <p>The arrays are shared with the caller, not copied: treat them as read-only.
 *
 * @param exponent b
 * @param exponentStderr the least-squares standard error of b
 * @param prefactor A
 * @param cosineAmplitudes c_1..c_H
 * @param sineAmplitudes s_1..s_H
 * @param periods the number K of whole periods fitted
 * @param periodAveragedExponent the period-averaged slope (NaN when K &lt; 2)
 * @param residualStd sqrt(RSS / (n - 2 - 2H)) in ln y
 * @param window the whole-period window [t1, t1 tau^K)
 */
public record LogPeriodicFit(double exponent, double exponentStderr, double prefactor,
                             double[] cosineAmplitudes, double[] sineAmplitudes, int periods,
                             double periodAveragedExponent, double residualStd,
                             FitWindow window) {

    /** Default number of bins per period. */
    public static final int DEFAULT_BINS_PER_PERIOD = 12;

    /**
     * Fits with 2 harmonics and 12 bins per period.
     *
     * @param times the times t_i &gt; 0
     * @param values the values y_i &gt; 0
     * @param window the requested window; it is shortened to whole periods
     * @param timeFactor tau &gt; 1, the time factor per period (5 for the Sierpinski gasket)
     * @return the fit
     */
    public static LogPeriodicFit fit(double[] times, double[] values, FitWindow window,
                                     double timeFactor) {
        return fit(times, values, window, timeFactor, 2, DEFAULT_BINS_PER_PERIOD);
    }

    /**
     * Fits a log-periodic power law over whole periods.
     *
     * @param times the times t_i &gt; 0
     * @param values the values y_i &gt; 0
     * @param window the requested window; it is shortened to whole periods
     * @param timeFactor tau &gt; 1
     * @param harmonics H &gt;= 0
     * @param binsPerPeriod bins per period, &gt;= 2 H + 2
     * @return the fit
     * @throws IllegalArgumentException if the window holds less than one period
     */
    public static LogPeriodicFit fit(double[] times, double[] values, FitWindow window,
                                     double timeFactor, int harmonics, int binsPerPeriod) {
        Checks.sameLength("series", times, values);
        if (!(timeFactor > 1) || !Double.isFinite(timeFactor)) {
            throw new IllegalArgumentException(
                "logPeriodic.timeFactor = " + timeFactor + ": expected a finite number > 1");
        }
        Checks.atLeast("logPeriodic.harmonics", harmonics, 0);
        Checks.atLeast("logPeriodic.binsPerPeriod", binsPerPeriod, 2 * harmonics + 2);

        double[][] kept = LogSeries.keep(times, values, window);
        if (kept[0].length < 2) {
            throw new IllegalArgumentException("logPeriodic.window = [" + window.lower() + ", "
                + window.upper() + "]: expected at least 2 points inside");
        }
        double first = kept[0][0];
        double last = kept[0][kept[0].length - 1];
        double logPeriod = Math.log(timeFactor);
        int periods = (int) Math.floor(Math.log(last / first) / logPeriod + 1e-9);
        if (periods < 1) {
            throw new IllegalArgumentException("logPeriodic.window = [" + first + ", " + last
                + "]: spans " + Math.log(last / first) / logPeriod
                + " periods of ln(" + timeFactor + "); expected at least 1 whole period");
        }
        double end = first * Math.exp(periods * logPeriod);
        FitWindow whole = FitWindow.of(first, end * (1 - 1e-12));
        LogSeries series = LogSeries.bin(kept[0], kept[1], whole, logPeriod / binsPerPeriod,
            Math.log(first));

        int n = series.size();
        int p = 2 + 2 * harmonics;
        double[][] design = new double[n][p];
        for (int k = 0; k < n; k++) {
            double s = series.logTimes()[k];
            design[k][0] = 1;
            design[k][1] = s;
            for (int m = 1; m <= harmonics; m++) {
                double phase = 2 * Math.PI * m * s / logPeriod;
                design[k][2 * m] = Math.cos(phase);
                design[k][2 * m + 1] = Math.sin(phase);
            }
        }
        LinearLeastSquares ls = LinearLeastSquares.solve(design, series.logValues());
        double variance = n > p ? ls.residualSumOfSquares / (n - p) : Double.NaN;
        double[] cos = new double[harmonics];
        double[] sin = new double[harmonics];
        for (int m = 1; m <= harmonics; m++) {
            cos[m - 1] = ls.coefficients[2 * m];
            sin[m - 1] = ls.coefficients[2 * m + 1];
        }

        double averaged = periods >= 2
            ? periodAveragedSlope(series, Math.log(first), logPeriod, periods) : Double.NaN;
        return new LogPeriodicFit(ls.coefficients[1],
            Math.sqrt(variance * ls.unscaledCovariance[1][1]), Math.exp(ls.coefficients[0]),
            cos, sin, periods, averaged, Math.sqrt(variance), whole);
    }

    private static double periodAveragedSlope(LogSeries series, double origin, double logPeriod,
                                              int periods) {
        double[] sumT = new double[2];
        double[] sumY = new double[2];
        int[] count = new int[2];
        for (int k = 0; k < series.size(); k++) {
            int period = (int) Math.floor((series.logTimes()[k] - origin) / logPeriod + 1e-9);
            int slot = period == 0 ? 0 : period == periods - 1 ? 1 : -1;
            if (slot >= 0) {
                sumT[slot] += series.logTimes()[k];
                sumY[slot] += series.logValues()[k];
                count[slot]++;
            }
        }
        return (sumY[1] / count[1] - sumY[0] / count[0])
            / (sumT[1] / count[1] - sumT[0] / count[0]);
    }

    /** @return the exponent with a 95 % normal interval from its least-squares error */
    public Estimate exponentEstimate() {
        return Estimate.normal(exponent, exponentStderr, Estimate.Z95);
    }
}
