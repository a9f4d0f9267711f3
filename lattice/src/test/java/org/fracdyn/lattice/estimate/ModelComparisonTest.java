package org.fracdyn.lattice.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void correlatedNoiseDoesNotFakeASecondRegime() {
        // The SGD-trace noise model: log-normal, AR(1) in the step with sigma = 0.08 and
        // lag-1 correlation 0.8, on 10^4 steps, 40 seeds per law. BIC on the generalised
        // least-squares fits errs in about 6 % of pure power laws (measured over 100 seeds),
        // so >= 34 of 40 is a binomial tail of 0.5 %; the other two laws are recognised in
        // 98-100 % of seeds, hence >= 36 of 40.
        double[] t = Synthetic.steps(10_000);
        FitWindow window = FitWindow.of(1, 10_000);
        DoubleUnaryOperator[] laws = {s -> 2 * Math.pow(s, 0.3), s -> 2 + 0.5 * Math.log(s),
            ModelComparisonTest::twoRegime};
        int[] minimum = {34, 36, 36};
        for (GrowthModel truth : GrowthModel.values()) {
            double[] clean = Synthetic.apply(t, laws[truth.ordinal()]);
            int right = 0;
            for (int seed = 0; seed < 40; seed++) {
                double[] y = Synthetic.withAr1Noise(clean, 0.08, 0.8, Synthetic.rng(300 + seed));
                right += ModelComparison.compare(t, y, window).winner() == truth ? 1 : 0;
            }
            assertTrue(right >= minimum[truth.ordinal()], truth.label() + ": " + right + "/40");
        }
    }

    @Test
    void noiseCorrelationIsEstimatedFromDifferences() {
        // AR(1) with rho = 0.8 on a t^0.3 trend: the difference-based estimate is within
        // 0.03 (its standard error for 10^4 points is about 0.01).
        double[] y = Synthetic.withAr1Noise(Synthetic.apply(Synthetic.steps(10_000),
            s -> Math.pow(s, 0.3)), 0.1, 0.8, Synthetic.rng(12));

        assertEquals(0.8, ModelComparison.noiseCorrelation(y), 0.03);
    }

    @Test
    void binCovarianceMatchesTheDirectSum() {
        // Bins of 1, 3 and 5 consecutive points; Cov(mean_a, mean_b) by the double sum of
        // rho^|i - j| over the members, compared with the whitening: if z = L^-1 v then
        // z.z = v^T C^-1 v, checked on the unit vectors against a direct inverse of C.
        double rho = 0.7;
        int[] counts = {1, 3, 5};
        int[][] members = {{0}, {1, 2, 3}, {4, 5, 6, 7, 8}};
        double[][] c = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int i : members[a]) {
                    for (int j : members[b]) {
                        c[a][b] += Math.pow(rho, Math.abs(i - j));
                    }
                }
                c[a][b] /= counts[a] * counts[b];
            }
        }
        double[][] inverse = org.hipparchus.linear.MatrixUtils.inverse(
            org.hipparchus.linear.MatrixUtils.createRealMatrix(c)).getData();

        BinNoise noise = new BinNoise(counts, rho);

        for (int a = 0; a < 3; a++) {
            assertEquals(c[a][a], BinNoise.variance(counts[a], rho), 1e-14);
            double[] unit = new double[3];
            unit[a] = 1;
            double[] z = noise.whiten(unit);
            double norm = z[0] * z[0] + z[1] * z[1] + z[2] * z[2];
            assertEquals(inverse[a][a], norm, 1e-10);
        }
    }
}
