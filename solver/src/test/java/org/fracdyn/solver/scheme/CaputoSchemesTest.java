package org.fracdyn.solver.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.solver.mesh.TimeMesh;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class CaputoSchemesTest {

    private static final TimeMesh MESH = TimeMesh.uniform(1.0, 16);

    @Test
    void factoryReturnsTheRequestedScheme() {
        assertInstanceOf(L1DirectScheme.class,
            CaputoSchemes.create(SchemeKind.L1, HistoryKind.DIRECT, 0.5, MESH, 3, 1e-10));
        assertInstanceOf(FastL1Scheme.class,
            CaputoSchemes.create(SchemeKind.L1, HistoryKind.FAST, 0.5, MESH, 3, 1e-10));
        assertInstanceOf(L21SigmaScheme.class,
            CaputoSchemes.create(SchemeKind.L2_1SIGMA, HistoryKind.DIRECT, 0.5, MESH, 3, 1e-10));
        CaputoScheme fast =
            CaputoSchemes.create(SchemeKind.L2_1SIGMA, HistoryKind.FAST, 0.5, MESH, 3, 1e-10);
        assertInstanceOf(FastL21SigmaScheme.class, fast);
        assertEquals(0.75, fast.theta(3));
        assertEquals(MESH.time(2) + 0.75 * MESH.step(3), fast.evaluationTime(3), 1e-15);
    }

    @Test
    void directHistoryTooLargeForTheHeapIsRefusedWithTheBytesNeeded() {
        TimeMesh mesh = TimeMesh.uniform(1.0, 1 << 20);
        int size = 1 << 20;
        long needed = 8L * (1 << 20) * (1 << 20);
        assertTrue(needed > Runtime.getRuntime().maxMemory());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CaputoSchemes.create(SchemeKind.L1, HistoryKind.DIRECT, 0.5, mesh, size, 1e-10));
        assertTrue(e.getMessage().contains(Long.toString(needed)), e.getMessage());
        assertTrue(e.getMessage().contains("use time.history: fast"), e.getMessage());
        assertEquals(needed, CaputoSchemes.directHistoryBytes(1 << 20, size));
    }

    @Test
    void badArgumentsAreRefusedWithTheValue() {
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class,
            () -> CaputoSchemes.create(SchemeKind.L1, HistoryKind.FAST, 1.5, MESH, 3, 1e-10));
        assertTrue(alpha.getMessage().contains("alpha = 1.5"), alpha.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
            () -> CaputoSchemes.create(SchemeKind.L1, HistoryKind.FAST, 0.5, MESH, 0, 1e-10));
        assertTrue(size.getMessage().contains("size = 0"), size.getMessage());
        IllegalArgumentException tolerance = assertThrows(IllegalArgumentException.class,
            () -> CaputoSchemes.create(SchemeKind.L1, HistoryKind.FAST, 0.5, MESH, 3, 0.5));
        assertTrue(tolerance.getMessage().contains("0.5"), tolerance.getMessage());

        CaputoScheme scheme = new FastL1Scheme(0.5, MESH, 3, 1e-10);
        assertThrows(IllegalArgumentException.class, () -> scheme.start(new double[2]));
        assertThrows(IllegalStateException.class, () -> scheme.accept(1, new double[3]));
        scheme.start(new double[3]);
        assertThrows(IllegalStateException.class, () -> scheme.history(2, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> scheme.newestWeight(17));
    }

    /**
     * The first history term of each scheme against an independent quadrature of its
     * definition: after u^0 = 0, u^1 = 1 (u linear on [0, t_1]), the L1 history at t_2 is
     * (1/Gamma(1 - alpha)) int_0^{t_1} (t_2 - s)^(-alpha) / tau_1 ds; for L2-1sigma at step
     * 3, with u^2 = 3 as well, the quadratic through (0, 0), (t_1, 1), (t_2, 3) enters on
     * [0, t_1] and [t_1, t_2] (adaptive Gauss-Legendre of Hipparchus, to 1e-14), and the
     * linear interpolant on [t_2, t*_3] (in closed form).
     */
    @Test
    void firstHistoryTermsMatchQuadratureOfTheirDefinition() {
        double alpha = 0.4;
        TimeMesh mesh = TimeMesh.graded(1.0, 8, 2.0);
        double t1 = mesh.time(1);
        double t2 = mesh.time(2);
        IterativeLegendreGaussIntegrator integrator =
            new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-15);
        double scale = 1 / Gamma.gamma(1 - alpha);

        double l1Exact = scale * integrator.integrate(10000,
            s -> Math.pow(t2 - s, -alpha) / t1, 0, t1);
        for (CaputoScheme scheme : new CaputoScheme[] {
            new L1DirectScheme(alpha, mesh, 1), new FastL1Scheme(alpha, mesh, 1, 1e-13)}) {
            scheme.start(new double[] {0});
            scheme.accept(1, new double[] {1});
            double[] h = new double[1];
            scheme.history(2, h);
            assertEquals(l1Exact, h[0], 1e-12 * l1Exact, scheme.getClass().getSimpleName());
        }

        double t3 = mesh.time(3);
        double sigma = 1 - alpha / 2;
        double target = t2 + sigma * (t3 - t2);
        double u3 = 4.5;
        double[] us = {0, 1, 3, u3};
        double[] ts = {0, t1, t2, t3};
        double exact = scale * (
            integrator.integrate(10000, s -> Math.pow(target - s, -alpha)
                * quadraticSlope(ts, us, 0, s), 0, t1)
            + integrator.integrate(10000, s -> Math.pow(target - s, -alpha)
                * quadraticSlope(ts, us, 1, s), t1, t2));
        for (CaputoScheme scheme : new CaputoScheme[] {
            new L21SigmaScheme(alpha, mesh, 1), new FastL21SigmaScheme(alpha, mesh, 1, 1e-13)}) {
            scheme.start(new double[] {0});
            scheme.accept(1, new double[] {1});
            scheme.accept(2, new double[] {3});
            double[] h = new double[1];
            scheme.history(3, h);
            double derivative = h[0] + scheme.newestWeight(3) * (u3 - 3);
            double lastPiece = scale * Math.pow(target - t2, 1 - alpha) / (1 - alpha)
                * (u3 - 3) / (t3 - t2);
            assertEquals(exact + lastPiece, derivative, 1e-12 * Math.abs(exact),
                scheme.getClass().getSimpleName());
        }
    }

    /** The derivative at s of the quadratic through the points k, k+1, k+2. */
    private static double quadraticSlope(double[] t, double[] u, int k, double s) {
        double d1 = (u[k + 1] - u[k]) / (t[k + 1] - t[k]);
        double d2 = ((u[k + 2] - u[k + 1]) / (t[k + 2] - t[k + 1]) - d1) / (t[k + 2] - t[k]);
        return d1 + d2 * (2 * s - t[k] - t[k + 1]);
    }
}
