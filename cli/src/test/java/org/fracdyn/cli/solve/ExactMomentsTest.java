package org.fracdyn.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.junit.jupiter.api.Test;

/**
 * The closed-form moments drawn and summarised by {@code fracdyn solve}, against mpmath
 * (harmonic_mean.py in the test resources).
 */
class ExactMomentsTest {

    private static final FokkerPlanckProblem HARMONIC = FokkerPlanckProblem.builder()
        .alpha(0.6).diffusion(1).friction(1).potential(new Harmonic(1, 0))
        .grid(new Grid1D(-8, 8, 800)).boundary(Boundary.REFLECTING)
        .initialDensity(new InitialDensity.Gaussian(2, 0.05))
        .timeMesh(TimeMesh.uniform(5, 10)).build();

    private static final Moments START = new Moments(0, 0, 1, 2, 0.0025, 0, 0, 0);

    @Test
    void theMeanAndVarianceAreTheMittagLefflerLaws() throws IOException {
        ExactMoments exact = ExactMoments.of(HARMONIC, START).orElseThrow();

        // The Mittag-Leffler function is accurate to about 1e-12 (its own tests); the
        // moments inherit that, with a margin for the cancellation in the variance.
        assertEquals(reference("harmonic_mean.csv", "harmonic-subdiffusion,0.6,1,0,2,5,"),
            exact.mean(5), 1e-11);
        assertEquals(reference("harmonic_variance.csv", "0.6,2,0.0025,1,"), exact.variance(1),
            1e-11);
        assertEquals(reference("harmonic_variance.csv", "0.6,2,0.0025,5,"), exact.variance(5),
            1e-11);
        assertEquals(2.0, exact.mean(0), 0.0);
        assertEquals(0.0025, exact.variance(0), 1e-15);
    }

    @Test
    void onlyAHarmonicWellBetweenReflectingWallsHasThem() {
        assertTrue(ExactMoments.of(HARMONIC.toBuilder().boundary(Boundary.ABSORBING).build(),
            START).isEmpty());
        assertTrue(ExactMoments.of(HARMONIC.toBuilder().potential(new Free()).build(), START)
            .isEmpty());
    }

    private static double reference(String file, String prefix) throws IOException {
        try (InputStream in = ExactMomentsTest.class.getResourceAsStream(
                "/org/fracdyn/cli/" + file)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith(prefix)).toList();
            assertEquals(1, lines.size(), prefix);
            return Double.parseDouble(lines.get(0).substring(prefix.length()));
        }
    }
}
