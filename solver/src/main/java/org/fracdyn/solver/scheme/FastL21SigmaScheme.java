package org.fracdyn.solver.scheme;

import java.util.Arrays;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.kernel.SumOfExponentials;

/**
 * The fast L2-1sigma scheme: the scheme of {@link L21SigmaScheme} (Alikhanov 2015; Chen and
 * Stynes 2019 on nonuniform meshes) with the part of its history on [0, t_{n-2}] evaluated
 * through a sum of exponentials t^(-alpha) ~ sum_j omega_j exp(-s_j t) on [min tau, T]
 * (Jiang, Zhang, Zhang and Zhang, Commun. Comput. Phys. 21 (2017) 650-678, arXiv 1511.03453).
 * With p_k(s) = g_k + (2 s - t_{k-1} - t_k) d_k the derivative of the quadratic interpolant
 * on [t_{k-1}, t_k],
 * <pre>
 *   F_j^n = sum_{k=1}^{n-2} int_{t_{k-1}}^{t_k} exp(-s_j (t*_n - s)) p_k(s) ds
 *         = exp(-s_j (t*_n - t*_{n-1})) F_j^{n-1}
 *           + exp(-s_j (t*_n - t_{n-2})) tau (g_{n-2} A(s_j tau) + tau d_{n-2} B(s_j tau)),
 *   A(z) = (1 - e^(-z)) / z,   B(z) = int_0^1 (1 - 2 v) e^(-z v) dv,   tau = tau_{n-2},
 * </pre>
 * and h_n = (1/Gamma(1-alpha)) (sum_j omega_j F_j^n + the exact contribution of
 * [t_{n-2}, t_{n-1}] in u^{n-2}, u^{n-1}). The intervals integrated exactly, [t_{n-2}, t*_n],
 * are those where the kernel is closest to its singularity; the others see it at distances
 * in [tau_{n-1} + sigma tau_n, T], inside the range of the approximation. w_n and theta_n =
 * sigma = 1 - alpha/2 are those of the direct scheme. Work per step and memory are
 * O(M N_exp). For alpha = 1 it is the midpoint (Crank-Nicolson) scheme.
 */
public final class FastL21SigmaScheme extends AbstractCaputoScheme {

    private final double sigma;
    private final SumOfExponentials kernel;
    private final int terms;
    private final double[] exponents;
    private final double[] weights;
    private final double[] decay;
    private final double[] slopeGain;
    private final double[] curvatureGain;
    private final double[] state;
    private final double[] previous;
    private final double[] slope;
    private final double[] slopeBefore;
    private final double[] curvature;
    private final double[] nextHistory;

    /**
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the length M of the vectors u^n, M &gt;= 1
     * @param tolerance the relative error eps of the kernel approximation, 1e-14 to 0.1
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public FastL21SigmaScheme(double alpha, TimeMesh mesh, int size, double tolerance) {
        super(alpha, mesh, size);
        this.sigma = 1.0 - 0.5 * alpha;
        if (alpha == 1.0 || mesh.steps() <= 2) {
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
        this.slopeGain = new double[terms];
        this.curvatureGain = new double[terms];
        this.state = new double[Math.multiplyExact(size, Math.max(terms, 1))];
        this.previous = new double[size];
        this.slope = new double[size];
        this.slopeBefore = new double[size];
        this.curvature = new double[size];
        this.nextHistory = new double[size];
    }

    /** @return sigma = 1 - alpha / 2 */
    public double sigma() {
        return sigma;
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
        return sigma;
    }

    @Override
    double weightOf(int n) {
        return L21SigmaScheme.newestWeight(mesh(), n, alpha(), sigma, inverseGammaTwoMinusAlpha);
    }

    @Override
    void writeHistory(int n, double[] out) {
        System.arraycopy(nextHistory, 0, out, 0, out.length);
    }

    @Override
    void onStart(double[] initial) {
        System.arraycopy(initial, 0, previous, 0, previous.length);
        Arrays.fill(state, 0.0);
        Arrays.fill(slope, 0.0);
        Arrays.fill(slopeBefore, 0.0);
        Arrays.fill(nextHistory, 0.0);
    }

    @Override
    void onAccept(int done, double[] solution) {
        int size = previous.length;
        double tauDone = mesh().step(done);
        for (int m = 0; m < size; m++) {
            slopeBefore[m] = slope[m];
            slope[m] = (solution[m] - previous[m]) / tauDone;
            previous[m] = solution[m];
        }
        if (done == mesh().steps() || alpha() == 1.0) {
            return;
        }

        int n = done + 1;
        double tauNext = mesh().step(n);
        double near = sigma * tauNext;
        double slopeFactor = 1.0 - alpha();
        double curvatureLocal = slopeFactor * KernelIntegrals.slopeMoment(near, tauDone, alpha())
            / (tauDone + tauNext);
        double slopeLocal = KernelIntegrals.firstMoment(near, tauDone, alpha()) - curvatureLocal;

        boolean historyGrows = done >= 2 && terms > 0;
        double tauOld = historyGrows ? mesh().step(done - 1) : 0.0;
        if (historyGrows) {
            double shift = (1.0 - sigma) * tauDone + sigma * tauNext;
            double reach = tauDone + sigma * tauNext;
            for (int j = 0; j < terms; j++) {
                double z = exponents[j] * tauOld;
                double distance = Math.exp(-exponents[j] * reach);
                decay[j] = Math.exp(-exponents[j] * shift);
                slopeGain[j] = distance * tauOld * KernelIntegrals.decayAverage(z);
                curvatureGain[j] = distance * tauOld * tauOld * KernelIntegrals.decaySlope(z);
            }
        }

        for (int m = 0; m < size; m++) {
            nextHistory[m] = inverseGammaTwoMinusAlpha * slopeLocal * slope[m];
        }
        if (!historyGrows) {
            return;
        }

        double curvatureDivisor = tauOld + tauDone;
        for (int m = 0; m < size; m++) {
            curvature[m] = (slope[m] - slopeBefore[m]) / curvatureDivisor;
        }
        double historyFactor = inverseGammaTwoMinusAlpha * slopeFactor;
        for (int j = 0; j < terms; j++) {
            double decayJ = decay[j];
            double slopeGainJ = slopeGain[j];
            double curvatureGainJ = curvatureGain[j];
            double weightJ = weights[j] * historyFactor;
            int base = j * size;
            for (int m = 0; m < size; m++) {
                double value = decayJ * state[base + m]
                    + slopeGainJ * slopeBefore[m] + curvatureGainJ * curvature[m];
                state[base + m] = value;
                nextHistory[m] += weightJ * value;
            }
        }
    }
}
