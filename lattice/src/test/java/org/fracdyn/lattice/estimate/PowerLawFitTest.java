package org.fracdyn.lattice.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PowerLawFitTest {

    @Test
    void exactPowerLawIsRecoveredToRounding() {
        double[] t = Synthetic.steps(10_000);
        double[] y = Synthetic.apply(t, s -> 2.5 * Math.pow(s, 0.37));

        PowerLawFit fit = PowerLawFit.fit(t, y);

        assertEquals(0.37, fit.exponent(), 1e-12);
        assertEquals(2.5, fit.prefactor(), 1e-10);
        assertEquals(0, fit.residualStd(), 1e-12);
    }

    @Test
    void binnedFitDoesNotDependOnHowDenselyTheSeriesWasSampled() {
        // A law that is not a pure power law (a 20 % step at t = 1000) sampled at every step
        // (9000 of 9990 points in the last decade) and at 400 log-spaced times: on log bins
        // both fits see the same decades and agree; on raw points they do not.
        java.util.function.DoubleUnaryOperator law =
            s -> Math.pow(s, 0.5) * (s > 1000 ? 1.2 : 1.0);
        double[] dense = Synthetic.apply(Synthetic.steps(10_000), s -> s);
        double[] sparse = Synthetic.logSpaced(10, 10_000, 400);
        FitWindow window = FitWindow.of(10, 10_000);

        double denseBinned = PowerLawFit.fit(dense, Synthetic.apply(dense, law), window)
            .exponent();
        double sparseBinned = PowerLawFit.fit(sparse, Synthetic.apply(sparse, law), window)
            .exponent();
        double denseRaw = PowerLawFit.fit(LogSeries.raw(dense, Synthetic.apply(dense, law),
            window), window).exponent();
        double sparseRaw = PowerLawFit.fit(LogSeries.raw(sparse, Synthetic.apply(sparse, law),
            window), window).exponent();

        assertEquals(denseBinned, sparseBinned, 0.002, denseBinned + " vs " + sparseBinned);
        assertTrue(Math.abs(denseRaw - sparseRaw) > 0.005, denseRaw + " vs " + sparseRaw);
    }

    @Test
    void noisyExponentIsWithinItsStatedError() {
        // Independent log-normal noise sigma = 0.1: OLS on log bins is unbiased and its
        // standard error is valid, so |b - 0.42| < 4 se fails with probability 6e-5.
        double[] t = Synthetic.steps(20_000);
        double[] clean = Synthetic.apply(t, s -> 3 * Math.pow(s, 0.42));
        double[] y = Synthetic.withAr1Noise(clean, 0.1, 0, Synthetic.rng(11));

        PowerLawFit fit = PowerLawFit.fit(t, y, FitWindow.of(1, 20_000));

        assertEquals(0.42, fit.exponent(), 4 * fit.exponentStderr());
        assertTrue(fit.exponentStderr() < 0.01, "se " + fit.exponentStderr());
    }

    @Test
    void localSlopesFollowTheExactLogDerivative() {
        // y = t / (1 + t / tx): d ln y / d ln t = 1 / (1 + t / tx) exactly. The 5-point
        // regression slope on bins 0.23 apart in ln t differs from the derivative by
        // O(h^2 y''') < 0.01 for this curve.
        double tx = 1000;
        double[] t = Synthetic.logSpaced(1, 1e6, 3000);
        double[] y = Synthetic.apply(t, s -> s / (1 + s / tx));

        PowerLawFit.LocalSlopes slopes = PowerLawFit.localSlopes(t, y, FitWindow.ALL, 10, 2);

        assertTrue(slopes.size() > 50);
        for (int k = 0; k < slopes.size(); k++) {
            double exact = 1 / (1 + slopes.times()[k] / tx);
            assertEquals(exact, slopes.slopes()[k], 0.01, "at t = " + slopes.times()[k]);
        }
    }

    @Test
    void refusesNonPositiveValuesInsideTheWindow() {
        double[] t = {1, 2, 3, 4};
        double[] y = {1, 0, 3, 4};

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PowerLawFit.fit(t, y));
        assertTrue(e.getMessage().contains("series.values[1] = 0.0"), e.getMessage());
        assertEquals(1.0, PowerLawFit.fit(t, y, FitWindow.of(2.5, 4)).exponent(), 1e-12);
    }

    @Test
    void aTraceStartingAtStepZeroIsAccepted() {
        // A weight-displacement trace has R(0) = 0 at step 0; times <= 0 are never fitted.
        double[] t = {0, 1, 2, 4, 8, 16};
        double[] y = {0, 1, Math.sqrt(2), 2, Math.sqrt(8), 4};

        assertEquals(0.5, PowerLawFit.fit(t, y).exponent(), 1e-12);
    }

    @Test
    void refusesBadWindows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FitWindow.of(10, 5));
        assertTrue(e.getMessage().startsWith("window.upper = 5.0"), e.getMessage());
    }
}
