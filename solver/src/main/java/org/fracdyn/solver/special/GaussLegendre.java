package org.fracdyn.solver.special;

/**
 * Adaptive Gauss-Legendre quadrature for smooth integrands on a finite interval: a 16-point
 * rule on each panel, a panel split in two until the two halves agree with the whole to its
 * share of the requested tolerance (relative to a first estimate of the integral), or to the
 * integrand's own round-off level (a relative noise given by the caller), below which further
 * splitting would not converge. A budget of MAX_PANELS splits bounds the work whatever the
 * integrand does.
 */
final class GaussLegendre {

    /** A real function of one variable. */
    interface Integrand {
        double value(double x);
    }

    private static final int ORDER = 16;
    private static final int MAX_DEPTH = 30;
    private static final int MAX_PANELS = 4096;
    private static final int INITIAL_PANELS = 8;

    private static final double[] NODES = new double[ORDER];
    private static final double[] WEIGHTS = new double[ORDER];

    static {
        computeRule();
    }

    private final Integrand f;
    private final double absolute;
    private final double noise;
    private int panels;

    private GaussLegendre(Integrand f, double absolute, double noise) {
        this.f = f;
        this.absolute = absolute;
        this.noise = noise;
    }

    /**
     * int_a^b f(x) dx.
     *
     * @param f the integrand, smooth on (a, b)
     * @param a the lower limit
     * @param b the upper limit, &gt; a
     * @param tolerance the relative tolerance
     * @param noise the relative round-off level of the integrand's values
     * @return the integral
     */
    static double integrate(Integrand f, double a, double b, double tolerance, double noise) {
        double width = (b - a) / INITIAL_PANELS;
        double[] initial = new double[INITIAL_PANELS];
        double estimate = 0.0;
        for (int i = 0; i < INITIAL_PANELS; i++) {
            initial[i] = rule(f, a + i * width, a + (i + 1) * width);
            estimate += initial[i];
        }

        GaussLegendre quadrature =
            new GaussLegendre(f, tolerance * Math.abs(estimate) / INITIAL_PANELS, noise);
        double total = 0.0;
        for (int i = 0; i < INITIAL_PANELS; i++) {
            total += quadrature.refine(a + i * width, a + (i + 1) * width, initial[i], 0);
        }
        return total;
    }

    private double refine(double a, double b, double whole, int depth) {
        double middle = 0.5 * (a + b);
        double left = rule(f, a, middle);
        double right = rule(f, middle, b);
        panels++;

        double difference = Math.abs(left + right - whole);
        double share = absolute / (1L << depth);
        double roundOff = noise * (Math.abs(left) + Math.abs(right));
        if (difference <= Math.max(share, roundOff) || depth >= MAX_DEPTH
                || panels >= MAX_PANELS) {
            return left + right;
        }
        return refine(a, middle, left, depth + 1) + refine(middle, b, right, depth + 1);
    }
    private static double rule(Integrand f, double a, double b) {
        double half = 0.5 * (b - a);
        double centre = 0.5 * (a + b);
        double sum = 0.0;
        for (int i = 0; i < ORDER; i++) {
            sum += WEIGHTS[i] * f.value(centre + half * NODES[i]);
        }
        return half * sum;
    }

    /** The nodes (roots of P_16) by Newton's method and the weights 2 / ((1-x^2) P'(x)^2). */
    private static void computeRule() {
        for (int i = 0; i < ORDER; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (ORDER + 0.5));
            double derivative = 0.0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double previous = 1.0;
                double current = x;
                for (int n = 2; n <= ORDER; n++) {
                    double next = ((2 * n - 1) * x * current - (n - 1) * previous) / n;
                    previous = current;
                    current = next;
                }
                derivative = ORDER * (x * current - previous) / (x * x - 1.0);
                double correction = current / derivative;
                x -= correction;
                if (Math.abs(correction) < 1e-17) {
                    break;
                }
            }
            NODES[i] = x;
            WEIGHTS[i] = 2.0 / ((1.0 - x * x) * derivative * derivative);
        }
    }
}
