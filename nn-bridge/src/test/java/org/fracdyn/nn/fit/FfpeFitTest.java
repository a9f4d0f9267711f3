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

    @Test
    void refusesTooFewPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FfpeFit.fit(new double[] {1, 2}, new double[] {0, 1}, FitWindow.of(1, 10)));
        assertTrue(e.getMessage().contains("ffpe.points = 2"), e.getMessage());
    }
}
