package org.fracdyn.lattice.ctrw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class CtrwSimulatorTest {

    /** Log-spaced observation times 1, 10^(1/2), ..., 10^4. */
    private static final double[] TIMES = CtrwProblem.logSpacedTimes(1, 1e4, 2);

    /**
     * |z| &lt; 4 at each of 9 correlated times: for a correct simulator a single |z| &gt; 4
     * has probability 6e-5, so the family-wise false alarm is below 6e-4.
     */
    private static void assertMatchesTheory(CtrwResult result) {
        WaitingTime waiting = result.problem().waitingTime();
        for (int m = 0; m < result.times().length; m++) {
            double t = result.times()[m];
            double zMsd = result.msdZScore(m);
            double zJumps = (result.meanJumps()[m] - waiting.meanJumps(t))
                / result.meanJumpsStderr()[m];
            assertTrue(Math.abs(zMsd) < 4, "MSD at t = " + t + ": z = " + zMsd);
            assertTrue(Math.abs(zJumps) < 4, "<n> at t = " + t + ": z = " + zJumps);
        }
    }

    @Test
    void mittagLefflerLatticeWalkIn1dFollowsTheFractionalDiffusionMsd() {
        // <x^2(t)> = sigma^2 (t/gamma)^beta / Gamma(1 + beta), sigma^2 = 1 on Z (REFERENCES.md,
        // CTRW; Fulger, Scalas and Germano 2008): 20000 walkers, beta = 0.6, gamma = 1.
        CtrwProblem problem = CtrwProblem.of(1, new WaitingTime.MittagLeffler(1, 0.6),
            new JumpKernel.NearestNeighbour(), 20_000, TIMES, 1);

        CtrwResult result = CtrwSimulator.run(problem);

        assertMatchesTheory(result);
        assertEquals(Math.pow(1e4, 0.6) / Gamma.gamma(1.6), problem.theoreticalMsd(1e4), 1e-9);
        assertEquals(20_000, result.finalPositions().total());
    }

    @Test
    void gaussianJumpsIn2dWithAScale() {
        // d = 2, sigma = 0.5 per dimension, gamma = 2, beta = 0.8:
        // <r^2> = 2 * 0.25 * (t/2)^0.8 / Gamma(1.8).
        CtrwProblem problem = CtrwProblem.of(2, new WaitingTime.MittagLeffler(2, 0.8),
            new JumpKernel.Gaussian(0.5), 10_000, TIMES, 2);

        CtrwResult result = CtrwSimulator.run(problem);

        assertMatchesTheory(result);
        assertEquals(0.5 * Math.pow(5000, 0.8) / Gamma.gamma(1.8), problem.theoreticalMsd(1e4),
            1e-9);
    }

    @Test
    void latticeWalkIn3d() {
        CtrwProblem problem = CtrwProblem.of(3, new WaitingTime.MittagLeffler(1, 0.5),
            new JumpKernel.NearestNeighbour(), 10_000, TIMES, 3);

        assertMatchesTheory(CtrwSimulator.run(problem));
    }

    @Test
    void paretoWaitsApproachTheirAsymptote() {
        // Pareto beta = 1/2, t0 = 1. From 1 - psi(s) = Gamma(1/2) s^(1/2) - s + O(s^2) the
        // renewal function <n(s)> = psi / (s (1 - psi)) inverts to
        // <n(t)> = (2/pi) t^(1/2) + 1/pi - 1 + O(t^(-1/2)) (the constant: c / Gamma(1/2) with
        // c = beta / ((1 - beta) Gamma(1 - beta)) = 1/sqrt(pi), and -1 from psi in the
        // numerator). Compared at t >= 100 by |z| < 4, the O(t^(-1/2)) remainder being a
        // small fraction of the standard error of 20000 walkers there.
        WaitingTime.Pareto pareto = new WaitingTime.Pareto(1, 0.5);
        CtrwProblem problem = CtrwProblem.of(1, pareto, new JumpKernel.NearestNeighbour(),
            20_000, TIMES, 4);

        CtrwResult result = CtrwSimulator.run(problem);

        assertEquals(2 / Math.PI * 100, pareto.meanJumps(1e4), 1e-9);
        for (int m = 4; m < TIMES.length; m++) {
            double t = TIMES[m];
            double twoTerm = 2 / Math.PI * Math.sqrt(t) + 1 / Math.PI - 1;
            double z = (result.meanJumps()[m] - twoTerm) / result.meanJumpsStderr()[m];
            assertTrue(Math.abs(z) < 4, "t = " + t + ": <n> = " + result.meanJumps()[m]
                + " vs " + twoTerm + ", z = " + z);
            double zMsd = (result.msd()[m] - twoTerm) / result.msdStderr()[m];
            assertTrue(Math.abs(zMsd) < 4, "t = " + t + ": MSD z = " + zMsd);
        }
    }

    @Test
    void finalPositionsFollowTheMWrightDensity() {
        // Long-time limit of the ML CTRW with Gaussian jumps: P(x, t) = M_{beta/2}(|x|/c) / (2c),
        // c = sqrt(D t^beta), D = sigma^2 / 2 (REFERENCES.md, free subdiffusion). Reference
        // values at D = t = 1, beta = 1/2: P(0.5) = 0.28398440942038479,
        // P(1) = 0.19166770828534177, P(2) = 0.080625541727292928. Here sigma = 1, T = 10^4,
        // c = sqrt(50); bins of width c/4 centred on multiples of c/4, x and -x pooled. The
        // bin average differs from the centre value by P'' w^2 / 24 (0.3 % here); the
        // finite number of jumps (<n> = 113) adds O(1/<n>). Statistical: |z| < 4.5 with a 2 %
        // allowance for those two.
        double c = Math.sqrt(50);
        int walkers = 40_000;
        CtrwProblem problem = CtrwProblem.of(1, new WaitingTime.MittagLeffler(1, 0.5),
            new JumpKernel.Gaussian(1), walkers, new double[] {10_000}, 5)
            .withHistogram(c / 4, 40);

        Histogram h = CtrwSimulator.run(problem).finalPositions();

        double[][] reference = {{2, 0.28398440942038479}, {4, 0.19166770828534177},
            {8, 0.080625541727292928}};
        for (double[] point : reference) {
            int k = (int) point[0];
            long count = h.counts()[40 + k] + h.counts()[40 - k];
            double expected = 2 * walkers * (point[1] / c) * (c / 4);
            double allowance = 4.5 * Math.sqrt(expected) + 0.02 * expected;
            assertEquals(expected, count, allowance, "bin at x = " + k / 4.0 + " c");
        }
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() throws Exception {
        CtrwProblem problem = CtrwProblem.of(2, new WaitingTime.Pareto(1, 0.7),
            new JumpKernel.NearestNeighbour(), 3000, TIMES, 99).withWalkersPerBlock(100);

        CtrwResult parallel = CtrwSimulator.run(problem);
        ForkJoinPool single = new ForkJoinPool(1);
        CtrwResult serial;
        try {
            serial = single.submit(() -> CtrwSimulator.run(problem)).get();
        } finally {
            single.shutdown();
        }

        assertArrayEquals(parallel.msd(), serial.msd());
        assertArrayEquals(parallel.meanJumps(), serial.meanJumps());
        assertArrayEquals(parallel.finalPositions().counts(), serial.finalPositions().counts());
    }

    @Test
    void generalisedDiffusionCoefficient() {
        // REFERENCES.md: D = sigma^2 / (2 gamma^beta) for Mittag-Leffler waits; for Pareto
        // the equivalent gamma is t0 Gamma(1 - beta)^(1/beta).
        CtrwProblem ml = CtrwProblem.of(2, new WaitingTime.MittagLeffler(2, 0.8),
            new JumpKernel.Gaussian(0.5), 10, TIMES, 1);
        CtrwProblem pareto = CtrwProblem.of(1, new WaitingTime.Pareto(1, 0.5),
            new JumpKernel.NearestNeighbour(), 10, TIMES, 1);

        assertEquals(0.25 / (2 * Math.pow(2, 0.8)), ml.generalisedDiffusionCoefficient(), 1e-15);
        assertEquals(1 / (2 * Math.sqrt(Math.PI)), pareto.generalisedDiffusionCoefficient(),
            1e-15);
        double t = 123;
        assertEquals(2 * 2 * ml.generalisedDiffusionCoefficient() * Math.pow(t, 0.8)
            / Gamma.gamma(1.8), ml.theoreticalMsd(t), 1e-12);
    }

    @Test
    void logSpacedTimes() {
        assertArrayEquals(new double[] {1, Math.sqrt(10), 10, Math.sqrt(1000), 100},
            CtrwProblem.logSpacedTimes(1, 100, 2), 1e-12);
    }

    @Test
    void refusesBadProblems() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CtrwProblem.of(4, new WaitingTime.MittagLeffler(1, 0.5),
                new JumpKernel.NearestNeighbour(), 10, TIMES, 1));
        assertEquals("ctrw.dimension = 4: expected 1, 2 or 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
            () -> CtrwProblem.of(1, new WaitingTime.MittagLeffler(1, 0.5),
                new JumpKernel.NearestNeighbour(), 10, new double[] {2, 1}, 1));
        assertTrue(e.getMessage().startsWith("ctrw.observationTimes[1] = 1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
            () -> CtrwProblem.of(1, new WaitingTime.MittagLeffler(1e-9, 0.9),
                new JumpKernel.NearestNeighbour(), 1_000_000, new double[] {1e6}, 1));
        assertTrue(e.getMessage().contains("jumps expected"), e.getMessage());
    }
}
