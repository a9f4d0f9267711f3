package org.fracdyn.lattice.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    private static final double[] TIMES = Synthetic.steps(100_000);
    private static final FitWindow WINDOW = FitWindow.of(1, 100_000);

    private static ModelComparison compare(DoubleUnaryOperator law, double sigma, long seed) {
        double[] y = Synthetic.apply(TIMES, law);
        if (sigma > 0) {
            y = Synthetic.withAr1Noise(y, sigma, 0, Synthetic.rng(seed));
        }
        return ModelComparison.compare(TIMES, y, WINDOW);
    }

    private static double twoRegime(double t) {
        // Continuous broken line: exponent 0.8 up to t_b = 300, then 0.25.
        return t < 300 ? Math.pow(t, 0.8) : Math.pow(300, 0.8) * Math.pow(t / 300, 0.25);
    }

    @Test
    void cleanPowerLaw() {
        ModelComparison result = compare(t -> 1.7 * Math.pow(t, 0.35), 0, 0);

        assertEquals(GrowthModel.POWER_LAW, result.winner());
        assertEquals(0.35, result.candidate(GrowthModel.POWER_LAW).parameters()[1], 1e-12);
    }

    @Test
    void cleanLogarithmicGrowth() {
        ModelComparison result = compare(t -> 2 + 0.5 * Math.log(t), 0, 0);

        // Bins average ln y, not y, so the fitted law differs from the true one by the
        // curvature of ln(a + b s) across a bin (Jensen), 1e-4 relative here.
        assertEquals(GrowthModel.LOGARITHMIC, result.winner());
        double[] p = result.candidate(GrowthModel.LOGARITHMIC).parameters();
        assertEquals(2, p[0], 1e-3);
        assertEquals(0.5, p[1], 1e-3);
    }

    @Test
    void cleanTwoRegime() {
        ModelComparison result = compare(ModelComparisonTest::twoRegime, 0, 0);

        assertEquals(GrowthModel.TWO_REGIME, result.winner());
        double[] p = result.candidate(GrowthModel.TWO_REGIME).parameters();
        assertEquals(0.8, p[1], 1e-3);
        assertEquals(0.25, p[2], 1e-3);
        assertEquals(300, p[3], 3);
    }

    @Test
    void noisySeriesOfEachKind() {
        // Independent log-normal noise sigma = 0.05 on every step (seeded): the binned points
        // carry noise 0.05 / sqrt(points per bin), small against the differences in shape.
        assertEquals(GrowthModel.POWER_LAW,
            compare(t -> 1.7 * Math.pow(t, 0.35), 0.05, 1).winner());
        assertEquals(GrowthModel.LOGARITHMIC,
            compare(t -> 2 + 0.5 * Math.log(t), 0.05, 2).winner());
        assertEquals(GrowthModel.TWO_REGIME,
            compare(ModelComparisonTest::twoRegime, 0.05, 3).winner());
        assertEquals("two-regime", GrowthModel.TWO_REGIME.label());
        assertEquals(GrowthModel.LOGARITHMIC, GrowthModel.ofLabel("logarithmic"));
    }
}
