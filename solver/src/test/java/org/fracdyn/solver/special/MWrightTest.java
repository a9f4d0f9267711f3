package org.fracdyn.solver.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests of {@link MWright} and the free subdiffusion density built on it. */
class MWrightTest {

    /** The class's accuracy contract for M_nu, relative. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private static void assertRelative(double expected, double actual, double tolerance,
            String where) {
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= tolerance,
            where + ": expected " + expected + ", got " + actual + ", relative error " + error);
    }

    /** M_{1/2}(z) = e^(-z^2/4) / sqrt(pi). */
    @Test
    void orderOneHalfIsTheGaussian() {
        for (double z = 0.0; z <= 20.0; z += 0.0731) {
            double expected = Math.exp(-z * z / 4.0) / Math.sqrt(Math.PI);
            assertRelative(expected, MWright.evaluate(0.5, z), RELATIVE_TOLERANCE, "z = " + z);
        }
    }

    @Test
    void orderZeroIsTheExponential() {
        for (double z = 0.0; z <= 30.0; z += 0.5) {
            assertRelative(Math.exp(-z), MWright.evaluate(0.0, z), 1e-15, "z = " + z);
        }
    }

    /**
     * The table special/m_wright_reference.csv, made by the mpmath script
     * m_wright_reference.py beside it (the defining series at up to 640 extra digits, 40
     * digits certain): nu in [0.05, 0.75], 0 &lt;= z &lt;= 20 (z &lt;= 5 above nu = 1/2).
     */
    @Test
    void matchesTheFiftyDigitTable() throws IOException {
        List<double[]> rows = MittagLefflerTest.readTable("special/m_wright_reference.csv", 3);
        assertTrue(rows.size() > 100, "rows read: " + rows.size());
        for (double[] row : rows) {
            assertRelative(row[2], MWright.evaluate(row[0], row[1]), RELATIVE_TOLERANCE,
                "nu = " + row[0] + ", z = " + row[1]);
        }
    }

    /**
     * The Green's function of free subdiffusion at D = t = 1 from /work/shared/REFERENCES.md
     * ("Free subdiffusion in 1D"), given to 17 digits; alpha = 1 is the Gaussian
     * e^(-x^2/4) / sqrt(4 pi).
     */
    @ParameterizedTest
    @CsvSource({
        "0, 0.40802446954913149, 0.34854892333100703, 0.28209479177387814",
        "0.5, 0.28398440942038479, 0.27518395714061368, 0.26500353234402856",
        "1, 0.19166770828534177, 0.20227634880526227, 0.21969564473386120",
        "2, 0.080625541727292928, 0.090439754755268370, 0.10377687435514868"
    })
    void matchesThePublishedDensityTable(double x, double half, double threeQuarters,
            double one) {
        assertRelative(half, MWright.freeSubdiffusionDensity(0.5, 1.0, 1.0, x), 1e-13, "0.5");
        assertRelative(threeQuarters, MWright.freeSubdiffusionDensity(0.75, 1.0, 1.0, x), 1e-13,
            "0.75");
        assertRelative(one, MWright.freeSubdiffusionDensity(1.0, 1.0, 1.0, x), 1e-13, "1");
        assertEquals(MWright.freeSubdiffusionDensity(0.5, 1.0, 1.0, x),
            MWright.freeSubdiffusionDensity(0.5, 1.0, 1.0, -x), 0.0, "even in x");
    }

    /**
     * int P dx = 1 and int x^2 P dx = 2 D t^alpha / Gamma(1 + alpha), by Hipparchus'
     * iterative Gauss-Legendre quadrature (an independent method) over |x| &lt;= 40 c, beyond
     * which P &lt; e^-40 for every alpha tested. The quadrature is asked for 1e-11 relative.
     */
    @Test
    void densityHasUnitMassAndTheSubdiffusiveSecondMoment() {
        double diffusion = 0.7;
        double t = 2.5;
        for (double alpha : new double[] {0.3, 0.5, 0.75, 1.0}) {
            double scale = Math.sqrt(diffusion * Math.pow(t, alpha));
            double end = 40.0 * scale;
            IterativeLegendreGaussIntegrator integrator =
                new IterativeLegendreGaussIntegrator(16, 1e-11, 1e-14);
            double halfMass = integrator.integrate(1_000_000,
                x -> MWright.freeSubdiffusionDensity(alpha, diffusion, t, x), 0.0, end);
            double halfMoment = integrator.integrate(1_000_000,
                x -> x * x * MWright.freeSubdiffusionDensity(alpha, diffusion, t, x), 0.0, end);

            double expectedMoment = 2.0 * diffusion * Math.pow(t, alpha)
                / Gamma.gamma(1.0 + alpha);
            assertEquals(1.0, 2.0 * halfMass, 1e-10, "mass, alpha = " + alpha);
            assertRelative(expectedMoment, 2.0 * halfMoment, 1e-10, "moment, alpha = " + alpha);
        }
    }

    /**
     * int_0^inf e^(-s z) M_nu(z) dz = E_nu(-s) (Mainardi, Mura and Pagnini 2010):
     * links the two special functions through independent algorithms. Quadrature by
     * Hipparchus to 1e-12 relative.
     */
    @Test
    void laplaceTransformIsTheMittagLefflerFunction() {
        IterativeLegendreGaussIntegrator integrator =
            new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-15);
        for (double nu : new double[] {0.25, 0.4, 0.6}) {
            for (double s : new double[] {0.5, 1.0, 3.0}) {
                double transform = integrator.integrate(1_000_000,
                    z -> Math.exp(-s * z) * MWright.evaluate(nu, z), 0.0, 60.0);
                assertRelative(MittagLeffler.evaluate(nu, -s), transform, 1e-10,
                    "nu = " + nu + ", s = " + s);
            }
        }
    }

    @Test
    void refusesArgumentsOutsideTheirRanges() {
        MittagLefflerTest.assertRefused("nu", () -> MWright.evaluate(1.0, 1.0));
        MittagLefflerTest.assertRefused("nu", () -> MWright.evaluate(-0.1, 1.0));
        MittagLefflerTest.assertRefused("z", () -> MWright.evaluate(0.5, -1.0));
        MittagLefflerTest.assertRefused("z", () -> MWright.evaluate(0.5, Double.NaN));
        MittagLefflerTest.assertRefused("alpha",
            () -> MWright.freeSubdiffusionDensity(1.5, 1.0, 1.0, 0.0));
        MittagLefflerTest.assertRefused("diffusion",
            () -> MWright.freeSubdiffusionDensity(0.5, 0.0, 1.0, 0.0));
        MittagLefflerTest.assertRefused("t",
            () -> MWright.freeSubdiffusionDensity(0.5, 1.0, -1.0, 0.0));
        MittagLefflerTest.assertRefused("x",
            () -> MWright.freeSubdiffusionDensity(0.5, 1.0, 1.0, Double.NaN));
    }
}
