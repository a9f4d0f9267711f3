package org.fracdyn.solver.scheme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.fracdyn.solver.mesh.TimeMesh;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast history against the direct one, on a vector relaxation with a source,
 * C_D^alpha y_m = -lambda_m y_m + cos(3 t), y_m(0) = 1 - m / 4 (five components, lambda from
 * 0 to 20: no coupling, so each component is a separate scalar problem). The target
 * is a max abs difference over all components and levels of at most 1e-8 for N up to 2^14;
 * with an SOE tolerance eps the two histories differ by at most eps times the sum of the
 * magnitudes of their terms (a few units here), so 1e-8 holds with a margin for eps = 1e-10.
 */
class FastDirectAgreementTest {

    private static final double[] RATES = {0, 0.5, 2, 7, 20};

    @ParameterizedTest(name = "{0} alpha={1} r={2} N={3}")
    @CsvSource({
        "L1, 0.3, 1, 4096", "L1, 0.7, 1, 4096", "L1, 0.5, 3, 4096", "L1, 0.9, 1.2, 2048",
        "L2-1sigma, 0.3, 1, 4096", "L2-1sigma, 0.7, 1, 4096", "L2-1sigma, 0.5, 4, 4096",
        "L2-1sigma, 0.9, 2.2, 2048", "L1, 0.1, 1, 2048", "L2-1sigma, 0.99, 1, 2048",
        "L2-1sigma, 0.1, 10, 2048"})
    void fastAgreesWithDirect(String scheme, double alpha, double grading, int steps) {
        assertAgreement(SchemeKind.fromLabel(scheme), alpha, grading, steps);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0} alpha={1} r={2} N={3}")
    @CsvSource({"L1, 0.5, 1, 16384", "L1, 0.5, 3, 16384", "L2-1sigma, 0.5, 4, 16384"})
    void fastAgreesWithDirectAtLargeN(String scheme, double alpha, double grading, int steps) {
        assertAgreement(SchemeKind.fromLabel(scheme), alpha, grading, steps);
    }

    private static void assertAgreement(SchemeKind kind, double alpha, double grading,
        int steps) {
        TimeMesh mesh = TimeMesh.graded(1.0, steps, grading);
        double[] initial = new double[RATES.length];
        for (int m = 0; m < initial.length; m++) {
            initial[m] = 1 - m / 4.0;
        }
        double tolerance = 1e-10;
        CaputoScheme direct = CaputoSchemes.create(
            kind, HistoryKind.DIRECT, alpha, mesh, RATES.length, tolerance);
        CaputoScheme fast = CaputoSchemes.create(
            kind, HistoryKind.FAST, alpha, mesh, RATES.length, tolerance);
        double[][] a = FractionalOde.solve(direct, RATES, initial, t -> Math.cos(3 * t));
        double[][] b = FractionalOde.solve(fast, RATES, initial, t -> Math.cos(3 * t));
        double worst = 0;
        for (int n = 0; n <= steps; n++) {
            for (int m = 0; m < RATES.length; m++) {
                worst = Math.max(worst, Math.abs(a[n][m] - b[n][m]));
            }
        }
        int count = fast instanceof FastL1Scheme f ? f.exponentials()
            : ((FastL21SigmaScheme) fast).exponentials();
        System.out.printf(Locale.ROOT, "fast vs direct %s alpha=%.2f r=%.1f N=%d N_exp=%d:"
            + " max abs diff %.2e%n", kind.label(), alpha, grading, steps, count, worst);
        assertTrue(worst <= 1e-8, "max abs difference " + worst);
    }
}
