package org.fracdyn.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.CaputoSchemes;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * Direct against fast Caputo history of {@code fracdyn bench solver}, for N = 2^k steps on M
 * unknowns, the ratio taken in the same run.
 *
 * <p>Each run drives an L1 scheme through N steps of a uniform mesh on [0, 1] with a
 * prescribed smooth u^n_m = exp(-t_n) (1 + m / M) (the cost does not depend on the values)
 * and times the {@code history} and {@code accept} calls. The direct history costs O(n M) at
 * step n, so above {@link #FULL_DIRECT_STEPS} it is sampled: every step is accepted but h_n is
 * formed at every s-th step only (s = N / 1024), and the total is extrapolated as s times the
 * sampled history time plus the accept time (column {@code direct_stride}). Above
 * {@code maxDirect} the direct scheme is not run at all: its time is extrapolated as c N^2
 * from the largest N measured, and the row says so. The fast history is always run in full,
 * and compared with the direct h_n at the sampled steps: {@code max_abs_difference} is the
 * largest |h_fast - h_direct| over those steps and all unknowns, {@code max_rel_difference}
 * that divided by the largest |h_direct|.
 *
 * @param minExponent the smallest k, N = 2^k
 * @param maxExponent the largest k
 * @param size M
 * @param alpha the order
 * @param maxDirect the largest N run with the direct history
 * @param tolerance the sum-of-exponentials tolerance of the fast history
 */
public record SolverBenchmark(int minExponent, int maxExponent, int size, double alpha,
                              int maxDirect, double tolerance) {

    /** Up to this N the direct history is measured at every step. */
    public static final int FULL_DIRECT_STEPS = 4096;

    /**
     * One N.
     *
     * @param steps N
     * @param fastSeconds the fast run's wall time
     * @param directSeconds the direct run's wall time (measured, sampled or extrapolated)
     * @param directMode "measured", "sampled" or "extrapolated"
     * @param directStride the sampling stride s (1 when measured in full, 0 when not run)
     * @param ratio direct over fast
     * @param maxAbsDifference the largest |h_fast - h_direct| (NaN when not run)
     * @param maxRelDifference that relative to the largest |h_direct|
     */
    public record Row(int steps, double fastSeconds, double directSeconds, String directMode,
                      int directStride, double ratio, double maxAbsDifference,
                      double maxRelDifference) {
    }

    /**
     * @throws IllegalArgumentException for exponents out of [1, 24] or in the wrong order, a
     *     size below 1, alpha outside (0, 1], maxDirect below 2^minExponent or a direct
     *     history that would not fit in memory (with the bytes it needs)
     */
    public SolverBenchmark {
        if (minExponent < 1 || maxExponent > 24 || maxExponent < minExponent) {
            throw new IllegalArgumentException("exponents = " + minExponent + ".." + maxExponent
                + ": expected 1 <= min <= max <= 24");
        }
        if (size < 1) {
            throw new IllegalArgumentException("cells = " + size + ": expected an integer >= 1");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha = " + alpha + ": expected 0 < alpha <= 1");
        }
        if (maxDirect < (1 << minExponent)) {
            throw new IllegalArgumentException("max-direct = " + maxDirect + ": expected at"
                + " least 2^" + minExponent + " = " + (1 << minExponent));
        }
        int largestDirect = Math.min(maxDirect, 1 << maxExponent);
        long bytes = CaputoSchemes.directHistoryBytes(largestDirect, size);
        if (bytes > Runtime.getRuntime().maxMemory()) {
            throw new IllegalArgumentException("max-direct = " + maxDirect + ": the direct"
                + " history of " + largestDirect + " steps on " + size + " cells needs " + bytes
                + " bytes, more than the JVM maximum heap of " + Runtime.getRuntime().maxMemory()
                + "; expected a smaller --max-direct");
        }
    }

    /**
     * @param progress told (N done, message) after each N; may be null
     * @return one row per N
     */
    public List<Row> run(BiConsumer<Integer, String> progress) {
        TimeMesh warm = TimeMesh.uniform(1.0, 1024);
        direct(warm, 1);
        fast(warm, null, 1);

        List<Row> rows = new ArrayList<>();
        double lastCoefficient = Double.NaN;
        for (int k = minExponent; k <= maxExponent; k++) {
            int steps = 1 << k;
            TimeMesh mesh = TimeMesh.uniform(1.0, steps);
            Row row;
            if (steps <= maxDirect) {
                int stride = steps <= FULL_DIRECT_STEPS ? 1 : steps / 1024;
                DirectRun direct = direct(mesh, stride);
                double[] difference = new double[2];
                double fastSeconds = fast(mesh, direct, stride, difference);
                lastCoefficient = direct.seconds / ((double) steps * steps);
                row = new Row(steps, fastSeconds, direct.seconds,
                    stride == 1 ? "measured" : "sampled", stride, direct.seconds / fastSeconds,
                    difference[0], difference[1]);
            } else {
                double fastSeconds = fast(mesh, null, 1);
                double extrapolated = lastCoefficient * steps * (double) steps;
                row = new Row(steps, fastSeconds, extrapolated, "extrapolated", 0,
                    extrapolated / fastSeconds, Double.NaN, Double.NaN);
            }
            rows.add(row);
            if (progress != null) {
                progress.accept(steps, "N = " + steps + " " + row.directMode());
            }
        }
        return rows;
    }

    private record DirectRun(double seconds, double[][] sampled) {
    }

    private DirectRun direct(TimeMesh mesh, int stride) {
        CaputoScheme scheme = CaputoSchemes.create(SchemeKind.L1, HistoryKind.DIRECT, alpha,
            mesh, size, tolerance);
        double[] u = new double[size];
        double[][] sampled = new double[mesh.steps() / stride][];
        fill(u, mesh.time(0));
        long begin = System.nanoTime();
        scheme.start(u);
        long historyNanos = 0;
        for (int n = 1; n <= mesh.steps(); n++) {
            if (n % stride == 0) {
                double[] h = new double[size];
                long before = System.nanoTime();
                scheme.history(n, h);
                historyNanos += System.nanoTime() - before;
                sampled[n / stride - 1] = h;
            }
            fill(u, mesh.time(n));
            scheme.accept(n, u);
        }
        long total = System.nanoTime() - begin;
        double seconds = (total - historyNanos + (double) stride * historyNanos) * 1e-9;
        return new DirectRun(seconds, sampled);
    }

    private double fast(TimeMesh mesh, DirectRun direct, int stride) {
        return fast(mesh, direct, stride, new double[2]);
    }

    private double fast(TimeMesh mesh, DirectRun direct, int stride, double[] difference) {
        CaputoScheme scheme = CaputoSchemes.create(SchemeKind.L1, HistoryKind.FAST, alpha,
            mesh, size, tolerance);
        double[] u = new double[size];
        double[] h = new double[size];
        fill(u, mesh.time(0));
        long compareNanos = 0;
        double maxAbs = 0;
        double maxDirect = 0;
        long begin = System.nanoTime();
        scheme.start(u);
        for (int n = 1; n <= mesh.steps(); n++) {
            scheme.history(n, h);
            if (direct != null && n % stride == 0) {
                long before = System.nanoTime();
                double[] reference = direct.sampled[n / stride - 1];
                for (int m = 0; m < size; m++) {
                    maxAbs = Math.max(maxAbs, Math.abs(h[m] - reference[m]));
                    maxDirect = Math.max(maxDirect, Math.abs(reference[m]));
                }
                compareNanos += System.nanoTime() - before;
            }
            fill(u, mesh.time(n));
            scheme.accept(n, u);
        }
        long total = System.nanoTime() - begin - compareNanos;
        difference[0] = direct == null ? Double.NaN : maxAbs;
        difference[1] = direct == null ? Double.NaN : maxAbs / maxDirect;
        return total * 1e-9;
    }

    private static void fill(double[] u, double t) {
        double e = Math.exp(-t);
        for (int m = 0; m < u.length; m++) {
            u[m] = e * (1 + (double) m / u.length);
        }
    }
}
