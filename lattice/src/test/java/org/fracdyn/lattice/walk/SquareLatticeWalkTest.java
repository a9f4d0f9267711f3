package org.fracdyn.lattice.walk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.lattice.enumerate.ExactEnumeration;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.junit.jupiter.api.Test;

/**
 * Walkers and exact enumeration on the full square lattice, where the simple random walk is
 * solved exactly: <r^2(t)> = t, and P0(2n) = (C(2n, n) / 4^n)^2 (the walk's two rotated
 * coordinates are independent 1D walks; Polya 1921), asymptotically 1/(pi n).
 */
class SquareLatticeWalkTest {

    private static double exactReturn(long t) {
        int n = (int) (t / 2);
        double c = 1;
        for (int k = 1; k <= n; k++) {
            c *= (n + k) / (4.0 * k);
        }
        return c * c;
    }

    @Test
    void exactEnumerationReproducesPolyaReturnProbabilityAndMsd() {
        int tMax = 200;
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 2 * tMax + 3, Boundary.OPEN);
        GraphMedium m = lattice.medium(null, null, null);
        int start = lattice.index(tMax + 1, tMax + 1);
        long[] times = LogTimes.of(tMax, 10, true);
        for (Ant ant : Ant.values()) {
            WalkObservables ee = ExactEnumeration.run(m, start, ant, times);
            for (int i = 0; i < times.length; i++) {
                // Far from the boundary both ants are the simple random walk: exact to rounding.
                assertEquals(times[i], ee.msd()[i], 1e-9 * times[i], "MSD at t = " + times[i]);
                assertEquals(exactReturn(times[i]), ee.returnProbability()[i], 1e-12,
                        "P0 at t = " + times[i]);
            }
        }
        // The asymptote 1/(pi n) is approached with relative correction 1/(4n) (Stirling).
        double p200 = exactReturn(200);
        assertEquals(1 / (Math.PI * 100), p200, 0.3 / (Math.PI * 100 * 100));
    }

    @Test
    void walkersMatchTheExactMsdAndReturnProbabilityWithinSamplingError() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 64, Boundary.PERIODIC);
        GraphMedium m = lattice.medium(null, null, null);
        long[] times = LogTimes.of(1000, 5, m.isBipartite());
        int walkers = 40_000;
        WalkObservables w = RandomWalk.run(m, StartSites.all(m),
                WalkSettings.of(Ant.MYOPIC, walkers, times, 11L, 2));
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            // Unwrapped displacement on the torus is the free walk's: E r^2 = t. With the
            // rotated coordinates u = x + y, v = x - y (independent 1D walks, E u^4 = 3t^2 - 2t)
            // r^2 = (u^2 + v^2)/2 has Var r^2 = t^2 - t, so the standard error is
            // sqrt((t^2 - t) / walkers); 4.5 sigma over ~16 times keeps false failures < 1e-4.
            double sigma = Math.sqrt((t * (double) t - t) / walkers);
            assertEquals(t, w.msd()[i], 4.5 * sigma, "MSD at t = " + t);
            // The reported error estimates sigma from the sample: within 20% for 40,000 walkers
            // (the relative error of a standard deviation is about sqrt(kurtosis / 4N) << 0.2).
            assertEquals(sigma, w.msdError()[i], 0.2 * sigma, "reported MSD error at t = " + t);
            if (t < 64) {
                double p = exactReturn(t);
                double ps = Math.sqrt(p * (1 - p) / walkers);
                assertEquals(p, w.returnProbability()[i], 4.5 * ps + 1e-12, "P0 at t = " + t);
            }
        }
    }

    @Test
    void blindAntIsTheMyopicAntSlowedByVacantDirections() {
        // A 1 x L strip of the square lattice: every interior site has 2 of 4 neighbours, so the
        // blind ant moves with probability 1/2 per step: <x^2(t)> = t/2 exactly far from ends.
        Lattice lattice = new Lattice(LatticeKind.SQUARE, new int[] {4001, 2}, Boundary.OPEN);
        byte[] occ = new byte[lattice.siteCount()];
        for (int x = 0; x < 4001; x++) {
            occ[lattice.index(x, 0)] = 1;
        }
        GraphMedium line = lattice.medium(null, occ, null);
        long[] times = {10, 100, 1000};
        WalkObservables ee = ExactEnumeration.run(line, 2000, Ant.BLIND, times);
        for (int i = 0; i < times.length; i++) {
            assertEquals(times[i] / 2.0, ee.msd()[i], 1e-9 * times[i]);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Lattice lattice = Lattice.cube(LatticeKind.TRIANGULAR, 50, Boundary.PERIODIC);
        GraphMedium m = lattice.medium(null, null, null);
        long[] times = LogTimes.of(500, 4, false);
        WalkSettings s = WalkSettings.of(Ant.BLIND, 5000, times, 123L, 1)
                .withHistograms(new long[] {times[times.length - 1]}, 2.0, 30);
        s = new WalkSettings(s.ant(), s.walkers(), s.times(), true, s.histogramTimes(), 2.0, 30,
                123L, 1, 256);
        WalkObservables one = RandomWalk.run(m, StartSites.all(m), s);
        WalkObservables two = RandomWalk.run(m, StartSites.all(m), s.withThreads(2));
        assertArrayEquals(one.msd(), two.msd());
        assertArrayEquals(one.returnProbability(), two.returnProbability());
        assertArrayEquals(one.distinct(), two.distinct());
        assertArrayEquals(one.histograms().get(0).fractions(),
                two.histograms().get(0).fractions());
        WalkObservables other = RandomWalk.run(m, StartSites.all(m), s.withSeed(124L));
        assertTrue(other.msd()[times.length - 1] != one.msd()[times.length - 1]);
        double total = 0;
        for (double f : one.histograms().get(0).fractions()) {
            total += f;
        }
        assertEquals(1.0, total, 1e-12);
    }
}
