package org.fracdyn.lattice.walk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Clusters;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.junit.jupiter.api.Test;

/** Averages over realisations: the spread between them, and reproducibility. */
class DisorderAverageTest {

    @Test
    void spreadBetweenRealisationsMatchesTheWalkerError() {
        // On the full torus every realisation is the same medium, so the realisations differ
        // only by sampling: the standard error between R realisations of N walkers must equal
        // sqrt((t^2 - t) / (R N)) (Var r^2 = t^2 - t for the 2D walk), up to the relative
        // error of a standard deviation from R = 30 values, 1/sqrt(2 (R - 1)) = 13 %: 40 %
        // is 3 of those.
        GraphMedium torus = Lattice.cube(LatticeKind.SQUARE, 64, Boundary.PERIODIC)
                .medium(null, null, null);
        long[] times = {10, 100};
        int realisations = 30;
        int walkers = 2000;
        WalkObservables w = DisorderAverage.run(seed -> DisorderAverage.sample(torus,
                StartSites.all(torus)), realisations,
                WalkSettings.of(Ant.MYOPIC, walkers, times, 5, 2), null);
        assertEquals(realisations, w.realisations());
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            double sigma = Math.sqrt((t * t - t) / ((double) realisations * walkers));
            assertEquals(t, w.msd()[i], 4 * sigma, "MSD at " + t);
            assertEquals(sigma, w.msdError()[i], 0.4 * sigma, "spread at " + t);
        }
    }

    @Test
    void percolationRealisationsAreReproducibleWhateverTheThreads() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 48, Boundary.OPEN);
        DisorderAverage.Source source = seed -> {
            Clusters c = ClusterLabelling.label(
                    Configuration.random(lattice, PercolationKind.SITE, 0.62, seed));
            GraphMedium m = c.medium(0);
            return DisorderAverage.sample(m, StartSites.all(m));
        };
        long[] times = {2, 8, 32, 128};
        WalkSettings s = WalkSettings.of(Ant.BLIND, 500, times, 17, 1);
        int[] calls = {0};
        WalkObservables one = DisorderAverage.run(source, 4, s, (done, total) -> calls[0]++);
        WalkObservables two = DisorderAverage.run(source, 4, s.withThreads(2), null);
        assertEquals(4, calls[0]);
        assertArrayEquals(one.msd(), two.msd());
        assertArrayEquals(one.msdError(), two.msdError());
        assertArrayEquals(one.distinct(), two.distinct());
    }
}
