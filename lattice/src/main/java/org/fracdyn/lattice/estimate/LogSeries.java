package org.fracdyn.lattice.estimate;

import java.util.Arrays;

/**
 * A series on logarithmic axes: points (ln t_k, ln y_k) made by averaging ln t and ln y over
 * bins of equal width in ln t, so that each decade carries the same weight in a fit however
 * densely the raw series was sampled (a trace recorded every step has 9000 points in its
 * last decade and 9 in its first).
 *
 * <p>Bin k collects the raw points with ln t in [origin + k h, origin + (k + 1) h); empty bins
 * are dropped. Averaging ln y (not y) keeps the estimate consistent with a least-squares fit
 * in log space under multiplicative noise. Times outside the window are ignored; a value
 * y &lt;= 0 or non-finite inside the window is refused, since its logarithm is undefined.
 *
 * <p>The arrays are shared with the caller, not copied: treat them as read-only.
 *
 * @param logTimes the bin means of ln t, increasing
 * @param logValues the bin means of ln y
 * @param counts the number of raw points in each bin
 */
public record LogSeries(double[] logTimes, double[] logValues, int[] counts) {

    /** Default resolution of the binning, in bins per decade of time. */
    public static final int DEFAULT_POINTS_PER_DECADE = 10;

    /** @return the number of (binned) points */
    public int size() {
        return logTimes.length;
    }

    /** @return the span ln(t_last / t_first) covered by the bin centres */
    public double logSpan() {
        return size() == 0 ? 0 : logTimes[size() - 1] - logTimes[0];
    }

    /**
     * Bins a series at a given number of bins per decade, with the first bin starting at the
     * first time inside the window.
     *
     * @param times the times t_i &gt; 0 (any order is accepted; they are sorted internally)
     * @param values the values y_i
     * @param window the times kept
     * @param pointsPerDecade bins per decade, &gt;= 1
     * @return the binned series
     */
    public static LogSeries bin(double[] times, double[] values, FitWindow window,
                                int pointsPerDecade) {
        Checks.atLeast("binning.pointsPerDecade", pointsPerDecade, 1);
        return bin(times, values, window, Math.log(10) / pointsPerDecade, Double.NaN);
    }

    /**
     * Bins a series with bins of width h in ln t starting at a given origin.
     *
     * @param times the times t_i
     * @param values the values y_i
     * @param window the times kept
     * @param logBinWidth h &gt; 0, the width of a bin in ln t
     * @param logOrigin the left edge of bin 0 in ln t, or NaN for ln of the first time kept
     * @return the binned series
     */
    public static LogSeries bin(double[] times, double[] values, FitWindow window,
                                double logBinWidth, double logOrigin) {
        Checks.sameLength("series", times, values);
        Checks.positive("binning.logBinWidth", logBinWidth);
        double[][] kept = keep(times, values, window);
        double[] t = kept[0];
        double[] y = kept[1];
        if (t.length == 0) {
            return new LogSeries(new double[0], new double[0], new int[0]);
        }

        double origin = Double.isNaN(logOrigin) ? Math.log(t[0]) : logOrigin;
        double[] sumT = new double[t.length];
        double[] sumY = new double[t.length];
        int[] counts = new int[t.length];
        int bins = 0;
        long current = Long.MIN_VALUE;
        for (int i = 0; i < t.length; i++) {
            double lt = Math.log(t[i]);
            long index = (long) Math.floor((lt - origin) / logBinWidth + 1e-9);
            if (index != current) {
                current = index;
                bins++;
            }
            sumT[bins - 1] += lt;
            sumY[bins - 1] += Math.log(y[i]);
            counts[bins - 1]++;
        }

        double[] lt = new double[bins];
        double[] ly = new double[bins];
        for (int k = 0; k < bins; k++) {
            lt[k] = sumT[k] / counts[k];
            ly[k] = sumY[k] / counts[k];
        }
        return new LogSeries(lt, ly, Arrays.copyOf(counts, bins));
    }

    /**
     * The raw points of a window on log axes, without binning (every count is 1).
     *
     * @param times the times t_i
     * @param values the values y_i
     * @param window the times kept
     * @return the series
     */
    public static LogSeries raw(double[] times, double[] values, FitWindow window) {
        Checks.sameLength("series", times, values);
        double[][] kept = keep(times, values, window);
        int n = kept[0].length;
        double[] lt = new double[n];
        double[] ly = new double[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            lt[i] = Math.log(kept[0][i]);
            ly[i] = Math.log(kept[1][i]);
            counts[i] = 1;
        }
        return new LogSeries(lt, ly, counts);
    }

    /** The points with t in the window, sorted by time; refuses y &lt;= 0 there. */
    static double[][] keep(double[] times, double[] values, FitWindow window) {
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > 0 && window.contains(times[i])) {
                if (!(values[i] > 0) || !Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("series.values[" + i + "] = " + values[i]
                        + " at time " + times[i] + ": expected a finite number > 0 inside the"
                        + " fit window (its logarithm is taken)");
                }
                n++;
            }
        }

        Integer[] order = new Integer[n];
        int k = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > 0 && window.contains(times[i])) {
                order[k++] = i;
            }
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = times[order[i]] >= times[order[i - 1]];
        }
        if (!sorted) {
            Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        }
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = times[order[i]];
            y[i] = values[order[i]];
        }
        return new double[][] {t, y};
    }
}
