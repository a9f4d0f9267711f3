package org.fracdyn.solver.scheme;

import java.util.Arrays;

import org.fracdyn.solver.mesh.TimeMesh;
import org.hipparchus.special.Gamma;

/**
 * The L1 discretisation of the Caputo derivative on any time mesh, with the direct history:
 * <pre>
 *   C_D_t^alpha u (t_n) ~ sum_{k=1}^{n} a_{n,k} (u^k - u^{k-1}),
 *   a_{n,k} = [ (t_n - t_{k-1})^{1-alpha} - (t_n - t_k)^{1-alpha} ] / ( Gamma(2-alpha) tau_k ),
 * </pre>
 * from the piecewise-linear interpolation of u (Y. Lin and C. Xu, J. Comput. Phys. 225 (2007)
 * 1533-1552, doi 10.1016/j.jcp.2007.02.001; on graded meshes M. Stynes, E. O'Riordan and
 * J. L. Gracia, SIAM J. Numer. Anal. 55 (2017) 1057-1079, doi 10.1137/16M1082329). The newest
 * weight is w_n = a_{n,n} = tau_n^{-alpha} / Gamma(2-alpha), theta_n = 1, and the history is
 * h_n = sum_{k&lt;n} a_{n,k} (u^k - u^{k-1}). For alpha = 1 the history vanishes and
 * w_n = 1/tau_n: backward Euler exactly. Truncation error: O(tau^{2-alpha}) for smooth u on
 * the uniform mesh; for the typical t^alpha layer, O(N^{-(2-alpha)}) on the graded mesh
 * r = (2-alpha)/alpha.
 *
 * <p>The weights are computed as b^{1-alpha} expm1((1-alpha) log1p(tau_k / b)), b = t_n - t_k,
 * which avoids the cancellation of the two powers when tau_k is tiny next to t_n (graded
 * meshes). On the uniform mesh they depend on n - k only and are computed once.
 *
 * <p>Cost: O(n M) per step, O(N^2 M) in all; memory: the N increments of length M,
 * 8 N M bytes (none for alpha = 1), checked against a limit before anything is allocated.
 * Not thread-safe.
 */
public final class L1DirectScheme implements CaputoScheme {

    private final double alpha;
    private final TimeMesh mesh;
    private final int size;
    private final double gammaTwoMinusAlpha;
    private final double[][] increments;
    private final double[] previous;
    private final double[] uniformWeights;
    private int accepted = -1;

    /**
     * A scheme whose history may use up to half of the JVM's maximum heap.
     *
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the length M &gt;= 1 of the vectors
     * @throws IllegalArgumentException if a parameter is out of range or the history would not
     *     fit, with the bytes it needs
     */
    public L1DirectScheme(double alpha, TimeMesh mesh, int size) {
        this(alpha, mesh, size, Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the length M &gt;= 1 of the vectors
     * @param maxHistoryBytes the most memory the history may take
     * @throws IllegalArgumentException if a parameter is out of range or 8 N M bytes exceed
     *     the limit (the message gives both, and suggests the fast history)
     */
    public L1DirectScheme(double alpha, TimeMesh mesh, int size, long maxHistoryBytes) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException(
                "alpha = " + alpha + ": expected a number with 0 < alpha <= 1");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size = " + size + ": expected >= 1");
        }
        long bytes = historyBytes(mesh.steps(), size);
        if (alpha < 1 && bytes > maxHistoryBytes) {
            throw new IllegalArgumentException("direct L1 history for time.steps = "
                + mesh.steps() + " and " + size + " cells needs " + bytes
                + " bytes, more than the " + maxHistoryBytes + " allowed: use fewer steps or "
                + "cells, more heap (-Xmx), or time.history = fast");
        }
        this.alpha = alpha;
        this.mesh = mesh;
        this.size = size;
        this.gammaTwoMinusAlpha = Gamma.gamma(2 - alpha);
        this.increments = new double[mesh.steps()][];
        this.previous = new double[size];
        this.uniformWeights = mesh.isUniform() ? uniformWeights() : null;
    }

    /**
     * @param steps N
     * @param size M
     * @return the bytes 8 N M the direct history of N steps on M cells holds
     */
    public static long historyBytes(int steps, int size) {
        return 8L * steps * size;
    }

    private double[] uniformWeights() {
        int steps = mesh.steps();
        double tau = mesh.end() / steps;
        double scale = Math.pow(tau, -alpha) / gammaTwoMinusAlpha;
        double beta = 1 - alpha;
        double[] weights = new double[steps];
        weights[0] = scale;
        if (alpha < 1) {
            for (int lag = 1; lag < steps; lag++) {
                weights[lag] = scale * Math.pow(lag, beta)
                    * Math.expm1(beta * Math.log1p(1.0 / lag));
            }
        }
        return weights;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    @Override
    public TimeMesh mesh() {
        return mesh;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double theta(int n) {
        return 1.0;
    }

    @Override
    public double newestWeight(int n) {
        if (uniformWeights != null) {
            return uniformWeights[0];
        }
        return Math.pow(mesh.step(n), -alpha) / gammaTwoMinusAlpha;
    }

    /**
     * The L1 weight a_{n,k}.
     *
     * @param n the level, 1 &lt;= n &lt;= N
     * @param k the increment, 1 &lt;= k &lt;= n
     * @return a_{n,k} &gt; 0 (0 for k &lt; n when alpha = 1)
     */
    public double weight(int n, int k) {
        if (uniformWeights != null) {
            return uniformWeights[n - k];
        }
        if (k == n) {
            return newestWeight(n);
        }
        if (alpha == 1) {
            return 0.0;
        }
        double beta = 1 - alpha;
        double tau = mesh.step(k);
        double gap = mesh.time(n) - mesh.time(k);
        return Math.pow(gap, beta) * Math.expm1(beta * Math.log1p(tau / gap))
            / (gammaTwoMinusAlpha * tau);
    }

    @Override
    public void history(int n, double[] out) {
        if (n != accepted + 1) {
            throw new IllegalStateException(
                "history(" + n + ") requested after accepting level " + accepted);
        }
        Arrays.fill(out, 0, size, 0.0);
        if (alpha == 1) {
            return;
        }

        if (uniformWeights != null) {
            for (int k = 1; k < n; k++) {
                addScaled(uniformWeights[n - k], increments[k - 1], out);
            }
        } else {
            for (int k = 1; k < n; k++) {
                addScaled(weight(n, k), increments[k - 1], out);
            }
        }
    }

    private void addScaled(double factor, double[] increment, double[] out) {
        for (int i = 0; i < size; i++) {
            out[i] += factor * increment[i];
        }
    }

    @Override
    public void start(double[] initial) {
        checkLength(initial);
        System.arraycopy(initial, 0, previous, 0, size);
        Arrays.fill(increments, null);
        accepted = 0;
    }

    @Override
    public void accept(int n, double[] solution) {
        if (n != accepted + 1) {
            throw new IllegalStateException(
                "accept(" + n + ") after accepting level " + accepted + ": levels go in order");
        }
        checkLength(solution);
        double[] increment = new double[size];
        for (int i = 0; i < size; i++) {
            increment[i] = solution[i] - previous[i];
        }
        System.arraycopy(solution, 0, previous, 0, size);
        if (alpha < 1) {
            increments[n - 1] = increment;
        }
        accepted = n;
    }

    private void checkLength(double[] vector) {
        if (vector.length != size) {
            throw new IllegalArgumentException(
                "vector length " + vector.length + ": expected " + size);
        }
    }
}
