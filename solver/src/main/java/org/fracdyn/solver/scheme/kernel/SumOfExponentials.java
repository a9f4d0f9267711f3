package org.fracdyn.solver.scheme.kernel;

import org.hipparchus.special.Gamma;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sum-of-exponentials approximation of the power kernel on a finite interval,
 * <pre>
 *   t^(-beta)  ~  sum_{j=1}^{N_exp} w_j exp(-s_j t),      delta &lt;= t &lt;= T,
 * </pre>
 * with a relative error at most eps at every t in [delta, T], all weights w_j and exponents
 * s_j positive, and N_exp = O(log(T / delta) log(1 / eps)).
 *
 * <p>It discretises t^(-beta) = (1 / Gamma(beta)) int_0^inf s^(beta - 1) exp(-s t) ds as in
 * Jiang, Zhang, Zhang and Zhang, Commun. Comput. Phys. 21 (2017) 650-678 (arXiv 1511.03453):
 * the integral is cut at an S where the tail is below eps / 4 at t = delta (an incomplete
 * gamma bound), [0, 1/T] takes an n-point Gauss-Jacobi rule with the weight s^(beta - 1),
 * and each dyadic interval [2^k / T, 2^(k+1) / T] below S an n-point Gauss-Legendre rule.
 * The number n of nodes per interval is the smallest for which the relative error, measured
 * on a logarithmic grid of 48 points per octave of [delta, T] against the exact power, is
 * below eps. The approximation is not compressed afterwards.
 *
 * <p>Units: t, delta and T share one time unit and s_j is in its inverse. Valid ranges:
 * 0 &lt; beta &lt;= 2, 0 &lt; delta &lt; T finite, 1e-14 &lt;= eps &lt;= 0.1. Instances are
 * immutable.
 */
public final class SumOfExponentials {

    /** The default relative tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    private static final Logger LOG = LoggerFactory.getLogger(SumOfExponentials.class);
    private static final int CHECK_POINTS_PER_OCTAVE = 48;
    private static final int MAX_NODES_PER_INTERVAL = 64;

    private final double beta;
    private final double lower;
    private final double upper;
    private final double tolerance;
    private final double[] exponents;
    private final double[] weights;
    private final double measuredError;

    private SumOfExponentials(double beta, double lower, double upper, double tolerance,
        double[] exponents, double[] weights, double measuredError) {
        this.beta = beta;
        this.lower = lower;
        this.upper = upper;
        this.tolerance = tolerance;
        this.exponents = exponents;
        this.weights = weights;
        this.measuredError = measuredError;
    }

    /**
     * Builds the approximation of t^(-beta) on [delta, T].
     *
     * @param beta the power, 0 &lt; beta &lt;= 2
     * @param lower delta, 0 &lt; delta &lt; T
     * @param upper T, finite
     * @param tolerance the relative error eps, 1e-14 &lt;= eps &lt;= 0.1
     * @return the approximation
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static SumOfExponentials ofPower(double beta, double lower, double upper,
        double tolerance) {
        if (!(beta > 0.0 && beta <= 2.0)) {
            throw new IllegalArgumentException(
                "kernel.beta = " + beta + ": expected 0 < beta <= 2");
        }
        if (!(upper > 0.0) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException(
                "kernel.upper = " + upper + ": expected a finite number > 0");
        }
        if (!(lower > 0.0 && lower < upper)) {
            throw new IllegalArgumentException("kernel.lower = " + lower
                + ": expected 0 < lower < upper = " + upper);
        }
        if (!(tolerance >= 1e-14 && tolerance <= 0.1)) {
            throw new IllegalArgumentException("time.tolerance = " + tolerance
                + ": expected 1e-14 <= tolerance <= 0.1");
        }

        double cutoff = tailCutoff(beta, tolerance / 4.0) / lower;
        int octaves = Math.max(1, (int) Math.ceil(Math.log(cutoff * upper) / Math.log(2.0)));
        double[] checkTimes = logGrid(lower, upper);
        double inverseGamma = 1.0 / Gamma.gamma(beta);

        for (int nodes = 2; nodes <= MAX_NODES_PER_INTERVAL; nodes++) {
            int count = nodes * (octaves + 1);
            double[] s = new double[count];
            double[] w = new double[count];
            fillNodes(beta, upper, octaves, nodes, inverseGamma, s, w);
            double error = maxRelativeError(beta, s, w, checkTimes);
            if (error <= tolerance) {
                LOG.debug("SOE of t^-{} on [{}, {}] to {}: {} exponentials ({} per interval),"
                    + " measured error {}", beta, lower, upper, tolerance, count, nodes, error);
                return new SumOfExponentials(beta, lower, upper, tolerance, s, w, error);
            }
        }
        throw new IllegalStateException("sum of exponentials of t^-" + beta + " on [" + lower
            + ", " + upper + "] did not reach " + tolerance + " with "
            + MAX_NODES_PER_INTERVAL + " nodes per interval");
    }

    /** The smallest x (to 2%) with Gamma(beta, x) / Gamma(beta) below the given bound. */
    private static double tailCutoff(double beta, double bound) {
        double x = 1.0;
        while (Gamma.regularizedGammaQ(beta, x) > bound) {
            x *= 1.02;
        }
        return x;
    }

    private static void fillNodes(double beta, double upper, int octaves, int nodes,
        double inverseGamma, double[] s, double[] w) {
        double start = 1.0 / upper;

        GaussRule jacobi = GaussRule.jacobiOnUnitInterval(nodes, beta);
        double scale = Math.pow(start, beta) * inverseGamma;
        for (int i = 0; i < nodes; i++) {
            s[i] = start * jacobi.node(i);
            w[i] = scale * jacobi.weight(i);
        }

        GaussRule legendre = GaussRule.jacobiOnUnitInterval(nodes, 1.0);
        for (int k = 0; k < octaves; k++) {
            double left = start * Math.scalb(1.0, k);
            for (int i = 0; i < nodes; i++) {
                double node = left * (1.0 + legendre.node(i));
                int index = (k + 1) * nodes + i;
                s[index] = node;
                w[index] = left * legendre.weight(i) * Math.pow(node, beta - 1.0) * inverseGamma;
            }
        }
    }

    private static double[] logGrid(double lower, double upper) {
        double octaves = Math.log(upper / lower) / Math.log(2.0);
        int points = Math.max(2, (int) Math.ceil(octaves * CHECK_POINTS_PER_OCTAVE) + 1);
        double[] times = new double[points];
        double logRatio = Math.log(upper / lower);
        for (int i = 0; i < points; i++) {
            times[i] = lower * Math.exp(logRatio * i / (points - 1));
        }
        times[0] = lower;
        times[points - 1] = upper;
        return times;
    }

    private static double maxRelativeError(double beta, double[] s, double[] w,
        double[] times) {
        double worst = 0.0;
        for (double t : times) {
            double sum = 0.0;
            for (int j = 0; j < s.length; j++) {
                sum += w[j] * Math.exp(-s[j] * t);
            }
            double exact = Math.pow(t, -beta);
            worst = Math.max(worst, Math.abs(sum - exact) / exact);
        }
        return worst;
    }

    /**
     * @param t a time, meaningful for delta &lt;= t &lt;= T
     * @return sum_j w_j exp(-s_j t)
     */
    public double evaluate(double t) {
        double sum = 0.0;
        for (int j = 0; j < exponents.length; j++) {
            sum += weights[j] * Math.exp(-exponents[j] * t);
        }
        return sum;
    }

    /** @return the number of exponentials N_exp */
    public int count() {
        return exponents.length;
    }

    /** @return a copy of the exponents s_j &gt; 0 */
    public double[] exponents() {
        return exponents.clone();
    }

    /** @return a copy of the weights w_j &gt; 0 */
    public double[] weights() {
        return weights.clone();
    }

    /** @return the power beta of the kernel t^(-beta) */
    public double beta() {
        return beta;
    }

    /** @return delta, the lower end of the interval of validity */
    public double lower() {
        return lower;
    }

    /** @return T, the upper end of the interval of validity */
    public double upper() {
        return upper;
    }

    /** @return the requested relative tolerance eps */
    public double tolerance() {
        return tolerance;
    }

    /** @return the relative error measured on the construction grid, at most eps */
    public double measuredError() {
        return measuredError;
    }

    @Override
    public String toString() {
        return "SumOfExponentials[t^-" + beta + " on [" + lower + ", " + upper + "], eps="
            + tolerance + ", count=" + exponents.length + "]";
    }
}
