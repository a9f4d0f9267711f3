package org.fracdyn.benchmarks;

import java.util.concurrent.TimeUnit;

import org.fracdyn.cli.bench.NaiveWalk;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Clusters;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.lattice.walk.Ant;
import org.fracdyn.lattice.walk.RandomWalk;
import org.fracdyn.lattice.walk.StartSites;
import org.fracdyn.lattice.walk.WalkSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Blind ants on the spanning cluster of square site percolation at p_c (L = 512): fracdyn's
 * {@link RandomWalk} on one and on all threads against the straightforward one-walker-at-a-
 * time reference {@link NaiveWalk}, the same work in each (walkers x steps). Compare the
 * scores as a ratio within one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WalkerBenchmark {

    private static final int WALKERS = 256;
    private static final long STEPS = 20_000;

    @Param({"1", "2"})
    public int threads;

    private GraphMedium medium;
    private int[] starts;
    private long[] times;

    @Setup
    public void growCluster() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 512, Boundary.OPEN);
        for (long seed = 1; medium == null; seed++) {
            Clusters clusters = ClusterLabelling.label(Configuration.random(lattice,
                PercolationKind.SITE, Thresholds.SQUARE_SITE, seed));
            if (clusters.spanningCluster() >= 0) {
                medium = clusters.medium(clusters.spanningCluster());
            }
        }
        starts = StartSites.all(medium);
        times = LogTimes.of(STEPS, 4, true);
    }

    @Benchmark
    public double fracdynWalkers() {
        WalkSettings settings = WalkSettings.of(Ant.BLIND, WALKERS, times, 7, threads)
            .withDistinct(false);
        return RandomWalk.run(medium, starts, settings).msd()[times.length - 1];
    }

    @Benchmark
    public double naiveReference() {
        return NaiveWalk.msd(medium, starts, Ant.BLIND, WALKERS, times, 7)[times.length - 1];
    }
}
