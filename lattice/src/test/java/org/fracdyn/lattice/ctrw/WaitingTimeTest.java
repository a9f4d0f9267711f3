package org.fracdyn.lattice.ctrw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaitingTimeTest {

    /** Samples per test: the KS critical value at the 1 % level is 1.628 / sqrt(n). */
    private static final int SAMPLES = 200_000;
    private static final double KS_CRITICAL = 1.628 / Math.sqrt(SAMPLES);

    /**
     * The survival E_beta(-t^beta) (gamma = 1) from
     * src/test/resources/ctrw/mittag_leffler_survival.csv, made by mittag_leffler_survival.py
     * beside it (mpmath: 60-digit series for t^beta &lt;= 8, the complete-monotonicity
     * integral above), 40 points per decade on [1e-4, 1e4]. Between grid points it is
     * interpolated linearly in ln t (error below 1.5e-4, a twentieth of the KS critical
     * value); outside the grid the leading terms of the small- and large-t expansions are used:
     * 1 - t^beta / Gamma(1 + beta) and t^-beta / Gamma(1 - beta) - t^-2beta / Gamma(1 - 2beta).
     */
    private static DoubleUnaryOperator survival(double beta) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = WaitingTimeTest.class.getResourceAsStream(
                "/ctrw/mittag_leffler_survival.csv");
             BufferedReader reader = new BufferedReader(
                 new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                if (Double.parseDouble(f[0]) == beta) {
                    rows.add(new double[] {Math.log(Double.parseDouble(f[1])),
                        Double.parseDouble(f[2])});
                }
            }
        }
        assertEquals(321, rows.size(), "grid for beta = " + beta);
        double[] lt = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] s = rows.stream().mapToDouble(r -> r[1]).toArray();
        return t -> {
            double x = Math.log(t);
            if (x <= lt[0]) {
                return 1 - Math.pow(t, beta) / Gamma.gamma(1 + beta);
            }
            if (x >= lt[lt.length - 1]) {
                double second = 2 * beta == 1 ? 0 : Math.pow(t, -2 * beta)
                    / Gamma.gamma(1 - 2 * beta);
                return Math.pow(t, -beta) / Gamma.gamma(1 - beta) - second;
            }
            int k = Arrays.binarySearch(lt, x);
            if (k >= 0) {
                return s[k];
            }
            int hi = -k - 1;
            double f = (x - lt[hi - 1]) / (lt[hi] - lt[hi - 1]);
            return s[hi - 1] + f * (s[hi] - s[hi - 1]);
        };
    }

    private static double[] samples(WaitingTime law, long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = law.sample(rng);
        }
        Arrays.sort(x);
        return x;
    }

    /** The Kolmogorov-Smirnov distance between sorted samples and a survival function. */
    private static double ks(double[] sorted, DoubleUnaryOperator survival) {
        double d = 0;
        int n = sorted.length;
        for (int i = 0; i < n; i++) {
            double cdf = 1 - survival.applyAsDouble(sorted[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - cdf, cdf - (double) i / n));
        }
        return d;
    }

    @Test
    void tableAgreesWithTheReferenceValues() throws IOException {
        // REFERENCES.md: E_0.5(-1) = 0.42758357615580700, E_0.9(-1) = 0.37606602142464188,
        // E_0.7(-1) = 0.39961197811559938, and E_1/2(-x) = exp(x^2) erfc(x).
        assertEquals(0.42758357615580700, survival(0.5).applyAsDouble(1.0), 1e-15);
        assertEquals(0.39961197811559938, survival(0.7).applyAsDouble(1.0), 1e-15);
        assertEquals(0.37606602142464188, survival(0.9).applyAsDouble(1.0), 1e-15);
        double t = 100;
        double x = Math.sqrt(t);
        double closed = Math.exp(x * x) * org.hipparchus.special.Erf.erfc(x);
        assertEquals(closed, survival(0.5).applyAsDouble(t), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.7, 0.9})
    void mittagLefflerSamplerPassesKolmogorovSmirnov(double beta) throws IOException {
        double[] x = samples(new WaitingTime.MittagLeffler(1, beta), 17);

        double d = ks(x, survival(beta));

        assertTrue(d < KS_CRITICAL, "D = " + d + ", critical " + KS_CRITICAL);
    }

    @Test
    void kolmogorovSmirnovDetectsAWrongIndex() {
        // The control: samples with beta = 0.7 against the beta = 0.5 law must fail.
        double[] x = samples(new WaitingTime.MittagLeffler(1, 0.7), 17);

        assertTrue(ks(x, assertDoesNotThrowSurvival(0.5)) > 10 * KS_CRITICAL);
    }

    private static DoubleUnaryOperator assertDoesNotThrowSurvival(double beta) {
        try {
            return survival(beta);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.9})
    void mittagLefflerSurvivalAtFixedTimesWithAScale(double beta) throws IOException {
        // With scale gamma = 2.5, P(tau > t) = E_beta(-(t/gamma)^beta). Each empirical
        // survival is binomial: |z| < 4.5 over 6 times (family-wise error below 4e-5).
        double gamma = 2.5;
        double[] x = samples(new WaitingTime.MittagLeffler(gamma, beta), 23);
        DoubleUnaryOperator s = survival(beta);

        for (double u : new double[] {0.01, 0.1, 1, 10, 100, 1000}) {
            double p = s.applyAsDouble(u);
            int above = SAMPLES - upperIndex(x, u * gamma);
            double z = (above / (double) SAMPLES - p) / Math.sqrt(p * (1 - p) / SAMPLES);
            assertTrue(Math.abs(z) < 4.5, "t/gamma = " + u + ": z = " + z);
        }
    }

    private static int upperIndex(double[] sorted, double t) {
        int k = Arrays.binarySearch(sorted, t);
        return k >= 0 ? k + 1 : -k - 1;
    }

    @Test
    void betaOneIsExponential() {
        double[] x = samples(new WaitingTime.MittagLeffler(2, 1), 5);

        assertTrue(ks(x, t -> Math.exp(-t / 2)) < KS_CRITICAL);
    }

    @Test
    void paretoSamplerPassesKolmogorovSmirnov() {
        WaitingTime.Pareto pareto = new WaitingTime.Pareto(0.5, 0.6);
        double[] x = samples(pareto, 31);

        assertTrue(ks(x, t -> t <= 0.5 ? 1 : Math.pow(t / 0.5, -0.6)) < KS_CRITICAL);
        assertEquals(0.5, x[0], 0.01, "the minimum is t0");
    }

    @Test
    void refusesBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new WaitingTime.Pareto(1, 1.0));
        assertEquals("waiting.beta = 1.0: expected 0 < beta < 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WaitingTime.MittagLeffler(0, 0.5));
    }
}
