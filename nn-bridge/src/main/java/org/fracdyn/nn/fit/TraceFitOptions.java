package org.fracdyn.nn.fit;

import org.fracdyn.lattice.estimate.LogSeries;
import org.fracdyn.lattice.estimate.WindowSelector;

/**
 * The settings of a {@link TraceFit}.
 *
 * @param selector how the power-law window is chosen from the local slopes
 * @param pointsPerDecade the log-spaced resampling of the fits, bins per decade, {@code >= 1}
 * @param resamples bootstrap replicates of the exponent, {@code >= 10}
 * @param level the confidence level of the intervals, in (0, 1)
 * @param seed the bootstrap seed
 */
public record TraceFitOptions(WindowSelector selector, int pointsPerDecade, int resamples,
                              double level, long seed) {

    /**
     * The defaults: {@link WindowSelector#DEFAULT} (at least one decade, local slopes within
     * 10 % of their median), 10 bins per decade, 1000 replicates, 95 %, seed 0.
     */
    public static final TraceFitOptions DEFAULT = new TraceFitOptions(WindowSelector.DEFAULT,
        LogSeries.DEFAULT_POINTS_PER_DECADE, 1000, 0.95, 0);

    /** Checks the ranges. */
    public TraceFitOptions {
        java.util.Objects.requireNonNull(selector, "selector");
        if (pointsPerDecade < 1) {
            throw new IllegalArgumentException("pointsPerDecade = " + pointsPerDecade
                + ": expected an integer >= 1");
        }
        if (resamples < 10) {
            throw new IllegalArgumentException("resamples = " + resamples
                + ": expected an integer >= 10");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level = " + level
                + ": expected a number in (0, 1)");
        }
    }

    /** @return a copy with another number of bootstrap replicates */
    public TraceFitOptions withResamples(int value) {
        return new TraceFitOptions(selector, pointsPerDecade, value, level, seed);
    }

    /** @return a copy with another seed */
    public TraceFitOptions withSeed(long value) {
        return new TraceFitOptions(selector, pointsPerDecade, resamples, level, value);
    }
}
