package org.fracdyn.solver.special;

import org.hipparchus.special.Gamma;

/**
 * The M-Wright (Mainardi) function of a real argument z &gt;= 0,
 * <pre>
 *   M_nu(z) = sum_{n &gt;= 0} (-z)^n / (n! Gamma(1 - nu - nu n)),     0 &lt;= nu &lt; 1,
 * </pre>
 * and the Green's function of free time-fractional subdiffusion in one dimension built on
 * it (F. Mainardi, A. Mura and G. Pagnini, "The M-Wright function in time-fractional
 * diffusion processes: a tutorial survey", Int. J. Differ. Equ. 2010 (2010) 104505,
 * doi 10.1155/2010/104505). M_0(z) = e^-z and M_{1/2}(z) = e^(-z^2/4) / sqrt(pi);
 * int_0^inf z^k M_nu(z) dz = k! / Gamma(1 + nu k).
 *
 * <p>Method: for z &lt;= 1 the series, with 1 / Gamma(1 - x) = Gamma(x) sin(pi x) / pi so that
 * the terms at the poles of Gamma vanish exactly. For z &gt; 1 the Hankel integral
 * M_nu(z) = (1 / 2 pi i) int e^(s - z s^nu) s^(nu-1) ds taken along its steepest-descent
 * path, on which the phase is constant; with lambda = z^(1/(1-nu)) it becomes the real,
 * positive integral
 * <pre>
 *   M_nu(z) = lambda^nu / (pi (1 - nu)) int_0^pi K(theta) exp(-lambda K(theta)) dtheta,
 *   K(theta) = sin(nu theta)^(nu/(1-nu)) sin((1-nu) theta) / sin(theta)^(1/(1-nu)),
 * </pre>
 * (Zolotarev's form of the one-sided stable density, V.M. Zolotarev, One-dimensional stable
 * distributions, AMS 1986), evaluated by adaptive Gauss-Legendre quadrature with the factor
 * exp(-lambda K(0)) taken out, so that values stay accurate in the relative sense down to
 * the underflow threshold. The integrand is positive, and the series
 * for z &lt;= 1 cancels little.
 *
 * <p>Accuracy: checked to 1e-12 relative against 50-digit values for nu in [0.05, 0.5] and
 * 0 &lt;= z &lt;= 20, and for nu in {0.6, 0.75} and z &lt;= 5 (observed: 1e-14). An
 * evaluation costs some 50 to 150 microseconds. Limitation: for nu close to 1 (above
 * about 0.9) the series converges slowly and the function approaches a delta at z = 1; that
 * range is not tested.
 */
public final class MWright {

    /** Arguments up to this are summed by the series. */
    private static final double SERIES_LIMIT = 1.0;

    private static final int MAX_SERIES_TERMS = 100_000;

    private static final double QUADRATURE_TOLERANCE = 1e-13;

    private MWright() {
    }

    /**
     * M_nu(z).
     *
     * @param nu the order, 0 &lt;= nu &lt; 1
     * @param z the argument, finite and &gt;= 0
     * @return M_nu(z), positive (zero below the double range)
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double evaluate(double nu, double z) {
        Arguments.inRightOpenRange("nu", nu, 0.0, 1.0);
        Arguments.nonNegative("z", z);

        if (nu == 0.0) {
            return Math.exp(-z);
        }
        if (z <= SERIES_LIMIT) {
            return series(nu, z);
        }
        return steepestDescentIntegral(nu, z);
    }

    /**
     * The density of free subdiffusion from a point source at the origin in one dimension,
     * the solution of C_D_t^alpha P = D d^2P/dx^2 with P(x, 0) = delta(x):
     * <pre>
     *   P(x, t) = M_{alpha/2}(|x| / c) / (2 c),    c = sqrt(D t^alpha).
     * </pre>
     * Its mass is one and its second moment 2 D t^alpha / Gamma(1 + alpha); alpha = 1 is the
     * Gaussian of variance 2 D t.
     *
     * @param alpha the order of the Caputo derivative, 0 &lt; alpha &lt;= 1
     * @param diffusion the generalised diffusion coefficient D &gt; 0 (length^2 / time^alpha)
     * @param t the time &gt; 0
     * @param x the position (length), finite
     * @return P(x, t) (1 / length)
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double freeSubdiffusionDensity(double alpha, double diffusion, double t,
            double x) {
        Arguments.inHalfOpenRange("alpha", alpha, 0.0, 1.0);
        Arguments.positive("diffusion", diffusion);
        Arguments.positive("t", t);
        Arguments.finite("x", x);

        double scale = Math.sqrt(diffusion * Math.pow(t, alpha));
        return evaluate(alpha / 2.0, Math.abs(x) / scale) / (2.0 * scale);
    }

    /** The series with 1 / Gamma(1 - x) = Gamma(x) sin(pi x) / pi, x = nu (n + 1). */
    private static double series(double nu, double z) {
        double logZ = Math.log(z);
        double sum = 0.0;
        for (int n = 0; n < MAX_SERIES_TERMS; n++) {
            double x = nu * (n + 1);
            double logBound = Gamma.logGamma(x) - Gamma.logGamma(n + 1.0)
                + (n == 0 ? 0.0 : n * logZ);
            double bound = Math.exp(logBound) / Math.PI;
            double sign = (n % 2 == 0) ? 1.0 : -1.0;
            sum += sign * bound * sinPi(x);
            if (bound <= 0x1p-60 * Math.abs(sum)) {
                return sum;
            }
        }
        throw new IllegalStateException(
            "M-Wright series did not converge for nu = " + nu + ", z = " + z);
    }

    /** sin(pi x), exactly zero at the integers. */
    private static double sinPi(double x) {
        double nearest = Math.rint(x);
        double value = Math.sin(Math.PI * (x - nearest));
        return ((long) nearest % 2 == 0) ? value : -value;
    }

    private static double steepestDescentIntegral(double nu, double z) {
        double lambda = Math.pow(z, 1.0 / (1.0 - nu));
        double atZero = (1.0 - nu) * Math.pow(nu, nu / (1.0 - nu));
        ShiftedIntegrand integrand = new ShiftedIntegrand(nu, lambda, atZero);

        // The exponent lambda (K - K(0)) carries a round-off of about lambda K ulps.
        double noise = 64.0 * Math.ulp(1.0) * (1.0 + lambda);
        double integral = GaussLegendre.integrate(integrand, 0.0, Math.PI, QUADRATURE_TOLERANCE,
            noise);
        double logPrefactor = nu * Math.log(lambda) - lambda * atZero;
        return Math.exp(logPrefactor) * integral / (Math.PI * (1.0 - nu));
    }

    /** K(theta) exp(-lambda (K(theta) - K(0))). */
    private static final class ShiftedIntegrand implements GaussLegendre.Integrand {

        private final double nu;
        private final double lambda;
        private final double atZero;

        ShiftedIntegrand(double nu, double lambda, double atZero) {
            this.nu = nu;
            this.lambda = lambda;
            this.atZero = atZero;
        }

        @Override
        public double value(double theta) {
            double exponent = 1.0 / (1.0 - nu);
            double kernel = Math.pow(Math.sin(nu * theta), nu * exponent)
                * Math.sin((1.0 - nu) * theta) / Math.pow(Math.sin(theta), exponent);
            double decay = lambda * (kernel - atZero);
            if (!(decay < 745.0)) {
                return 0.0;
            }
            return kernel * Math.exp(-decay);
        }
    }
}
