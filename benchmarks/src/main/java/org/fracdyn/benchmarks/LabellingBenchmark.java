package org.fracdyn.benchmarks;

import java.util.concurrent.TimeUnit;

import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;
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

/** Cluster labelling of an L x L square site configuration at p_c (the L = 4096). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class LabellingBenchmark {

    @Param({"1024", "4096"})
    public int size;

    private Configuration configuration;

    @Setup
    public void drawConfiguration() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, size, Boundary.OPEN);
        configuration = Configuration.random(lattice, PercolationKind.SITE,
            Thresholds.SQUARE_SITE, 11);
    }

    @Benchmark
    public int label() {
        return ClusterLabelling.label(configuration).clusterCount();
    }
}
