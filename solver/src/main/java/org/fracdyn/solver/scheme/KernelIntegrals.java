package org.fracdyn.solver.scheme;

/**
 * Integrals of the Caputo kernel (t - s)^(-alpha) over one mesh interval, written so that they
 * keep their relative accuracy when the interval is short compared with its distance from t
 * (the L1 weights otherwise cancel catastrophically on strongly graded meshes).
 */
final class KernelIntegrals {

    private static final double SERIES_RATIO_LIMIT = 0.5;
    private static final int SERIES_MAX_TERMS = 80;

    private KernelIntegrals() {
    }

    /**
     * ((b + c)^p - b^p) / p, and its limit log(1 + c / b) at p = 0.
     *
     * @param b the distance of the near end, b &gt; 0
     * @param c the length of the interval, c &gt;= 0
     * @param p the power, p &gt;= 0
     */
    static double powerDifference(double b, double c, double p) {
        double logRatio = Math.log1p(c / b);
        if (p == 0.0) {
            return logRatio;
        }
        return Math.pow(b, p) * Math.expm1(p * logRatio) / p;
    }

    /**
     * (1 - alpha) int over the interval of (t - s)^(-alpha) ds, for an interval of length c
     * whose right end is at distance b from t: (b + c)^(1-alpha) - b^(1-alpha).
     */
    static double firstMoment(double b, double c, double alpha) {
        double p = 1.0 - alpha;
        if (p == 0.0) {
            return 0.0;
        }
        return Math.pow(b, p) * Math.expm1(p * Math.log1p(c / b));
    }

    /**
     * int over [t_{k-1}, t_k] of (t - s)^(-alpha) (2 s - t_{k-1} - t_k) ds, for an interval of
     * length c whose right end is at distance b &gt; 0 from t. Positive.
     *
     * <p>With h = c / 2 and d = b + h it is 2 int_{-h}^{h} x (d - x)^(-alpha) dx. For h / d
     * &lt;= 1/2 it is summed from the binomial series of (1 - x/d)^(-alpha), whose odd terms
     * alone survive: 4 d^(-alpha) h^2 sum_{j odd} (alpha)_j / j! (h/d)^j / (j + 2); otherwise
     * it is the difference of antiderivatives, where the cancellation is mild.
     */
    static double slopeMoment(double b, double c, double alpha) {
        double h = 0.5 * c;
        double d = b + h;
        double ratio = h / d;
        if (ratio > SERIES_RATIO_LIMIT) {
            return 2.0 * (d * powerDifference(b, c, 1.0 - alpha)
                - powerDifference(b, c, 2.0 - alpha));
        }

        double ratioSquared = ratio * ratio;
        double coefficient = alpha;
        double power = ratio;
        double sum = 0.0;
        for (int j = 1; j < SERIES_MAX_TERMS; j += 2) {
            double term = coefficient * power / (j + 2);
            sum += term;
            if (term <= 1e-17 * sum) {
                break;
            }
            coefficient *= (alpha + j) * (alpha + j + 1) / ((j + 1.0) * (j + 2.0));
            power *= ratioSquared;
        }
        return 4.0 * Math.pow(d, -alpha) * h * h * sum;
    }

    /** (1 - exp(-z)) / z for z &gt;= 0, with its limit 1 at z = 0. */
    static double decayAverage(double z) {
        if (z == 0.0) {
            return 1.0;
        }
        return -Math.expm1(-z) / z;
    }

    /**
     * int_0^1 (1 - 2 v) exp(-z v) dv for z &gt;= 0 (about z / 6 for small z), from its Taylor
     * series sum_m (-z)^m m / (m! (m + 1) (m + 2)) with a sign change, for z &lt; 1, and from
     * the closed form otherwise.
     */
    static double decaySlope(double z) {
        if (z >= 1.0) {
            double average = -Math.expm1(-z) / z;
            double firstMoment = (-Math.expm1(-z) - z * Math.exp(-z)) / (z * z);
            return average - 2.0 * firstMoment;
        }
        double sum = 0.0;
        double power = 1.0;
        for (int m = 1; m < 30; m++) {
            power *= -z / m;
            double term = -power * m / ((m + 1.0) * (m + 2.0));
            sum += term;
            if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }
}
