package org.fracdyn.solver.scheme;

import java.util.function.DoubleUnaryOperator;

/**
 * The vector fractional ODE C_D^alpha y_m = -lambda_m y_m + f(t), y_m(0) = y0_m, solved with a
 * Caputo scheme by the step the solver uses: at t*_n,
 * w_n (u^n - u^{n-1}) + h_n = -lambda (theta u^n + (1 - theta) u^{n-1}) + f(t*_n).
 */
final class FractionalOde {

    private FractionalOde() {
    }

    /** @return u^0 ... u^N, one row per level */
    static double[][] solve(CaputoScheme scheme, double[] rates, double[] initial,
        DoubleUnaryOperator source) {
        int size = scheme.size();
        int steps = scheme.mesh().steps();
        double[][] levels = new double[steps + 1][];
        levels[0] = initial.clone();
        scheme.start(initial);

        double[] history = new double[size];
        for (int n = 1; n <= steps; n++) {
            double weight = scheme.newestWeight(n);
            double theta = scheme.theta(n);
            double forcing = source.applyAsDouble(scheme.evaluationTime(n));
            scheme.history(n, history);

            double[] before = levels[n - 1];
            double[] next = new double[size];
            for (int m = 0; m < size; m++) {
                double rhs = weight * before[m] - history[m] - rates[m] * (1 - theta) * before[m]
                    + forcing;
                next[m] = rhs / (weight + rates[m] * theta);
            }
            scheme.accept(n, next);
            levels[n] = next;
        }
        return levels;
    }

    /** @return max_n |u^n - y(t_n)| */
    static double maxError(CaputoScheme scheme, double[] values, DoubleUnaryOperator exact) {
        double worst = 0.0;
        for (int n = 0; n < values.length; n++) {
            double reference = exact.applyAsDouble(scheme.mesh().time(n));
            worst = Math.max(worst, Math.abs(values[n] - reference));
        }
        return worst;
    }
}
