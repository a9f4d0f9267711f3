package org.fracdyn.solver.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.solver.mesh.TimeMesh;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The L1 weights and history against exact Caputo derivatives. */
class L1DirectSchemeTest {

    @ParameterizedTest(name = "alpha = {0}, r = {1}")
    @CsvSource({"0.3, 1", "0.5, 3", "0.9, 1.5", "1, 2"})
    void reproducesTheCaputoDerivativeOfALinearFunction(double alpha, double grading) {
        // L1 interpolates u linearly, so it is exact for u = t:
        // C_D^alpha t = t^(1 - alpha) / Gamma(2 - alpha).
        TimeMesh mesh = TimeMesh.graded(2.0, 50, grading);
        L1DirectScheme scheme = new L1DirectScheme(alpha, mesh, 1);
        scheme.start(new double[] {0.0});
        double[] history = new double[1];
        for (int n = 1; n <= mesh.steps(); n++) {
            scheme.history(n, history);
            double derivative = scheme.newestWeight(n) * mesh.step(n) + history[0];
            double exact = Math.pow(mesh.time(n), 1 - alpha) / Gamma.gamma(2 - alpha);
            // a sum of n positive terms: round-off ~ n eps
            assertEquals(exact, derivative, 1e-13 * exact, "level " + n);
            scheme.accept(n, new double[] {mesh.time(n)});
        }
    }

    @Test
    void alphaOneIsBackwardEuler() {
        TimeMesh mesh = TimeMesh.graded(1.0, 20, 2.5);
        L1DirectScheme scheme = new L1DirectScheme(1.0, mesh, 2);
        scheme.start(new double[] {1, 2});
        double[] history = new double[2];
        for (int n = 1; n <= mesh.steps(); n++) {
            assertEquals(1 / mesh.step(n), scheme.newestWeight(n), 1e-15 / mesh.step(n));
            scheme.history(n, history);
            assertEquals(0.0, history[0], 0.0);
            assertEquals(0.0, history[1], 0.0);
            scheme.accept(n, new double[] {n, n * n});
        }
    }

    @Test
    void weightsOnAStronglyGradedMeshAvoidCancellation() {
        // r = 10, N = 1000: tau_1 = 1e-30, far below one ulp of t_N = 1, where the naive
        // difference of powers gives 0. For tau_1 << t_N the mean-value form gives
        // a_{N,1} = (1 - alpha) t_N^(-alpha) / Gamma(2 - alpha) (1 + O(tau_1 / t_N)).
        double alpha = 0.4;
        TimeMesh mesh = TimeMesh.graded(1.0, 1000, 10.0);
        L1DirectScheme scheme = new L1DirectScheme(alpha, mesh, 1);
        double expected = (1 - alpha) / Gamma.gamma(2 - alpha);
        assertEquals(expected, scheme.weight(1000, 1), 1e-14 * expected);

        // The weights are means of the increasing kernel over [t_{k-1}, t_k], so they do not
        // decrease in k; where neighbours agree to round-off (k small), allow 1e-15 relative
        // (a few ulps of pow, log1p, expm1 and the division).
        for (int k = 2; k <= 1000; k++) {
            assertTrue(scheme.weight(1000, k) >= scheme.weight(1000, k - 1) * (1 - 1e-15),
                "weights do not decrease towards the newest level: k = " + k);
        }
    }

    @Test
    void refusesAHistoryTooLargeBeforeAllocating() {
        TimeMesh mesh = TimeMesh.uniform(1.0, 1_000_000);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new L1DirectScheme(0.5, mesh, 100_000, 1L << 30));
        assertTrue(error.getMessage().contains("800000000000 bytes"), error.getMessage());
        assertTrue(error.getMessage().contains("time.history = fast"), error.getMessage());
    }

    @Test
    void levelsMustComeInOrder() {
        L1DirectScheme scheme = new L1DirectScheme(0.5, TimeMesh.uniform(1, 4), 1);
        scheme.start(new double[] {0});
        assertThrows(IllegalStateException.class, () -> scheme.accept(2, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new L1DirectScheme(1.5,
            TimeMesh.uniform(1, 4), 1));
    }
}
