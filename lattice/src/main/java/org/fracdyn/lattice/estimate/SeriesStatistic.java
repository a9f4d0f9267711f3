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
}
