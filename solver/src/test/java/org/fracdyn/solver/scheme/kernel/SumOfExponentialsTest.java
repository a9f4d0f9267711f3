package org.fracdyn.solver.scheme.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SumOfExponentialsTest {

    /** Points per octave of the test grid: four times the construction's 48, and offset. */
    private static final int TEST_POINTS_PER_OCTAVE = 200;

    @ParameterizedTest(name = "beta={0}, delta/T={1}, eps={2}")
    @CsvSource({
        "0.1, 1e-4, 1e-10", "0.3, 1e-4, 1e-10", "0.5, 1e-4, 1e-10", "0.9, 1e-4, 1e-10",
        "0.5, 1e-8, 1e-10", "0.5, 1e-12, 1e-10", "0.1, 1e-12, 1e-10", "0.9, 1e-12, 1e-10",
        "0.5, 1e-8, 1e-6", "0.3, 1e-8, 1e-13", "0.7, 1e-12, 1e-13", "1.0, 1e-8, 1e-10",
        "1.5, 1e-8, 1e-10", "0.5, 1e-8, 1e-14", "0.2, 1e-4, 1e-3"})
    void relativeErrorOnDenseLogGridIsBelowTolerance(double beta, double ratio, double eps) {
        double upper = 2.5;
        double lower = upper * ratio;
        SumOfExponentials soe = SumOfExponentials.ofPower(beta, lower, upper, eps);

        double octaves = Math.log(upper / lower) / Math.log(2.0);
        int points = (int) Math.ceil(octaves * TEST_POINTS_PER_OCTAVE);
        double worst = 0.0;
        for (int i = 0; i <= points; i++) {
            double t = lower * Math.exp(Math.log(upper / lower) * (i + 0.37) / (points + 0.37));
            double exact = Math.exp(-beta * Math.log(t));
            worst = Math.max(worst, Math.abs(soe.evaluate(t) - exact) / exact);
        }
        System.out.printf(Locale.ROOT, "SOE beta=%.2f T/delta=%.0e eps=%.0e: N_exp=%d,"
            + " max rel err=%.2e%n", beta, 1 / ratio, eps, soe.count(), worst);

        // The exact power t^-beta is the reference; eps is the contract.
        assertTrue(worst <= eps, "max relative error " + worst + " > " + eps);
        assertEquals(soe.count(), soe.exponents().length);
        for (int j = 0; j < soe.count(); j++) {
            assertTrue(soe.exponents()[j] > 0 && soe.weights()[j] > 0);
        }
    }

    @Test
    void exponentialCountGrowsLogarithmically() {
        // N_exp = O(log(T/delta) log(1/eps)) (Jiang et al. 2017): going from T/delta = 1e4
        // to 1e12 triples log(T/delta), so the count may at most about triple (plus the fixed
        // Jacobi block); a count linear in T/delta would grow by 1e8.
        int small = SumOfExponentials.ofPower(0.5, 1e-4, 1.0, 1e-10).count();
        int large = SumOfExponentials.ofPower(0.5, 1e-12, 1.0, 1e-10).count();
        assertTrue(large <= 3.5 * small, small + " -> " + large);
        assertTrue(large < 600, "N_exp = " + large);
    }

    @Test
    void discreteGaussRuleIntegratesPolynomialsExactly() {
        // Against the measure itself: sum_i c_i v_i^k, exact for k <= 2n - 1.
        java.util.random.RandomGenerator random =
            java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        int count = 300;
        double[] points = new double[count];
        double[] masses = new double[count];
        for (int i = 0; i < count; i++) {
            points[i] = Math.exp(-20 * random.nextDouble());
            masses[i] = Math.pow(points[i], 0.3) * (0.5 + random.nextDouble());
        }
        GaussRule rule = GaussRule.forDiscreteMeasure(points, masses, 6);
        for (int k = 0; k <= 11; k++) {
            double exact = 0.0;
            for (int i = 0; i < count; i++) {
                exact += masses[i] * Math.pow(points[i], k);
            }
            double sum = 0.0;
            for (int i = 0; i < rule.size(); i++) {
                sum += rule.weight(i) * Math.pow(rule.node(i), k);
            }
            // Golub-Welsch from a Stieltjes recurrence: a few hundred ulps for n = 6.
            assertEquals(exact, sum, 1e-12 * exact, "moment " + k);
        }
    }

    @Test
    void refusesBadParameters() {
        assertThrows(IllegalArgumentException.class,
            () -> SumOfExponentials.ofPower(0, 1e-3, 1, 1e-8));
        assertThrows(IllegalArgumentException.class,
            () -> SumOfExponentials.ofPower(0.5, 2, 1, 1e-8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SumOfExponentials.ofPower(0.5, 1e-3, 1, 1e-16));
        assertTrue(e.getMessage().contains("1.0E-16"), e.getMessage());
    }
}
