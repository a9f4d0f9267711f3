package org.fracdyn.validation.solver;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.solve.Solution;
import org.hipparchus.special.Erf;

/** Small helpers shared by the solver checks. */
final class SolverRuns {

    private SolverRuns() {
    }

    /**
     * The graded mesh t_n = T (n/N)^r with r = (2 - alpha)/alpha, on which L1 recovers its
     * order 2 - alpha on solutions with the t^alpha initial layer (Stynes, O'Riordan and
     * Gracia, SIAM J. Numer. Anal. 55 (2017), doi 10.1137/16M1082329).
     */
    static TimeMesh gradedForLayer(double alpha, double end, int steps) {
        return TimeMesh.graded(end, steps, Math.max(1.0, (2 - alpha) / alpha));
    }

    /** @return the times of the moment rows */
    static double[] times(Solution solution) {
        return solution.moments().stream().mapToDouble(Moments::time).toArray();
    }

    /** @return one column of the moment rows */
    static double[] column(List<Moments> rows, ToDoubleFunction<Moments> f) {
        return rows.stream().mapToDouble(f).toArray();
    }

    /**
     * E_{1/2}(-x) = exp(x^2) erfc(x), x &gt;= 0, through erfc for x &lt;= 6 and 25 terms of the
     * asymptotic series of the scaled erfc above (last term below 2e-15 relative), so that it
     * does not overflow.
     *
     * @param x the argument, &gt;= 0
     * @return E_{1/2}(-x)
     */
    static double mittagLefflerHalf(double x) {
        if (x <= 6) {
            return Math.exp(x * x) * Erf.erfc(x);
        }
        double inverse = 1 / (2 * x * x);
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 25; k++) {
            term *= -(2 * k - 1) * inverse;
            sum += term;
        }
        return sum / (x * Math.sqrt(Math.PI));
    }

    /** @return a number in the report's format */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
