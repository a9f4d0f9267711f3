package org.fracdyn.solver.scheme;

import org.fracdyn.solver.mesh.TimeMesh;
import org.hipparchus.special.Gamma;

/**
 * The bookkeeping shared by the schemes of this package: the parameters, their validation,
 * and the order of the calls start, history, accept.
 */
abstract class AbstractCaputoScheme implements CaputoScheme {

    private final double alpha;
    private final TimeMesh mesh;
    private final int size;

    /** 1 / Gamma(2 - alpha), the factor shared by all the weights. */
    final double inverseGammaTwoMinusAlpha;

    private int lastAccepted = -1;

    AbstractCaputoScheme(double alpha, TimeMesh mesh, int size) {
        this.alpha = requireAlpha(alpha);
        if (mesh == null) {
            throw new IllegalArgumentException("time mesh = null: expected a TimeMesh");
        }
        this.mesh = mesh;
        this.size = requireSize(size);
        this.inverseGammaTwoMinusAlpha = 1.0 / Gamma.gamma(2.0 - alpha);
    }

    static double requireAlpha(double alpha) {
        if (!(alpha > 0.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException(
                "alpha = " + alpha + ": expected 0 < alpha <= 1");
        }
        return alpha;
    }

    static int requireSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size = " + size + ": expected an integer >= 1");
        }
        return size;
    }

    @Override
    public final double alpha() {
        return alpha;
    }

    @Override
    public final TimeMesh mesh() {
        return mesh;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final double theta(int n) {
        requireStep(n);
        return thetaOf(n);
    }

    @Override
    public final double newestWeight(int n) {
        requireStep(n);
        return weightOf(n);
    }

    @Override
    public final void history(int n, double[] out) {
        requireStep(n);
        requireLength("history output", out);
        if (n != lastAccepted + 1) {
            throw new IllegalStateException("history(" + n + ") needs u^" + (n - 1)
                + " accepted; the last accepted level is " + lastAccepted);
        }
        writeHistory(n, out);
    }

    @Override
    public final void start(double[] initial) {
        requireLength("initial value", initial);
        onStart(initial.clone());
        lastAccepted = 0;
    }

    @Override
    public final void accept(int n, double[] solution) {
        requireStep(n);
        requireLength("solution", solution);
        if (n != lastAccepted + 1) {
            throw new IllegalStateException("accept(" + n + ") out of order: the last accepted"
                + " level is " + lastAccepted + (lastAccepted < 0 ? " (call start first)" : ""));
        }
        onAccept(n, solution);
        lastAccepted = n;
    }

    /** @return theta_n, n already checked */
    abstract double thetaOf(int n);

    /** @return w_n, n already checked */
    abstract double weightOf(int n);

    /** Writes h_n; u^0 ... u^{n-1} have been accepted. */
    abstract void writeHistory(int n, double[] out);

    /** Resets the state to the initial value u^0 (a private copy). */
    abstract void onStart(double[] initial);

    /** Records u^n (not to be kept: copy what is needed). */
    abstract void onAccept(int n, double[] solution);

    private void requireStep(int n) {
        if (n < 1 || n > mesh.steps()) {
            throw new IllegalArgumentException(
                "step n = " + n + ": expected 1 <= n <= " + mesh.steps());
        }
    }

    private void requireLength(String name, double[] vector) {
        if (vector == null || vector.length != size) {
            throw new IllegalArgumentException(name + " length = "
                + (vector == null ? "null" : vector.length) + ": expected " + size);
        }
    }
}
