package org.fracdyn.solver.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.CaputoSchemes;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * Direct against fast Caputo history, one CSV row per run, the ratio taken in the same run.
 *
 * <p>Each run drives a scheme through N steps on M unknowns with a prescribed smooth
 * u^n_m = exp(-t_n) (1 + m / M) (the cost does not depend on the values) and times the
 * history and accept calls. The direct history costs O(n M) at step n, so at large N it is
 * sampled: every step is accepted, but h_n is formed only at every stride-th step, and its
 * total is extrapolated as stride times the sampled time (the column {@code sampled_stride};
 * 1 means measured in full). Usage:
 * <pre>
 *   java ... org.fracdyn.solver.bench.CaputoHistoryBench [steps] [size] [alpha] [grading]
 *       [stride] [scheme]
 * </pre>
 * defaults 65536 1000 0.5 1 64 L1. A warm-up run at N = 2048 precedes the timed ones.
 */
public final class CaputoHistoryBench {

    private CaputoHistoryBench() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 65536;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        double alpha = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        double grading = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        int stride = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        SchemeKind kind = SchemeKind.fromLabel(args.length > 5 ? args[5] : "L1");
        PrintStream out = System.out;

        TimeMesh warmMesh = TimeMesh.graded(1.0, 2048, grading);
        run(kind, HistoryKind.DIRECT, alpha, warmMesh, size, 1);
        run(kind, HistoryKind.FAST, alpha, warmMesh, size, 1);

        out.println("scheme,history,steps,size,alpha,grading,sampled_stride,seconds,"
            + "direct_over_fast");
        TimeMesh mesh = TimeMesh.graded(1.0, steps, grading);
        double fast = run(kind, HistoryKind.FAST, alpha, mesh, size, 1);
        double direct = run(kind, HistoryKind.DIRECT, alpha, mesh, size, stride);
        out.printf(Locale.ROOT, "%s,fast,%d,%d,%s,%s,1,%.6g,1%n",
            kind.label(), steps, size, alpha, grading, fast);
        out.printf(Locale.ROOT, "%s,direct,%d,%d,%s,%s,%d,%.6g,%.4g%n",
            kind.label(), steps, size, alpha, grading, stride, direct, direct / fast);
    }

    /** @return the seconds of the run, with the direct history extrapolated from the sample */
    private static double run(SchemeKind kind, HistoryKind history, double alpha,
        TimeMesh mesh, int size, int stride) {
        CaputoScheme scheme = CaputoSchemes.create(kind, history, alpha, mesh, size, 1e-10);
        double[] u = new double[size];
        double[] h = new double[size];
        fill(u, mesh.time(0));
        long begin = System.nanoTime();
        scheme.start(u);
        long historyNanos = 0;
        double checksum = 0;
        for (int n = 1; n <= mesh.steps(); n++) {
            if (n % stride == 0) {
                long before = System.nanoTime();
                scheme.history(n, h);
                historyNanos += System.nanoTime() - before;
                checksum += h[size / 2];
            }
            fill(u, mesh.time(n));
            scheme.accept(n, u);
        }
        long total = System.nanoTime() - begin;
        if (checksum == 42.4242) {
            System.err.println("unlikely checksum");
        }
        double seconds = (total - historyNanos + (double) stride * historyNanos) * 1e-9;
        return seconds;
    }

    private static void fill(double[] u, double t) {
        double e = Math.exp(-t);
        for (int m = 0; m < u.length; m++) {
            u[m] = e * (1 + (double) m / u.length);
        }
    }
}
