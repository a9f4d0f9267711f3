package org.fracdyn.lattice.estimate;

import java.util.Arrays;

/**
 * Chooses a power-law fit window from the data: the widest stretch of log time on which the
 * local slope is flat.
 *
 * <p>The rule. The series is binned at {@code pointsPerDecade} bins per decade and its local
 * slopes s_k = d ln y / d ln t are taken by least squares over 2h + 1 neighbouring bins
 * ({@link PowerLawFit#localSlopes(LogSeries, int)}). For a run of consecutive slopes
 * k = i..j with median m, its relative deviation is max_k |s_k - m| / |m|. A run is
 * <em>admissible</em> when it spans at least {@code minDecades} decades and its relative
 * deviation is at most {@code band}. The selected window is the admissible run of largest
 * span (ties: the smaller deviation), from the time of slope i to the time of slope j. An
 * early transient and a late bend make the local slope drift, so they fall outside the run.
 * The band is relative on purpose: a finite-size plateau has local slopes decaying towards
 * 0, whose relative deviation is large over any decade, so a plateau is never mistaken for a
 * scaling regime (as it would be with an absolute band around a slope near 0).
 *
 * <p>Limitation: the rule picks the widest flat run, not the first. A series with two genuine
 * scaling regimes (say t^0.5 crossing over to a decay t^-1.5) gets the wider one; restrict
 * the series (or compare the regimes with {@link ModelComparison}) when the early regime is
 * the one wanted.
 *
 * <p>When no run is admissible (too much noise for the band, or no scaling regime at all)
 * the run of the smallest relative deviation among those just reaching {@code minDecades} is
 * returned and {@link Selection#withinBand()} is false: the caller should widen the band,
 * smooth more, or not report an exponent.
 *
 * @param minDecades the minimal span, decades &gt; 0 (default 1)
 * @param band the allowed relative deviation of a local slope from the median (default 0.1)
 * @param pointsPerDecade the binning (default 10)
 * @param halfWidth the smoothing half-width h of the local slopes (default 2)
 */
public record WindowSelector(double minDecades, double band, int pointsPerDecade,
                             int halfWidth) {

    /** The defaults: at least one decade, relative band 0.1, 10 bins per decade, h = 2. */
    public static final WindowSelector DEFAULT = new WindowSelector(1.0, 0.1, 10, 2);

    /**
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public WindowSelector {
        Checks.positive("window.minDecades", minDecades);
        Checks.positive("window.band", band);
        Checks.atLeast("window.pointsPerDecade", pointsPerDecade, 1);
        Checks.atLeast("window.halfWidth", halfWidth, 1);
    }

    /**
     * @param value the minimal span in decades
     * @return a copy with that span
     */
    public WindowSelector withMinDecades(double value) {
        return new WindowSelector(value, band, pointsPerDecade, halfWidth);
    }

    /**
     * @param value the band
     * @return a copy with that band
     */
    public WindowSelector withBand(double value) {
        return new WindowSelector(minDecades, value, pointsPerDecade, halfWidth);
    }

    /**
     * @param value the smoothing half-width
     * @return a copy with that half-width
     */
    public WindowSelector withHalfWidth(int value) {
        return new WindowSelector(minDecades, band, pointsPerDecade, value);
    }

    /**
     * Selects the window of a series.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0 for t_i &gt; 0
     * @return the selection
     * @throws IllegalArgumentException if the series is shorter than minDecades
     */
    public Selection select(double[] times, double[] values) {
        LogSeries series = LogSeries.bin(times, values, FitWindow.ALL, pointsPerDecade);
        PowerLawFit.LocalSlopes slopes = PowerLawFit.localSlopes(series, halfWidth);
        int m = slopes.size();
        double[] lt = new double[m];
        for (int k = 0; k < m; k++) {
            lt[k] = Math.log10(slopes.times()[k]);
        }

        int bestI = -1;
        int bestJ = -1;
        double bestSpan = -1;
        double bestDeviation = Double.POSITIVE_INFINITY;
        int fallbackI = -1;
        int fallbackJ = -1;
        double fallbackDeviation = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            boolean shortest = true;
            for (int j = i + 1; j < m; j++) {
                double span = lt[j] - lt[i];
                if (span < minDecades - 1e-9) {
                    continue;
                }
                double deviation = maxDeviation(slopes.slopes(), i, j);
                if (shortest && deviation < fallbackDeviation) {
                    fallbackDeviation = deviation;
                    fallbackI = i;
                    fallbackJ = j;
                }
                shortest = false;
                boolean admissible = deviation <= band;
                boolean better = span > bestSpan + 1e-9
                    || (Math.abs(span - bestSpan) <= 1e-9 && deviation < bestDeviation);
                if (admissible && better) {
                    bestSpan = span;
                    bestDeviation = deviation;
                    bestI = i;
                    bestJ = j;
                }
            }
        }

        if (fallbackI < 0) {
            throw new IllegalArgumentException("window.minDecades = " + minDecades
                + ": the local slopes span only "
                + (m > 1 ? lt[m - 1] - lt[0] : 0) + " decades");
        }
        boolean within = bestI >= 0;
        int i = within ? bestI : fallbackI;
        int j = within ? bestJ : fallbackJ;
        FitWindow window = FitWindow.of(slopes.times()[i], slopes.times()[j]);
        double median = median(slopes.slopes(), i, j);
        return new Selection(window, median, within ? bestDeviation : fallbackDeviation, within);
    }

    private static double maxDeviation(double[] s, int from, int to) {
        double median = median(s, from, to);
        double max = 0;
        for (int k = from; k <= to; k++) {
            max = Math.max(max, Math.abs(s[k] - median));
        }
        return median == 0 ? Double.POSITIVE_INFINITY : max / Math.abs(median);
    }

    private static double median(double[] s, int from, int to) {
        double[] part = Arrays.copyOfRange(s, from, to + 1);
        Arrays.sort(part);
        int n = part.length;
        return n % 2 == 1 ? part[n / 2] : 0.5 * (part[n / 2 - 1] + part[n / 2]);
    }

    /**
     * A selected window.
     *
     * @param window the window
     * @param medianSlope the median local slope inside it
     * @param maxDeviation the largest deviation of a local slope from that median, relative
     *     to the median
     * @param withinBand whether the deviation stayed within the band
     */
    public record Selection(FitWindow window, double medianSlope, double maxDeviation,
                            boolean withinBand) {
    }
}
