package org.fracdyn.cli;

import java.io.IOException;

/** Opens the mpmath table of {@link SolveCommandTest} to the tests of other packages. */
public final class SolveCommandTestAccess {

    private SolveCommandTestAccess() {
    }

    /**
     * @param problem the problem label in harmonic_mean.csv
     * @param time the time as written there
     * @return the mpmath mean
     */
    public static double exactMean(String problem, String time) throws IOException {
        return SolveCommandTest.exactMean(problem, time);
    }
}
