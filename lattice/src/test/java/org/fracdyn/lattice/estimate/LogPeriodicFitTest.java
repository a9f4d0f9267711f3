package org.fracdyn.lattice.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogPeriodicFitTest {

    /** 2 / d_w of the Sierpinski gasket, d_w = ln 5 / ln 2 (REFERENCES.md, exact). */
    private static final double GASKET_EXPONENT = 2 * Math.log(2) / Math.log(5);

    private static double[] gasketLike(double[] t) {
        return Synthetic.apply(t, s -> Math.pow(s, GASKET_EXPONENT)
            * (1 + 0.1 * Math.cos(2 * Math.PI * Math.log(s) / Math.log(5))));
    }

    @Test
    void recoversTheExponentUnderLogPeriodicModulation() {
        // ln(1 + 0.1 cos x) has harmonics of size 0.1^m / m; with H = 3 the neglected
        // fourth harmonic (2.5e-5) biases b by far less than 1e-4.
        double[] t = Synthetic.steps(5 * 15625);
        double[] y = gasketLike(t);

        LogPeriodicFit fit = LogPeriodicFit.fit(t, y, FitWindow.of(1, 5 * 15625), 5, 3, 12);

        assertEquals(7, fit.periods());
        assertEquals(GASKET_EXPONENT, fit.exponent(), 1e-4);
        // The mean of ln(1 + a cos x) over a period is ln((1 + sqrt(1 - a^2)) / 2), from
        // the classical integral of ln(p + q cos x) over [0, pi], so the fitted prefactor is
        // A = (1 + sqrt(0.99)) / 2 = 0.997494; 2e-4 allows for the bin averaging.
        assertEquals((1 + Math.sqrt(0.99)) / 2, fit.prefactor(), 2e-4);
        assertEquals(0.1, Math.hypot(fit.cosineAmplitudes()[0], fit.sineAmplitudes()[0]), 2e-3,
            "first harmonic of ln F is 0.1 to first order");
    }

    @Test
    void periodAveragedSlopeIsExactForAnyPeriodicFactor() {
        // Log-spaced times with a whole number of points per period sample every period
        // alike, so the mean of ln F cancels exactly between the first and the last period.
        double[] t = Synthetic.logSpaced(1, Math.pow(5, 6), 6 * 120 + 1);
        double[] y = gasketLike(t);

        LogPeriodicFit fit = LogPeriodicFit.fit(t, y, FitWindow.of(1, Math.pow(5, 6)), 5, 0, 12);

        assertEquals(GASKET_EXPONENT, fit.periodAveragedExponent(), 1e-9);
    }

    @Test
    void aPlainFitOverAPartialPeriodIsFooled() {
        // The control: the same data fitted as a pure power law on a window that ends mid
        // period is off by more than 1e-3, which is what the whole-period fit avoids.
        double[] t = Synthetic.steps(5 * 15625);
        double[] y = gasketLike(t);

        double plain = PowerLawFit.fit(t, y, FitWindow.of(1, 3 * 15625)).exponent();
        double whole = LogPeriodicFit.fit(t, y, FitWindow.of(1, 3 * 15625), 5).exponent();

        assertTrue(Math.abs(plain - GASKET_EXPONENT) > 1e-3, "plain " + plain);
        assertEquals(GASKET_EXPONENT, whole, 2e-4);
    }

    @Test
    void noisyLogPeriodicDataGiveAnExponentWithinItsError() {
        // Independent log-normal noise sigma = 0.05 on every step: the binned residuals are
        // independent, so the least-squares error is valid; 4 se fails with p = 6e-5.
        double[] t = Synthetic.steps(5 * 15625);
        double[] y = Synthetic.withAr1Noise(gasketLike(t), 0.05, 0, Synthetic.rng(3));

        LogPeriodicFit fit = LogPeriodicFit.fit(t, y, FitWindow.of(1, 5 * 15625), 5);

        assertEquals(GASKET_EXPONENT, fit.exponent(), 4 * fit.exponentStderr());
        assertTrue(fit.exponentStderr() < 2e-3, "se " + fit.exponentStderr());
    }

    @Test
    void refusesAWindowShorterThanAPeriod() {
        double[] t = Synthetic.steps(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LogPeriodicFit.fit(t, gasketLike(t), FitWindow.ALL, 5));
        assertTrue(e.getMessage().contains("expected at least 1 whole period"), e.getMessage());
    }
}
