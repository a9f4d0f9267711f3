package org.fracdyn.solver.scheme;

import java.util.Arrays;
import org.fracdyn.solver.mesh.TimeMesh;

/**
 * The L1 scheme with its history summed directly, the reference of this package's tests:
 * <pre>
 *   C_D_t^alpha u(t_n) ~ sum_{k=1}^{n} a_{n,k} (u^k - u^{k-1}),
 *   a_{n,k} = ((t_n - t_{k-1})^(1-alpha) - (t_n - t_k)^(1-alpha)) / (Gamma(2-alpha) tau_k),
 * </pre>
 * on any mesh, theta_n = 1, w_n = a_{n,n} = tau_n^(-alpha) / Gamma(2 - alpha); the weights are
 * computed through expm1/log1p. O(n M) work at step n and N M doubles of memory. For alpha = 1
 * it is backward Euler. It stands in for the solver's own direct L1 scheme until the two are
 * merged.
 */
final class L1DirectReference extends AbstractCaputoScheme {

    private final double[][] increments;
    private final double[] previous;
    private final double[] coefficients;

    L1DirectReference(double alpha, TimeMesh mesh, int size) {
        super(alpha, mesh, size);
        this.increments = DirectHistoryStore.allocate(mesh.steps(), size);
        this.previous = new double[size];
        this.coefficients = new double[mesh.steps()];
    }

    @Override
    double thetaOf(int n) {
        return 1.0;
    }

    @Override
    double weightOf(int n) {
        return Math.pow(mesh().step(n), -alpha()) * inverseGammaTwoMinusAlpha;
    }

    @Override
    void writeHistory(int n, double[] out) {
        Arrays.fill(out, 0.0);
        double tn = mesh().time(n);
        for (int k = 1; k < n; k++) {
            double tau = mesh().step(k);
            double near = tn - mesh().time(k);
            coefficients[k] = KernelIntegrals.firstMoment(near, tau, alpha())
                * inverseGammaTwoMinusAlpha / tau;
        }
        for (int k = 1; k < n; k++) {
            double a = coefficients[k];
            double[] row = increments[k - 1];
            for (int m = 0; m < out.length; m++) {
                out[m] += a * row[m];
            }
        }
    }

    @Override
    void onStart(double[] initial) {
        System.arraycopy(initial, 0, previous, 0, previous.length);
    }

    @Override
    void onAccept(int n, double[] solution) {
        double[] row = increments[n - 1];
        for (int m = 0; m < row.length; m++) {
            row[m] = solution[m] - previous[m];
            previous[m] = solution[m];
        }
    }
}
