package org.fracdyn.solver.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kernel integrals against independent evaluations of their definitions. */
class KernelIntegralsTest {

    private static final IterativeLegendreGaussIntegrator QUADRATURE =
        new IterativeLegendreGaussIntegrator(24, 1e-15, 1e-300);

    /**
     * int (t - s)^(-alpha) (2 s - t_{k-1} - t_k) ds over an interval of length c at distance b
     * from t, against mpmath quadrature at 40 digits (scheme/kernel_integrals.py), on both
     * sides of the switch between the series and the closed form (h/d = 1/2 at b = c/2) and
     * far from the interval, where the integrand cancels to 1e-11 of its size.
     */
    @ParameterizedTest(name = "b={0} c={1} alpha={2}")
    @CsvSource({
        "1.0, 1.0, 0.3, 0.030555481713179331096",
        "0.5, 1.0, 0.5, 0.092467138828019683528",
        "0.49, 1.0, 0.5, 0.094093641504784049175",
        "0.01, 1.0, 0.7, 1.0014960861376632217",
        "100.0, 1.0, 0.4, 0.0001049252146604909507",
        "10000.0, 1.0, 0.9, 3.7674717345862934259e-9",
        "0.3, 1.0, 1.0, 0.34613931006948327145",
        "2.0, 1.0, 1.0, 0.02732554054082190989",
        "1.0e+6, 0.001, 0.5, 8.333333327083333338e-20"})
    void slopeMomentMatchesMpmath(double b, double c, double alpha, double exact) {
        // Relative 1e-14: the series is summed to 1e-17; the closed-form branch loses at
        // most a factor (d/h)^2 <= 4 to cancellation.
        assertEquals(exact, KernelIntegrals.slopeMoment(b, c, alpha), 1e-14 * exact);
    }

    /**
     * (b + c)^(1-alpha) - b^(1-alpha) for c much smaller than b, against the binomial series
     * b^(1-alpha) ((1-alpha) x + (1-alpha)(-alpha) x^2 / 2 + ...), x = c / b: the naive
     * difference would lose every digit at x = 1e-14.
     */
    @ParameterizedTest(name = "x={0} alpha={1}")
    @CsvSource({"1e-14, 0.5", "1e-9, 0.3", "1e-6, 0.8"})
    void firstMomentKeepsItsDigitsForShortIntervals(double ratio, double alpha) {
        double b = 3.0;
        double p = 1 - alpha;
        double series = Math.pow(b, p) * (p * ratio + p * (p - 1) * ratio * ratio / 2
            + p * (p - 1) * (p - 2) * ratio * ratio * ratio / 6);
        assertEquals(series, KernelIntegrals.firstMoment(b, ratio * b, alpha), 1e-14 * series);
    }

    /** (1 - e^(-z))/z and int_0^1 (1 - 2v) e^(-zv) dv against quadrature, on both branches. */
    @ParameterizedTest(name = "z={0}")
    @CsvSource({"1e-8", "0.01", "0.5", "0.999", "1", "3", "40"})
    void decayIntegralsMatchQuadrature(double z) {
        double average = QUADRATURE.integrate(100000, v -> Math.exp(-z * v), 0, 1);
        double slope = QUADRATURE.integrate(100000, v -> (1 - 2 * v) * Math.exp(-z * v), 0, 1);
        assertEquals(average, KernelIntegrals.decayAverage(z), 1e-14 * average);
        // The slope integral is about z/6 for small z: quadrature of a cancelling integrand
        // is good to ~1e-16 absolutely, hence the absolute floor.
        assertEquals(slope, KernelIntegrals.decaySlope(z), 1e-13 * Math.abs(slope) + 1e-16);
    }
}
