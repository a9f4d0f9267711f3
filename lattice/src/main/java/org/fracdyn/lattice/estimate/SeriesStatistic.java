package org.fracdyn.lattice.estimate;

/**
 * A number computed from one series (t_i, y_i), such as a fitted exponent; the unit that
 * {@link Bootstrap} resamples and recomputes.
 */
@FunctionalInterface
public interface SeriesStatistic {

    /**
     * @param times the times t_i
     * @param values the values y_i
     * @return the statistic
     */
    double compute(double[] times, double[] values);

    /**
     * The power-law exponent b of y = A t^b fitted on a window.
     *
     * @param window the fit window
     * @param pointsPerDecade the binning
     * @return the statistic
     */
    static SeriesStatistic powerLawExponent(FitWindow window, int pointsPerDecade) {
        return (t, y) -> PowerLawFit.fit(t, y, window, pointsPerDecade).exponent();
    }

    /**
     * The exponent b of a log-periodic power law fitted over whole periods
     * ({@link LogPeriodicFit}, 2 harmonics, 12 bins per period).
     *
     * @param window the requested window
     * @param timeFactor tau &gt; 1, the time factor per period
     * @return the statistic
     */
    static SeriesStatistic logPeriodicExponent(FitWindow window, double timeFactor) {
        return (t, y) -> LogPeriodicFit.fit(t, y, window, timeFactor).exponent();
    }
}
