package org.fracdyn.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fracdyn.solver.solve.Profile;
import org.junit.jupiter.api.Test;

/** The legend of the profile chart names the time the density was taken at. */
class SolutionChartsTest {

    private static final double[] DENSITY = {1.0, 1.0, 1.0};

    @Test
    void aProfileTakenAtTheTimeAskedForIsLabelledWithIt() {
        assertEquals("t = 0.5", SolutionCharts.profileLabel(new Profile(0.5, 5, 0.5, DENSITY)));
    }

    @Test
    void aProfileTakenLaterIsLabelledWithTheMeshTimeAndTheTimeAskedFor() {
        // Steps of 0.1: the first mesh time at or after 0.05 is t_1 = 0.1, not 0.05.
        assertEquals("t = 0.1 (asked for 0.05)",
            SolutionCharts.profileLabel(new Profile(0.05, 1, 0.1, DENSITY)));
        // A graded mesh's t_n near 1: six significant digits show that it is not 1.
        assertEquals("t = 1.00039 (asked for 1)",
            SolutionCharts.profileLabel(new Profile(1.0, 7, 1.0003936162831109, DENSITY)));
    }
}
