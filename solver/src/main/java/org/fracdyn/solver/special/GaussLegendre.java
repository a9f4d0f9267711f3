package org.fracdyn.solver.special;

/**
 * Adaptive Gauss-Legendre quadrature for smooth integrands on a finite interval: a 16-point
 * rule on each panel, a panel split in two until the two halves agree with the whole to its
 * share of the requested tolerance (relative to a first estimate of the integral), or to a
 * floor of NOISE_FLOOR times the panel's own magnitude, below which the difference is
 * round-off in the integrand and further splitting would not converge.
 */
final class GaussLegendre {

    /** A real function of one variable. */
    interface Integrand {
        double value(double x);
    }

    private static final int ORDER = 16;
    private static final int MAX_DEPTH = 30;
    private static final double NOISE_FLOOR = 1e-14;
    private static final int INITIAL_PANELS = 8;

    private static final double[] NODES = new double[ORDER];
    private static final double[] WEIGHTS = new double[ORDER];

    static {
        computeRule();
    }

    private GaussLegendre() {
    }

    /**
     * int_a^b f(x) dx.
     *
     * @param f the integrand, smooth on (a, b)
     * @param a the lower limit
     * @param b the upper limit, &gt; a
     * @param tolerance the relative tolerance
     * @return the integral
     */
    static double integrate(Integrand f, double a, double b, double tolerance) {
        double width = (b - a) / INITIAL_PANELS;
        double[] panels = new double[INITIAL_PANELS];
        double estimate = 0.0;
        for (int i = 0; i < INITIAL_PANELS; i++) {
            panels[i] = rule(f, a + i * width, a + (i + 1) * width);
            estimate += panels[i];
        }

        double absolute = tolerance * Math.abs(estimate) / INITIAL_PANELS;
        double total = 0.0;
        for (int i = 0; i < INITIAL_PANELS; i++) {
            total += refine(f, a + i * width, a + (i + 1) * width, panels[i], absolute, 0);
        }
        return total;
    }

    private static double refine(Integrand f, double a, double b, double whole,
            double absolute, int depth) {
        double middle = 0.5 * (a + b);
        double left = rule(f, a, middle);
        double right = rule(f, middle, b);
        double difference = Math.abs(left + right - whole);
        double noise = NOISE_FLOOR * (Math.abs(left) + Math.abs(right));
        if (difference <= Math.max(absolute, noise) || depth >= MAX_DEPTH) {
            return left + right;
        }
        return refine(f, a, middle, left, absolute / 2, depth + 1)
            + refine(f, middle, b, right, absolute / 2, depth + 1);
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
