package org.fracdyn.lattice.estimate;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Synthetic series with known laws and seeded multiplicative noise, for the tests. */
final class Synthetic {

    private Synthetic() {
    }

    static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** The times 1, 2, ..., n, as a trace recorded every step. */
    static double[] steps(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i + 1;
        }
        return t;
    }

    /** n times spaced evenly in ln t over [from, to]. */
    static double[] logSpaced(double from, double to, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from * Math.pow(to / from, (double) i / (n - 1));
        }
        return t;
    }

    static double[] apply(double[] t, DoubleUnaryOperator law) {
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = law.applyAsDouble(t[i]);
        }
        return y;
    }

    /**
     * Multiplies by exp(e_i), e an AR(1) series in the index with stationary standard
     * deviation sigma and lag-1 correlation phi (phi = 0: independent log-normal noise).
     */
    static double[] withAr1Noise(double[] clean, double sigma, double phi, RandomGenerator rng) {
        double[] y = new double[clean.length];
        double innovation = sigma * Math.sqrt(1 - phi * phi);
        double e = sigma * rng.nextGaussian();
        for (int i = 0; i < clean.length; i++) {
            if (i > 0) {
                e = phi * e + innovation * rng.nextGaussian();
            }
            y[i] = clean[i] * Math.exp(e);
        }
        return y;
    }
}
