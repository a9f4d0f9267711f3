package org.fracdyn.solver.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests of {@link MittagLeffler} against closed forms, the published table of REFERENCES.md
 * and a dense 50-digit table.
 *
 * <p>The accuracy contract is an error below 1e-12 max(1, |E|): relative above one, absolute
 * below, the usual measure for a function that ranges from e^-10000 to e^+10^17.
 */
class MittagLefflerTest {

    /** The contract of the class: 1e-12, relative above one and absolute below. */
    private static final double TOLERANCE = 1e-12;

    private static void assertWithinContract(double expected, double actual, String where) {
        if (Double.isInfinite(expected)) {
            assertEquals(expected, actual, where);
            return;
        }
        double error = Math.abs(actual - expected) / Math.max(1.0, Math.abs(expected));
        assertTrue(error <= TOLERANCE,
            where + ": expected " + expected + ", got " + actual + ", scaled error " + error);
    }

    @Test
    void orderOneIsTheExponential() {
        for (double z = -60.0; z <= 50.0; z += 0.37) {
            assertWithinContract(Math.exp(z), MittagLeffler.evaluate(1.0, z), "E_1(" + z + ")");
        }
        for (double z : new double[] {-1e4, -3e3, -700.0, -123.4}) {
            assertWithinContract(Math.exp(z), MittagLeffler.evaluate(1.0, z), "E_1(" + z + ")");
        }
    }

    /**
     * E_{1,2}(z) = (e^z - 1) / z, which goes through the general algorithm (E_{1,1} is
     * returned as e^z directly).
     */
    @Test
    void orderOneWithSecondParameterTwoIsTheDifferenceQuotient() {
        for (double z = -1e4; z <= 50.0; z = z < -1.0 ? z / 1.7 : z + 0.41) {
            double expected = Math.expm1(z) / z;
            assertWithinContract(expected, MittagLeffler.evaluate(1.0, 2.0, z), "z = " + z);
        }
    }

    /**
     * E_{1/2}(-x) = e^(x^2) erfc(x). The scaled complementary error function is computed
     * independently of the code under test: Hipparchus' erfc for x &lt; 8 (e^64 erfc(8) is still
     * a normal double), and above that its asymptotic series
     * e^(x^2) erfc(x) = (1 / (x sqrt(pi))) sum_n (-1)^n (2n - 1)!! / (2 x^2)^n, whose smallest
     * term at x &gt;= 8 is below e^-64.
     */
    @Test
    void orderOneHalfIsTheScaledComplementaryErrorFunction() {
        for (double x = 0.0; x <= 100.0; x += 0.173) {
            assertWithinContract(scaledErfc(x), MittagLeffler.evaluate(0.5, -x), "x = " + x);
        }
        for (double x : new double[] {300.0, 1e3, 1e4}) {
            assertWithinContract(scaledErfc(x), MittagLeffler.evaluate(0.5, -x), "x = " + x);
        }
    }

    private static double scaledErfc(double x) {
        if (x < 8.0) {
            return Math.exp(x * x) * Erf.erfc(x);
        }
        double sum = 0.0;
        double term = 1.0;
        double ratio = 1.0 / (2.0 * x * x);
        for (int n = 0; n < 200; n++) {
            sum += term;
            double next = -term * (2 * n + 1) * ratio;
            if (Math.abs(next) >= Math.abs(term) || Math.abs(next) < 1e-18) {
                break;
            }
            term = next;
        }
        return sum / (x * Math.sqrt(Math.PI));
    }

    /** E_2(-x^2) = cos x, E_2(x^2) = cosh x, E_{2,2}(-x^2) = sin(x) / x. */
    @Test
    void orderTwoIsTrigonometric() {
        for (double x = 0.05; x <= 100.0; x += 0.29) {
            double z = x * x;
            assertWithinContract(Math.cos(x), MittagLeffler.evaluate(2.0, -z), "cos " + x);
            assertWithinContract(Math.sin(x) / x, MittagLeffler.evaluate(2.0, 2.0, -z),
                "sin/x " + x);
        }
        for (double x = 0.05; x <= 7.0; x += 0.29) {
            double z = x * x;
            assertWithinContract(Math.cosh(x), MittagLeffler.evaluate(2.0, z), "cosh " + x);
        }
    }

    /**
     * E_{alpha,1+alpha}(-x) = (1 - E_alpha(-x)) / x, an identity of the series. Both sides
     * come from the code under test, each within the contract, so the difference may reach
     * the contract's tolerance times (1 + 1/x).
     */
    @Test
    void shiftedSecondParameterMatchesTheRelaxationIdentity() {
        for (double alpha = 0.1; alpha <= 1.0001; alpha += 0.1) {
            for (double x : new double[] {0.3, 0.7, 1.0, 2.5, 8.0, 40.0, 500.0, 1e4}) {
                double expected = (1.0 - MittagLeffler.evaluate(alpha, -x)) / x;
                double actual = MittagLeffler.evaluate(alpha, 1.0 + alpha, -x);
                assertEquals(expected, actual, TOLERANCE * (1.0 + 1.0 / x),
                    "alpha = " + alpha + ", x = " + x);
            }
        }
    }

    /**
     * The table of E_alpha(-x), E_{alpha,alpha}(-x) and E_{alpha,1+alpha}(-x) in
     * /work/shared/REFERENCES.md ("Mittag-Leffler function"; high-precision values from the
     * power series at raised precision, an integral representation and a numerical inverse
     * Laplace transform), given to 17 digits.
     */
    @ParameterizedTest
    @CsvSource({
        "0.3, 0.1, 0.89881153650272255, 0.27549390039535823, 1.0118846349727745",
        "0.3, 1, 0.45659440832969067, 0.077316799030089676, 0.54340559167030933",
        "0.3, 5, 0.13708086902027064, 0.0072751008031549119, 0.17258382619594587",
        "0.5, 0.1, 0.89645697996912664, 0.47454388555084362, 1.0354302003087336",
        "0.5, 1, 0.42758357615580700, 0.13660600739194928, 0.57241642384419300",
        "0.5, 5, 0.11070463773306863, 0.010666394882413155, 0.17785907245338627",
        "0.7, 0.1, 0.89756112693138678, 0.66666528870184917, 1.0243887306861322",
        "0.7, 1, 0.39961197811559938, 0.21039334638902371, 0.60038802188440062",
        "0.9, 0.1, 0.90175694244985940, 0.83462474715172490, 0.98243057550140597",
        "0.9, 1, 0.37606602142464188, 0.30814879777662194, 0.62393397857535812",
        "0.9, 5, 0.034431324804098424, 0.010212790452992134, 0.19311373503918032"
    })
    void matchesThePublishedTable(double alpha, double x, double oneParameter,
            double betaAlpha, double betaOnePlusAlpha) {
        String where = "alpha = " + alpha + ", x = " + x;
        assertWithinContract(oneParameter, MittagLeffler.evaluate(alpha, -x), where);
        assertWithinContract(betaAlpha, MittagLeffler.evaluate(alpha, alpha, -x), where);
        assertWithinContract(betaOnePlusAlpha, MittagLeffler.evaluate(alpha, 1.0 + alpha, -x),
            where);
    }

    /**
     * The dense table special/mittag_leffler_reference.csv, made by the mpmath script
     * mittag_leffler_reference.py beside it (50 digits; power series at raised precision
     * cross-checked against a Hankel-contour quadrature): alpha in {0.1, ..., 1, 1.5, 2},
     * beta in {1, alpha, 1 + alpha, 2}, -1e4 &lt;= z &lt;= 50, infinities where the value
     * exceeds the double range.
     */
    @Test
    void matchesTheDenseFiftyDigitTable() throws IOException {
        List<double[]> rows = readTable("special/mittag_leffler_reference.csv", 4);
        assertTrue(rows.size() > 1000, "rows read: " + rows.size());
        for (double[] row : rows) {
            String where = "alpha = " + row[0] + ", beta = " + row[1] + ", z = " + row[2];
            assertWithinContract(row[3], MittagLeffler.evaluate(row[0], row[1], row[2]), where);
        }
    }

    @Test
    void zeroArgumentIsTheReciprocalGamma() {
        assertEquals(1.0, MittagLeffler.evaluate(0.4, 0.0), 0.0);
        assertEquals(1.0 / Math.sqrt(Math.PI), MittagLeffler.evaluate(0.4, 0.5, 0.0), 1e-16);
    }

    @Test
    void refusesArgumentsOutsideTheirRanges() {
        assertRefused("alpha", () -> MittagLeffler.evaluate(0.0, 1.0));
        assertRefused("alpha", () -> MittagLeffler.evaluate(2.5, 1.0));
        assertRefused("alpha", () -> MittagLeffler.evaluate(Double.NaN, 1.0));
        assertRefused("beta", () -> MittagLeffler.evaluate(0.5, 0.0, 1.0));
        assertRefused("beta", () -> MittagLeffler.evaluate(0.5, -1.0, 1.0));
        assertRefused("beta", () -> MittagLeffler.evaluate(0.5, Double.POSITIVE_INFINITY, 1.0));
        assertRefused("z", () -> MittagLeffler.evaluate(0.5, Double.NaN));
        assertRefused("z", () -> MittagLeffler.evaluate(0.5, Double.NEGATIVE_INFINITY));
    }

    static void assertRefused(String argument, Runnable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(error.getMessage().startsWith(argument + " = "), error.getMessage());
        assertTrue(error.getMessage().contains("expected"), error.getMessage());
    }

    static List<double[]> readTable(String resource, int columns) throws IOException {
        List<double[]> rows = new ArrayList<>();
        InputStream stream = MittagLefflerTest.class.getClassLoader().getResourceAsStream(resource);
        assertTrue(stream != null, "missing test resource " + resource);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                double[] row = new double[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
