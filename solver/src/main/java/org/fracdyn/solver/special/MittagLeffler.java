package org.fracdyn.solver.special;

import java.util.Arrays;

import org.hipparchus.special.Gamma;

/**
 * The two-parameter Mittag-Leffler function of a real argument,
 * <pre>
 *   E_{alpha,beta}(z) = sum_{k &gt;= 0} z^k / Gamma(alpha k + beta),
 * </pre>
 * with E_alpha(z) = E_{alpha,1}(z). It is dimensionless; in fractional relaxation z is
 * usually -lambda t^alpha.
 *
 * <p>Ranges: 0 &lt; alpha &lt;= 2, beta &gt; 0, z finite. The accuracy target, checked by
 * the tests against 50-digit values for alpha in [0.1, 2], beta in {1, alpha, 1 + alpha, 2}
 * and -1e4 &lt;= z &lt;= 50, is an error below 1e-12 max(1, |E|) (relative for values above one,
 * absolute below). Values beyond the double range come out as infinities; values below the
 * smallest double as zero.
 *
 * <p>Method, by region:
 * <ul>
 *   <li>z = 0: 1 / Gamma(beta); alpha = beta = 1: e^z, exact in the relative sense even
 *       where e^z is far below the contour's absolute error.</li>
 *   <li>|z| &lt;= 1/2: the power series, summed until the terms drop below the last bit.</li>
 *   <li>0 &lt; alpha &lt; 1 and z &lt;= -50: the asymptotic series
 *       E_{alpha,beta}(z) ~ -sum_{k &gt;= 1} z^-k / Gamma(beta - alpha k), summed while its terms
 *       fall below the last bit (for |z| &gt;= 50 they do long before they start to grow; the
 *       exponentially small remainder is below e^-50 relative). It keeps the relative
 *       accuracy of values that the contour would only give in the absolute sense, such as
 *       E_{alpha,alpha}(-x) ~ x^-2.</li>
 *   <li>otherwise: the numerical inversion of the Laplace transform
 *       L[t^(beta-1) E_{alpha,beta}(z t^alpha)](s) = s^(alpha-beta) / (s^alpha - z) at t = 1,
 *       by the trapezoidal rule on a parabolic contour s(u) = mu (1 + i u)^2, with mu, the
 *       step and the number of nodes chosen from the error bounds in the strip of analyticity
 *       between the singularities (the branch point at 0, the poles s^alpha = z). The contour
 *       passes either to the left of the poles, whose residues e^s s^(1-beta) / alpha are
 *       then added, or to their right, whichever needs fewer nodes while keeping the
 *       round-off amplification e^mu below about 400. This is the algorithm of R. Garrappa,
 *       "Numerical evaluation of two and three parameter Mittag-Leffler functions", SIAM J.
 *       Numer. Anal. 53 (2015) 1350-1369, doi 10.1137/140971191, built on the parabolic
 *       contours of J.A.C. Weideman and L.N. Trefethen, Math. Comp. 76 (2007) 1341-1356,
 *       doi 10.1090/S0025-5718-07-01945-X; the parameter choice here is a direct numerical
 *       minimisation of the node count under those bounds.</li>
 * </ul>
 * An evaluation takes a few dozen nodes; by the symmetry of real z only the half with
 * u &gt;= 0 is evaluated.
 *
 * <p>Limitations: no complex arguments and no derivatives; for alpha near 0 and z &gt; 0
 * the value exp(z^(1/alpha)) / alpha overflows already at moderate z (z = 50 for
 * alpha = 0.1). Tiny values that arise by cancellation (E_{alpha,alpha}(-x) ~ x^-2 for large
 * x) are accurate in the absolute, not always in the relative sense.
 */
public final class MittagLeffler {

    /** Radius below which the power series is used. */
    private static final double SERIES_RADIUS = 0.5;

    /** Negative arguments at least this large use the asymptotic series (alpha &lt; 1). */
    private static final double ASYMPTOTIC_START = 50.0;

    private static final int MAX_ASYMPTOTIC_TERMS = 400;

    /** The target of the discretisation and truncation errors, as -log(epsilon). */
    private static final double LOG_TARGET = -Math.log(1e-16);

    /**
     * The largest contour parameter mu: the terms reach e^mu times the integrand, so this
     * bounds the round-off amplification by e^MU_MAX (about 400).
     */
    private static final double MU_MAX = 6.0;

    /** Poles closer than this to the negative real axis (in argument) lie on the cut. */
    private static final double CUT_ANGLE_TOLERANCE = 1e-12;

    private static final int SEARCH_POINTS = 96;

    private MittagLeffler() {
    }

    /**
     * E_alpha(z) = E_{alpha,1}(z).
     *
     * @param alpha the order, 0 &lt; alpha &lt;= 2
     * @param z the argument, finite
     * @return E_alpha(z)
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double evaluate(double alpha, double z) {
        return evaluate(alpha, 1.0, z);
    }

    /**
     * E_{alpha,beta}(z).
     *
     * @param alpha the first parameter, 0 &lt; alpha &lt;= 2
     * @param beta the second parameter, finite and &gt; 0
     * @param z the argument, finite
     * @return E_{alpha,beta}(z)
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double evaluate(double alpha, double beta, double z) {
        Arguments.inHalfOpenRange("alpha", alpha, 0.0, 2.0);
        Arguments.positive("beta", beta);
        Arguments.finite("z", z);

        if (z == 0.0) {
            return 1.0 / Gamma.gamma(beta);
        }
        if (alpha == 1.0 && beta == 1.0) {
            return Math.exp(z);
        }
        if (Math.abs(z) <= SERIES_RADIUS) {
            return powerSeries(alpha, beta, z);
        }
        if (alpha < 1.0 && z <= -ASYMPTOTIC_START) {
            double asymptotic = asymptoticSeries(alpha, beta, z);
            if (!Double.isNaN(asymptotic)) {
                return asymptotic;
            }
        }
        return contourInversion(alpha, beta, z);
    }

    /**
     * -sum_{k &gt;= 1} z^-k / Gamma(beta - alpha k) for z &lt; 0, or NaN if its terms start to
     * grow before they drop below the last bit of the sum.
     */
    private static double asymptoticSeries(double alpha, double beta, double z) {
        double logModulus = Math.log(-z);
        double sum = 0.0;
        double previousMagnitude = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= MAX_ASYMPTOTIC_TERMS; k++) {
            double argument = beta - alpha * k;
            double sign = (k % 2 == 0) ? 1.0 : -1.0;
            double inversePower = Math.exp(-k * logModulus);

            // For argument <= 0, 1 / Gamma(y) = sin(pi y) Gamma(1 - y) / pi (reflection), and
            // Gamma(1 - y) / pi bounds the term even where sin(pi y) happens to vanish.
            double magnitude;
            double term;
            if (argument > 0.0) {
                double reciprocal = 1.0 / Gamma.gamma(argument);
                magnitude = Math.abs(reciprocal) * inversePower;
                term = -sign * reciprocal * inversePower;
            } else {
                magnitude = Math.exp(Gamma.logGamma(1.0 - argument) - k * logModulus) / Math.PI;
                term = -sign * sinPi(argument) * magnitude;
            }
            sum += term;

            if (k >= 2 && magnitude <= 0x1p-60 * Math.abs(sum)) {
                return sum;
            }
            if (argument <= 0.0) {
                if (magnitude > previousMagnitude) {
                    return Double.NaN;
                }
                previousMagnitude = magnitude;
            }
        }
        return Double.NaN;
    }

    /** sin(pi x), exactly zero at the integers. */
    private static double sinPi(double x) {
        double nearest = Math.rint(x);
        double value = Math.sin(Math.PI * (x - nearest));
        return ((long) nearest % 2 == 0) ? value : -value;
    }

    /** The power series, for |z| &lt;= 1/2, where its terms decrease at least like 2^-k. */
    private static double powerSeries(double alpha, double beta, double z) {
        double sum = 0.0;
        double power = 1.0;
        for (int k = 0; ; k++) {
            double argument = alpha * k + beta;
            double term = power / Gamma.gamma(argument);
            sum += term;
            boolean pastGammaMinimum = argument > 2.0;
            if (pastGammaMinimum && Math.abs(term) <= 0x1p-60 * Math.abs(sum)) {
                return sum;
            }
            if (argument > 171.0 || power == 0.0) {
                return sum;
            }
            power *= z;
        }
    }

    /** The contour inversion of the Laplace transform, with the residues it needs. */
    private static double contourInversion(double alpha, double beta, double z) {
        Singularities singularities = Singularities.of(alpha, beta, z);

        Contour best = null;
        boolean bestNeedsResidues = false;
        if (singularities.hasPoles()) {
            Contour left = Contour.optimal(0.0, singularities.poleLevel(),
                singularities.originStrength());
            Contour right = Contour.optimal(singularities.poleLevel(), Double.POSITIVE_INFINITY,
                0.0);
            if (left != null && (right == null || left.nodes() <= right.nodes())) {
                best = left;
                bestNeedsResidues = true;
            } else {
                best = right;
            }
        } else {
            best = Contour.optimal(0.0, Double.POSITIVE_INFINITY,
                singularities.originStrength());
        }
        if (best == null) {
            throw new IllegalStateException("no admissible contour for alpha = " + alpha
                + ", beta = " + beta + ", z = " + z);
        }

        double integral = best.integrate(alpha, beta, z);
        return bestNeedsResidues ? integral + singularities.residues(beta) : integral;
    }

    /**
     * The singularities of s^(alpha-beta) / (s^alpha - z) on the principal sheet: the branch
     * point at the origin, and the poles s^alpha = z, all on one parabola level
     * phi = (Re s + |s|) / 2 for alpha &lt;= 2.
     */
    private static final class Singularities {

        private final double logModulus;
        private final double[] angles;
        private final double originStrength;
        private final double alpha;

        private Singularities(double alpha, double logModulus, double[] angles,
                double originStrength) {
            this.alpha = alpha;
            this.logModulus = logModulus;
            this.angles = angles;
            this.originStrength = originStrength;
        }

        static Singularities of(double alpha, double beta, double z) {
            double argument = z > 0 ? 0.0 : Math.PI;
            double[] found = new double[4];
            int count = 0;
            boolean poleOnCut = false;
            for (int j = -3; j <= 3; j++) {
                double angle = (argument + 2.0 * Math.PI * j) / alpha;
                double distanceToCut = Math.PI - Math.abs(angle);
                if (Math.abs(distanceToCut) <= CUT_ANGLE_TOLERANCE) {
                    poleOnCut = true;
                } else if (distanceToCut > 0) {
                    found[count++] = angle;
                }
            }

            // The integrand near the origin behaves like s^(alpha-beta); in the contour
            // variable its strength is 2 (beta - alpha - 1). A pole on the cut counts as one.
            double strength = Math.max(0.0, 2.0 * (beta - alpha - 1.0));
            if (poleOnCut) {
                strength = Math.max(strength, 1.0);
            }
            double[] angles = Arrays.copyOf(found, count);
            return new Singularities(alpha, Math.log(Math.abs(z)) / alpha, angles, strength);
        }

        boolean hasPoles() {
            return angles.length > 0;
        }

        /** The level phi = (Re s + |s|) / 2 = |s| cos^2(arg s / 2) of the poles. */
        double poleLevel() {
            double half = Math.cos(angles[0] / 2.0);
            return Math.exp(logModulus) * half * half;
        }

        double originStrength() {
            return originStrength;
        }

        /** The sum of the residues e^s s^(1-beta) / alpha over the poles. */
        double residues(double beta) {
            double modulus = Math.exp(logModulus);
            double sum = 0.0;
            for (double angle : angles) {
                double logMagnitude = modulus * Math.cos(angle) + (1.0 - beta) * logModulus;
                double phase = modulus * Math.sin(angle) + (1.0 - beta) * angle;
                double cosine = angle == 0.0 ? 1.0 : Math.cos(phase);
                sum += Math.exp(logMagnitude) * cosine;
            }
            return sum / alpha;
        }
    }

    /** A parabolic contour s(u) = mu (1 + i u)^2 with its trapezoidal rule. */
    private static final class Contour {

        private final double mu;
        private final double step;
        private final int nodes;

        private Contour(double mu, double step, int nodes) {
            this.mu = mu;
            this.step = step;
            this.nodes = nodes;
        }

        int nodes() {
            return nodes;
        }

        /**
         * The contour with the fewest nodes lying between the parabola levels left and right
         * (right may be infinite), or null if none keeps mu &lt;= MU_MAX.
         *
         * <p>In the variable u, the strip -c &lt; Im u &lt; d maps to the parabolas of levels
         * mu (1 + c)^2 down to mu (1 - d)^2. With m = sqrt(mu), a = sqrt(left) and
         * b = sqrt(right), the trapezoidal error from the upper edge is about
         * exp(a^2 - 2 pi d / h) with d = 1 - a / m, from the lower edge
         * exp(mu (1 + c)^2 - 2 pi c / h) minimised over 0 &lt; c &lt;= b / m - 1, and the
         * truncation after N nodes exp(mu (1 - (N h)^2)). Each is set to exp(-LOG_TARGET)
         * and N is minimised over m.
         *
         * @param left the level of the singularity to the left (0 for the origin)
         * @param right the level of the singularity to the right, or +infinity
         * @param originStrength the strength p of the origin singularity, used if left = 0
         */
        static Contour optimal(double left, double right, double originStrength) {
            double a = Math.sqrt(left);
            double b = Math.sqrt(right);
            double upperTarget = LOG_TARGET + left;
            if (left == 0.0 && originStrength > 0.0) {
                // An edge at distance delta from the cut costs delta^-p; the best
                // delta = p h / (2 pi) adds p (1 + ln(2 pi / (p h))) with h ~ 2 pi / target.
                upperTarget += originStrength
                    * (1.0 + Math.log(Math.max(1.0, LOG_TARGET / originStrength)));
            }
            double lowerTarget = LOG_TARGET + (Double.isInfinite(right) ? 0.0 : right);

            double mHigh = Math.min(b, Math.sqrt(MU_MAX));
            if (!(mHigh > a)) {
                return null;
            }

            Contour best = null;
            for (int i = 1; i < SEARCH_POINTS; i++) {
                double m = a + (mHigh - a) * i / SEARCH_POINTS;
                double mu = m * m;
                double stepUpper = 2.0 * Math.PI * (m - a) / (m * upperTarget);
                double stepLower = lowerEdgeStep(mu, m, b, lowerTarget);
                double step = Math.min(stepUpper, stepLower);
                double reach = Math.sqrt(1.0 + LOG_TARGET / mu);
                double count = Math.ceil(reach / step);
                if (count < 1e6 && (best == null || count < best.nodes)) {
                    best = new Contour(mu, step, (int) count);
                }
            }
            return best;
        }

        /** The largest step with the lower-edge error below the target. */
        private static double lowerEdgeStep(double mu, double m, double b, double target) {
            double free = Math.PI / (mu * (1.0 + Math.sqrt(1.0 + LOG_TARGET / mu)));
            double bestShift = Math.PI / (mu * free) - 1.0;
            double maximalShift = b / m - 1.0;
            if (bestShift <= maximalShift) {
                return free;
            }
            return 2.0 * Math.PI * maximalShift / target;
        }

        /**
         * (1 / 2 pi i) sum_k h e^s(u_k) F(s(u_k)) s'(u_k) over u_k = k h, |k| &lt;= N. For real z
         * the terms at -u are minus the conjugates of those at u, so only k &gt;= 0 are
         * evaluated and the sum is real.
         */
        double integrate(double alpha, double beta, double z) {
            double sum = 0.0;
            for (int k = 0; k <= nodes; k++) {
                double u = k * step;

                // log s = ln(mu (1 + u^2)) + 2 i atan(u); s' = 2 mu (i - u).
                double logModulus = Math.log(mu * (1.0 + u * u));
                double argument = 2.0 * Math.atan(u);
                double sReal = mu * (1.0 - u * u);
                double sImag = 2.0 * mu * u;

                double powerModulus = Math.exp(alpha * logModulus);
                double denominatorReal = powerModulus * Math.cos(alpha * argument) - z;
                double denominatorImag = powerModulus * Math.sin(alpha * argument);

                double exponentReal = sReal + (alpha - beta) * logModulus;
                double exponentImag = sImag + (alpha - beta) * argument;
                double magnitude = Math.exp(exponentReal);
                double numeratorReal = magnitude * Math.cos(exponentImag);
                double numeratorImag = magnitude * Math.sin(exponentImag);

                double derivativeReal = -2.0 * mu * u;
                double derivativeImag = 2.0 * mu;
                double productReal = numeratorReal * derivativeReal
                    - numeratorImag * derivativeImag;
                double productImag = numeratorReal * derivativeImag
                    + numeratorImag * derivativeReal;

                double norm = denominatorReal * denominatorReal
                    + denominatorImag * denominatorImag;
                double quotientImag = (productImag * denominatorReal
                    - productReal * denominatorImag) / norm;

                sum += k == 0 ? quotientImag : 2.0 * quotientImag;
            }
            return step * sum / (2.0 * Math.PI);
        }
    }
}
