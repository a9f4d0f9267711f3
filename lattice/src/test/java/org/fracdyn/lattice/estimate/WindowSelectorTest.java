package org.fracdyn.lattice.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class WindowSelectorTest {

    @Test
    void stopsBeforeTheFiniteSizePlateau() {
        // y = t^b / (1 + (t/tx)^b) saturates at tx^b; its exact local slope is
        // b / (1 + (t/tx)^b). The relative band 0.1 admits slopes >= b / 1.1^2, i.e.
        // (t/tx)^b <= 0.21, t <= 0.21^(1/b) tx = 0.044 tx for b = 0.5.
        double b = 0.5;
        double tx = 1e5;
        double[] t = Synthetic.logSpaced(1, 1e9, 4000);
        double[] y = Synthetic.apply(t, s -> Math.pow(s, b) / (1 + Math.pow(s / tx, b)));

        WindowSelector.Selection selection = WindowSelector.DEFAULT.select(t, y);

        assertTrue(selection.withinBand());
        FitWindow w = selection.window();
        assertTrue(w.upper() <= 0.05 * tx, "upper " + w.upper());
        assertTrue(w.upper() >= 0.005 * tx, "upper " + w.upper());
        assertTrue(w.lower() < 2, "lower " + w.lower());
        double fitted = PowerLawFit.fit(t, y, w).exponent();
        assertEquals(b, fitted, 0.1 * b, "fitted " + fitted + " on " + w);
    }

    @Test
    void skipsTheEarlyTransientAndTheBend() {
        // y = t^b (1 + 5/t) / (1 + (t/tx)^2): local slope b - (5/t)/(1 + 5/t) - 2 u/(1 + u),
        // u = (t/tx)^2. Within 10 % of b = 0.5 for about 100 < t < 0.15 tx (2.2 decades),
        // so the widest admissible run lies there; at its ends the exact slope must be within
        // the band's reach, 0.5 (1 +- 0.21).
        double b = 0.5;
        double tx = 1e5;
        DoubleUnaryOperator slope = s -> b - (5 / s) / (1 + 5 / s)
            - 2 * Math.pow(s / tx, 2) / (1 + Math.pow(s / tx, 2));
        double[] t = Synthetic.logSpaced(1, 1e7, 4000);
        double[] y = Synthetic.apply(t,
            s -> Math.pow(s, b) * (1 + 5 / s) / (1 + Math.pow(s / tx, 2)));

        WindowSelector.Selection selection = WindowSelector.DEFAULT.select(t, y);

        FitWindow w = selection.window();
        assertTrue(selection.withinBand());
        assertTrue(w.decades() >= 2.0, "span " + w.decades() + " of " + w);
        assertEquals(b, slope.applyAsDouble(w.lower()), 0.21 * b, "lower " + w.lower());
        assertEquals(b, slope.applyAsDouble(w.upper()), 0.21 * b, "upper " + w.upper());
        assertEquals(b, PowerLawFit.fit(t, y, w).exponent(), 0.02);
    }

    @Test
    void worksOnANoisyTraceWithMoreSmoothing() {
        // Independent log-normal noise sigma = 0.05 on every step up to 1e6 after a bend at
        // tx = 1e5: late bins average hundreds of points, so the slopes are smooth there.
        double b = 0.3;
        double tx = 1e5;
        double[] t = Synthetic.steps(1_000_000);
        double[] clean = Synthetic.apply(t, s -> Math.pow(s, b) / (1 + Math.pow(s / tx, 2)));
        double[] y = Synthetic.withAr1Noise(clean, 0.05, 0, Synthetic.rng(5));

        WindowSelector.Selection selection = WindowSelector.DEFAULT.withHalfWidth(3)
            .withBand(0.2).select(t, y);

        FitWindow w = selection.window();
        assertTrue(selection.withinBand());
        assertTrue(w.upper() < 0.5 * tx, "upper " + w.upper());
        assertTrue(w.decades() >= 2, "span " + w.decades());
        assertEquals(b, PowerLawFit.fit(t, y, w).exponent(), 0.03);
    }

    @Test
    void saysSoWhenNothingIsFlat() {
        // A pure exponential has local slope t / tau, which changes by a factor 10 per
        // decade: no decade is within a relative band of 0.1.
        double[] t = Synthetic.logSpaced(1e-3, 10, 500);
        double[] y = Synthetic.apply(t, Math::exp);

        WindowSelector.Selection selection = WindowSelector.DEFAULT.select(t, y);

        assertFalse(selection.withinBand());
    }
}
