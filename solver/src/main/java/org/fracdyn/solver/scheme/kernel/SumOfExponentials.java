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
 * <p>Construction. With s = e^x, t^(-beta) = (1 / Gamma(beta)) int_R exp(beta x - e^x t) dx,
 * an integrand analytic in a strip around the real axis, so the trapezoidal rule in x with a
 * step h converges geometrically in 1/h (Beylkin and Monzon, Appl. Comput. Harmon. Anal. 28
 * (2010) 131-149, doi 10.1016/j.acha.2009.08.011; McLean, Exponential sum approximations for
 * t^(-beta), 2018). The sum is cut on the right where e^x delta makes the tail below eps / 4
 * (an incomplete gamma bound) and on the left where the geometric tail is below eps / 4 of
 * T^(-beta). Its terms with s_j &lt; 1/T, many when beta is small, are then compressed into
 * the n-point Gauss rule of the discrete measure they form, which integrates exp(-s t) for
 * t &lt;= T to near machine precision with a few nodes; this plays the part of the
 * Gauss-Jacobi block of Jiang, Zhang, Zhang and Zhang, Commun. Comput. Phys. 21 (2017)
 * 650-678 (arXiv 1511.03453), whose dyadic Gauss-Legendre panels the trapezoidal rule
 * replaces at about a quarter of their node count. The largest h and then the smallest n for
 * which the relative error, measured against the exact power on a logarithmic grid of 48
 * points per octave of [delta, T], is below 0.9 eps (a margin for the error between
 * the grid points) are kept.
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
    private static final double MAX_STEP = 1.5;
    private static final double MIN_STEP = 0.02;
    private static final double STEP_FACTOR = 0.95;
    private static final int MAX_COMPRESSED = 16;
    /** The check grid must meet 0.9 eps, a margin for the error between its points. */
    private static final double CHECK_MARGIN = 0.9;

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

        double[] checkTimes = logGrid(lower, upper);
        double inverseGamma = 1.0 / Gamma.gamma(beta);
        double start = Math.log(1.0 / upper);
        double right = Math.log(tailCutoff(beta, tolerance / 4.0) / lower);
        double left = start + Math.log(tolerance / 4.0 * Gamma.gamma(beta + 1.0)) / beta;

        for (double step = MAX_STEP; step >= MIN_STEP; step *= STEP_FACTOR) {
            int first = (int) Math.floor((left - start) / step);
            int last = (int) Math.ceil((right - start) / step);
            double[] smallExponents = new double[-first];
            double[] smallWeights = new double[-first];
            for (int k = first; k < 0; k++) {
                double x = start + k * step;
                smallExponents[k - first] = Math.exp(x - start);
                smallWeights[k - first] = step * Math.exp(beta * x) * inverseGamma;
            }
            double[] s = new double[last + 1];
            double[] w = new double[last + 1];
            for (int k = 0; k <= last; k++) {
                double x = start + k * step;
                s[k] = Math.exp(x);
                w[k] = step * Math.exp(beta * x) * inverseGamma;
            }

            int most = Math.min(MAX_COMPRESSED, smallExponents.length);
            Candidate best = Candidate.of(smallExponents, smallWeights, most, upper, s, w);
            double worst = maxRelativeError(beta, best.exponents, best.weights, checkTimes);
            if (worst > CHECK_MARGIN * tolerance) {
                continue;
            }
            for (int nodes = most - 1; nodes >= 1; nodes--) {
                Candidate fewer = Candidate.of(smallExponents, smallWeights, nodes, upper, s, w);
                if (maxRelativeError(beta, fewer.exponents, fewer.weights, checkTimes)
                    > CHECK_MARGIN * tolerance) {
                    break;
                }
                best = fewer;
            }
            double error = maxRelativeError(beta, best.exponents, best.weights, checkTimes);
            LOG.debug("SOE of t^-{} on [{}, {}] to {}: {} exponentials (step {}), error {}",
                beta, lower, upper, tolerance, best.exponents.length, step, error);
            return new SumOfExponentials(beta, lower, upper, tolerance, best.exponents,
                best.weights, error);
        }
        throw new IllegalStateException("sum of exponentials of t^-" + beta + " on [" + lower
            + ", " + upper + "] did not reach " + tolerance + " with a step " + MIN_STEP);
    }

    /** The compressed small exponents followed by the trapezoidal ones. */
    private record Candidate(double[] exponents, double[] weights) {

        static Candidate of(double[] smallExponents, double[] smallWeights, int nodes,
            double upper, double[] s, double[] w) {
            GaussRule rule = GaussRule.forDiscreteMeasure(smallExponents, smallWeights, nodes);
            double[] exponents = new double[nodes + s.length];
            double[] weights = new double[nodes + s.length];
            for (int i = 0; i < nodes; i++) {
                exponents[i] = rule.node(i) / upper;
                weights[i] = rule.weight(i);
            }
            System.arraycopy(s, 0, exponents, nodes, s.length);
            System.arraycopy(w, 0, weights, nodes, s.length);
            return new Candidate(exponents, weights);
        }
    }

    /** The smallest x (to 2%) with Gamma(beta, x) / Gamma(beta) below the given bound. */
    private static double tailCutoff(double beta, double bound) {
        double x = 1.0;
        while (Gamma.regularizedGammaQ(beta, x) > bound) {
            x *= 1.02;
        }
        return x;
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
