package org.fracdyn.validation.bridge;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Synthetic displacement traces R(t) = f(t) exp(eps_t) with a known growth law f and
 * stationary AR(1) noise eps of lag-1 correlation rho and standard deviation s, at the steps
 * t = every, 2 every, ..., count every, as a recorder writes them.
 */
final class SyntheticTraces {

    private SyntheticTraces() {
    }

    /** @return the steps every, 2 every, ..., count every */
    static double[] steps(int count, double every) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = every * (i + 1);
        }
        return t;
    }

    /**
     * @param times the steps
     * @param law the noise-free growth f(t) &gt; 0
     * @param rho the lag-1 correlation of the log noise, in [0, 1)
     * @param sd its stationary standard deviation
     * @param seed the seed of an L64X128MixRandom
     * @return the trace values
     */
    static double[] values(double[] times, DoubleUnaryOperator law, double rho, double sd,
                           long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        double innovation = Math.sqrt(1 - rho * rho) * sd;
        double noise = sd * rng.nextGaussian();
        double[] values = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            noise = rho * noise + innovation * rng.nextGaussian();
            values[i] = law.applyAsDouble(times[i]) * Math.exp(noise);
        }
        return values;
    }
}
