package org.fracdyn.solver.scheme;

import java.util.Arrays;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.kernel.SumOfExponentials;

/**
 * The fast L1 scheme: the L1 discretisation of the Caputo derivative with its history
 * evaluated through a sum of exponentials (Jiang, Zhang, Zhang and Zhang, Commun. Comput.
 * Phys. 21 (2017) 650-678, arXiv 1511.03453), on any time mesh:
 * <pre>
 *   C_D_t^alpha u(t_n) ~ w_n (u^n - u^{n-1}) + h_n,     w_n = tau_n^(-alpha) / Gamma(2 - alpha),
 *   h_n = (1 / Gamma(1 - alpha)) sum_j omega_j H_j^n,
 *   H_j^n = exp(-s_j tau_n) (H_j^{n-1} + (1 - exp(-s_j tau_{n-1})) / (s_j tau_{n-1})
 *                                         (u^{n-1} - u^{n-2})),      H_j^1 = 0,
 * </pre>
 * where t^(-alpha) ~ sum_j omega_j exp(-s_j t) on [min_n tau_n, T] to a relative error eps.
 * The newest interval [t_{n-1}, t_n] is integrated exactly, as in the direct L1 scheme; the
 * earlier ones see the kernel at distances in [tau_n, t_n], inside the range of the
 * approximation, so that h_n differs from the direct L1 history by at most eps times the
 * sum of the magnitudes of its terms. theta_n = 1. Work per step and memory are O(M N_exp)
 * with N_exp = O(log(T / min tau) log(1 / eps)). For alpha = 1 the history vanishes and the
 * scheme is backward Euler.
 */
public final class FastL1Scheme extends AbstractCaputoScheme {

    private final SumOfExponentials kernel;
    private final int terms;
    private final double[] exponents;
    private final double[] weights;
    private final double[] decay;
    private final double[] gain;
    private final double[] state;
    private final double[] previous;
    private final double[] increment;
    private final double[] nextHistory;
    private final double historyFactor;

    /**
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the length M of the vectors u^n, M &gt;= 1
     * @param tolerance the relative error eps of the kernel approximation, 1e-14 to 0.1
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public FastL1Scheme(double alpha, TimeMesh mesh, int size, double tolerance) {
        super(alpha, mesh, size);
        if (alpha == 1.0 || mesh.steps() == 1) {
            this.kernel = null;
            this.terms = 0;
        } else {
            this.kernel = SumOfExponentials.ofPower(
                alpha, MeshSteps.smallest(mesh), mesh.end(), tolerance);
            this.terms = kernel.count();
        }
        this.exponents = kernel == null ? new double[0] : kernel.exponents();
        this.weights = kernel == null ? new double[0] : kernel.weights();
        this.decay = new double[terms];
        this.gain = new double[terms];
        this.state = new double[Math.multiplyExact(size, Math.max(terms, 1))];
        this.previous = new double[size];
        this.increment = new double[size];
        this.nextHistory = new double[size];
        this.historyFactor = (1.0 - alpha) * inverseGammaTwoMinusAlpha;
    }

    /** @return the number N_exp of exponentials in the history (0 for alpha = 1) */
    public int exponentials() {
        return terms;
    }

    /** @return the kernel approximation, or null when there is no history (alpha = 1) */
    public SumOfExponentials kernel() {
        return kernel;
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
        System.arraycopy(nextHistory, 0, out, 0, out.length);
    }

    @Override
    void onStart(double[] initial) {
        System.arraycopy(initial, 0, previous, 0, previous.length);
        Arrays.fill(state, 0.0);
        Arrays.fill(nextHistory, 0.0);
    }

    @Override
    void onAccept(int n, double[] solution) {
        int size = previous.length;
        if (n == mesh().steps() || terms == 0) {
            System.arraycopy(solution, 0, previous, 0, size);
            return;
        }

        double tauDone = mesh().step(n);
        double tauNext = mesh().step(n + 1);
        for (int j = 0; j < terms; j++) {
            decay[j] = Math.exp(-exponents[j] * tauNext);
            gain[j] = KernelIntegrals.decayAverage(exponents[j] * tauDone);
        }

        for (int m = 0; m < size; m++) {
            increment[m] = solution[m] - previous[m];
            previous[m] = solution[m];
        }

        Arrays.fill(nextHistory, 0.0);
        for (int j = 0; j < terms; j++) {
            double decayJ = decay[j];
            double gainJ = gain[j];
            double weightJ = weights[j] * historyFactor;
            int base = j * size;
            for (int m = 0; m < size; m++) {
                double value = decayJ * (state[base + m] + gainJ * increment[m]);
                state[base + m] = value;
                nextHistory[m] += weightJ * value;
            }
        }
    }
}
