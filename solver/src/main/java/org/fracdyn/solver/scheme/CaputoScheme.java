package org.fracdyn.solver.scheme;

import org.fracdyn.solver.mesh.TimeMesh;

/**
 * A discretisation of the Caputo derivative of order alpha on a time mesh, in the form shared
 * by the L1 and L2-1sigma families and by their direct and fast (sum-of-exponentials) history:
 * <pre>
 *   C_D_t^alpha u (t*_n)  ~  w_n (u^n - u^{n-1}) + h_n,      t*_n = t_{n-1} + theta_n tau_n,
 * </pre>
 * where w_n is the weight of the newest increment and h_n the history term, a combination of
 * the earlier increments u^k - u^{k-1}, k &lt; n. A solver evaluates the space operator and any
 * source at the same point of the step: L (theta_n u^n + (1 - theta_n) u^{n-1}) at t*_n. The
 * L1 scheme has theta_n = 1 (it is implicit at t_n, and backward Euler for alpha = 1); the
 * L2-1sigma scheme has theta_n = sigma = 1 - alpha / 2.
 *
 * <p>A scheme holds the state of one solve for vectors of a fixed length: call
 * {@link #start(double[])} with u^0, then for n = 1 ... N read {@link #newestWeight(int)} and
 * {@link #history(int, double[])}, solve for u^n, and hand it to {@link #accept(int, double[])}.
 * Implementations are not thread-safe.
 */
public interface CaputoScheme {

    /** @return the order alpha, 0 &lt; alpha &lt;= 1 */
    double alpha();

    /** @return the time mesh */
    TimeMesh mesh();

    /** @return the length of the vectors u^n */
    int size();

    /**
     * @param n the step, 1 &lt;= n &lt;= N
     * @return theta_n in (0, 1]: where in step n the derivative and the operator are evaluated
     */
    double theta(int n);

    /**
     * @param n the step, 1 &lt;= n &lt;= N
     * @return the evaluation time t*_n = t_{n-1} + theta_n tau_n
     */
    default double evaluationTime(int n) {
        return mesh().time(n - 1) + theta(n) * mesh().step(n);
    }

    /**
     * @param n the step, 1 &lt;= n &lt;= N
     * @return w_n, the weight of the newest increment u^n - u^{n-1} (positive)
     */
    double newestWeight(int n);

    /**
     * Writes the history term h_n, which depends on u^0 ... u^{n-1} only.
     *
     * @param n the step, 1 &lt;= n &lt;= N; u^{n-1} must have been accepted
     * @param out the destination, of length {@link #size()}
     */
    void history(int n, double[] out);

    /**
     * Starts a solve from the initial value.
     *
     * @param initial u^0, of length {@link #size()}; it is copied
     */
    void start(double[] initial);

    /**
     * Records the solution of step n.
     *
     * @param n the step just solved, 1 &lt;= n &lt;= N, in order
     * @param solution u^n, of length {@link #size()}; it is copied
     */
    void accept(int n, double[] solution);
}
