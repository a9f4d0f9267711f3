package org.fracdyn.benchmarks;

import java.util.concurrent.TimeUnit;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.CaputoSchemes;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.fracdyn.solver.scheme.kernel.SumOfExponentials;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Caputo history alone, direct against fast, for N steps on M = 1000 unknowns: each
 * step forms h_n and accepts a new level, as a solver does, without the space solve. The
 * direct history is O(N^2 M), the fast one O(N M N_exp); compare within one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx6g")
public class CaputoHistoryBenchmark {

    private static final int SIZE = 1000;

    @Param({"1024", "4096", "16384"})
    public int steps;

    @Param({"direct", "fast"})
    public String history;

    @Benchmark
    public double historyOfWholeRun() {
        TimeMesh mesh = TimeMesh.uniform(1.0, steps);
        CaputoScheme scheme = CaputoSchemes.create(SchemeKind.L1, HistoryKind.fromLabel(history),
            0.5, mesh, SIZE, SumOfExponentials.DEFAULT_TOLERANCE);
        double[] u = new double[SIZE];
        double[] h = new double[SIZE];
        fill(u, 0);
        scheme.start(u);
        for (int n = 1; n <= steps; n++) {
            scheme.history(n, h);
            fill(u, mesh.time(n));
            scheme.accept(n, u);
        }
        return h[SIZE / 2];
    }

    private static void fill(double[] u, double t) {
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.exp(-t) * Math.sin(0.01 * i + 1);
        }
    }
}
