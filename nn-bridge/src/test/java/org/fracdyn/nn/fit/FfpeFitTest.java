package org.fracdyn.nn.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.lattice.estimate.FitWindow;
import org.junit.jupiter.api.Test;

class FfpeFitTest {

    /** Gamma(1 + alpha) for alpha = 0.6: Gamma(1.6), mpmath.gamma(1.6) to 16 digits. */
    private static final double GAMMA_1_6 = 0.8935153492876903;

    /**
     * R(t)^2 = 2 D t^alpha / Gamma(1 + alpha) exactly (free FFPE, Metzler and Klafter 2000,
     * eq. 41) with alpha = 0.6, D = 0.02: the fit returns both to 1e-8 (the optimiser's
     * tolerance on exact data) and a residual at rounding level.
     */
    @Test
    void recoversAlphaAndDiffusionFromAnExactSeries() {
        double alpha = 0.6;
        double diffusion = 0.02;
        int n = 40;
        double[] logT = new double[n];
        double[] logR = new double[n];
        for (int i = 0; i < n; i++) {
            double t = Math.pow(10, 1 + 3.0 * i / (n - 1));
            logT[i] = Math.log(t);
            logR[i] = 0.5 * Math.log(2 * diffusion * Math.pow(t, alpha) / GAMMA_1_6);
        }
        FfpeFit fit = FfpeFit.fit(logT, logR, FitWindow.of(10, 10_000));

        assertEquals(alpha, fit.alpha(), 1e-8);
        assertEquals(diffusion, fit.diffusion(), 1e-8 * diffusion);
        assertTrue(fit.residual() < 1e-10, "residual " + fit.residual());
        assertFalse(fit.atBound());
        assertEquals(2 * diffusion * Math.pow(100, alpha) / GAMMA_1_6,
            fit.meanSquaredDisplacement(100), 1e-9);
    }

    /** Ballistic growth R ~ t has MSD ~ t^2: no alpha in (0, 1] fits; the fit says so. */
    @Test
    void ballisticGrowthEndsOnTheBoundAlphaOne() {
        int n = 20;
        double[] logT = new double[n];
        double[] logR = new double[n];
        for (int i = 0; i < n; i++) {
            logT[i] = Math.log(10 + 10.0 * i);
            logR[i] = logT[i] - 3;
        }
        FfpeFit fit = FfpeFit.fit(logT, logR, FitWindow.of(10, 200));

        assertEquals(1.0, fit.alpha(), 1e-12);
        assertTrue(fit.atBound());
        assertTrue(fit.residual() > 0.1, "residual " + fit.residual());
    }

    /**
     * The confined model from exact values: R^2 = (D/k)(1 - E_0.7(-2 k t^0.7)) with D = 0.02,
     * k = 0.005, over t = 1 .. 1e5 (up to the plateau D/k = 4). The values of E_0.7 are
     * mpmath's (confined_msd.py in the test resources, 30 digits), so the test checks the fit
     * and its use of the Mittag-Leffler function at once; the tolerance 1e-6 is well above the
     * 1e-12 accuracy of both and below any misfit.
     */
    @Test
    void recoversAlphaDiffusionAndConfinementFromAnExactConfinedSeries() throws Exception {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
            FfpeFitTest.class.getResource("confined_msd.csv").toURI()));
        int n = lines.size() - 1;
        double[] logT = new double[n];
        double[] logR = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            logT[i] = Math.log(Double.parseDouble(cells[0]));
            logR[i] = 0.5 * Math.log(Double.parseDouble(cells[1]));
        }
        FfpeFit fit = FfpeFit.fitConfined(logT, logR, FitWindow.of(1, 1e5));

        assertEquals(0.7, fit.alpha(), 1e-6);
        assertEquals(0.02, fit.diffusion(), 1e-6 * 0.02);
        assertEquals(0.005, fit.confinement(), 1e-6 * 0.005);
        assertTrue(fit.residual() < 1e-8, "residual " + fit.residual());
    }

    @Test
    void refusesTooFewPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FfpeFit.fit(new double[] {1, 2}, new double[] {0, 1}, FitWindow.of(1, 10)));
        assertTrue(e.getMessage().contains("ffpe.points = 2"), e.getMessage());
    }
}
