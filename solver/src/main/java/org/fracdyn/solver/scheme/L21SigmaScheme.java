package org.fracdyn.solver.scheme;

import java.util.Arrays;
import org.fracdyn.solver.mesh.TimeMesh;

/**
 * The L2-1sigma scheme with its history summed directly (Alikhanov, J. Comput. Phys. 280
 * (2015) 424-438, doi 10.1016/j.jcp.2014.09.031), on the nonuniform meshes of Chen and Stynes,
 * J. Sci. Comput. 79 (2019) 624-647, doi 10.1007/s10915-018-0863-y. With sigma = 1 - alpha/2
 * and t*_n = t_{n-1} + sigma tau_n, the derivative at t*_n is approximated by integrating the
 * kernel against the quadratic interpolant of u at t_{k-1}, t_k, t_{k+1} on each
 * [t_{k-1}, t_k], k &lt; n, and the linear one on [t_{n-1}, t*_n]:
 * <pre>
 *   C_D_t^alpha u(t*_n) ~ (1/Gamma(1-alpha)) [ sum_{k&lt;n} (I_{n,k} g_k + J_{n,k} d_k)
 *                            + (sigma tau_n)^(1-alpha) / (1 - alpha) g_n ],
 *   g_k = (u^k - u^{k-1}) / tau_k,    d_k = (g_{k+1} - g_k) / (tau_k + tau_{k+1}),
 *   I_{n,k} = int_{t_{k-1}}^{t_k} (t*_n - s)^(-alpha) ds,
 *   J_{n,k} = int_{t_{k-1}}^{t_k} (t*_n - s)^(-alpha) (2 s - t_{k-1} - t_k) ds.
 * </pre>
 * The terms in u^n (from g_n and d_{n-1}) make w_n; the rest is h_n. theta_n = sigma. The
 * local truncation error is O(tau^(3-alpha)) for smooth u and the scheme is second order;
 * on a graded mesh t_n = T (n/N)^r and a solution with the usual t^alpha layer the error is
 * O(N^(-min(r alpha, 2))) (Chen and Stynes 2019). For alpha = 1 it is the midpoint
 * (Crank-Nicolson) scheme. O(n M) work at step n and N M doubles of memory.
 */
public final class L21SigmaScheme extends AbstractCaputoScheme {

    private final double sigma;
    private final double[][] slopes;
    private final double[] previous;
    private final double[] coefficients;

    /**
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the length M of the vectors u^n, M &gt;= 1
     * @throws IllegalArgumentException if a parameter is out of range, or if the N M doubles
     *     of the history do not fit in the JVM heap
     */
    public L21SigmaScheme(double alpha, TimeMesh mesh, int size) {
        super(alpha, mesh, size);
        this.sigma = 1.0 - 0.5 * alpha;
        this.slopes = DirectHistoryStore.allocate(mesh.steps(), size);
        this.previous = new double[size];
        this.coefficients = new double[mesh.steps()];
    }

    /** @return sigma = 1 - alpha / 2 */
    public double sigma() {
        return sigma;
    }

    @Override
    double thetaOf(int n) {
        return sigma;
    }

    @Override
    double weightOf(int n) {
        return newestWeight(mesh(), n, alpha(), sigma, inverseGammaTwoMinusAlpha);
    }

    /** w_n of the L2-1sigma scheme, shared with the fast version. */
    static double newestWeight(TimeMesh mesh, int n, double alpha, double sigma,
        double inverseGammaTwoMinusAlpha) {
        double tau = mesh.step(n);
        double linear = Math.pow(sigma * tau, 1.0 - alpha) / tau;
        if (n == 1) {
            return inverseGammaTwoMinusAlpha * linear;
        }
        double tauBefore = mesh.step(n - 1);
        double quadratic = (1.0 - alpha)
            * KernelIntegrals.slopeMoment(sigma * tau, tauBefore, alpha)
            / ((tauBefore + tau) * tau);
        return inverseGammaTwoMinusAlpha * (linear + quadratic);
    }

    @Override
    void writeHistory(int n, double[] out) {
        Arrays.fill(out, 0.0);
        if (alpha() == 1.0) {
            return;
        }

        double target = mesh().time(n - 1) + sigma * mesh().step(n);
        double slopeFactor = 1.0 - alpha();
        double carried = 0.0;
        for (int k = 1; k < n; k++) {
            double tau = mesh().step(k);
            double tauAfter = mesh().step(k + 1);
            double near = target - mesh().time(k);
            double curvature = slopeFactor * KernelIntegrals.slopeMoment(near, tau, alpha())
                / (tau + tauAfter);
            coefficients[k] = inverseGammaTwoMinusAlpha
                * (KernelIntegrals.firstMoment(near, tau, alpha()) - curvature + carried);
            carried = curvature;
        }

        for (int k = 1; k < n; k++) {
            double c = coefficients[k];
            double[] row = slopes[k - 1];
            for (int m = 0; m < out.length; m++) {
                out[m] += c * row[m];
            }
        }
    }

    @Override
    void onStart(double[] initial) {
        System.arraycopy(initial, 0, previous, 0, previous.length);
    }

    @Override
    void onAccept(int n, double[] solution) {
        double tau = mesh().step(n);
        double[] row = slopes[n - 1];
        for (int m = 0; m < row.length; m++) {
            row[m] = (solution[m] - previous[m]) / tau;
            previous[m] = solution[m];
        }
    }
}
