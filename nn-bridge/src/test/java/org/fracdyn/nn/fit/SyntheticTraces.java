package org.fracdyn.nn.fit;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Synthetic displacement traces R(t) = m(t) e^eps(t) with a known mean law m and
 * multiplicative noise eps that is AR(1) in the row index, as in a recorded SGD trace (rows
 * every {@code every} steps; the fluctuation of ln R is smooth over tens of rows).
 */
final class SyntheticTraces {

    private SyntheticTraces() {
    }

    /** @return the steps every, 2 every, ..., last */
    static double[] steps(int every, int last) {
        double[] t = new double[last / every];
        for (int i = 0; i < t.length; i++) {
            t[i] = (double) (i + 1) * every;
        }
        return t;
    }

    /**
     * @param steps the steps
     * @param mean the noiseless law m(t)
     * @param sigma the stationary standard deviation of eps
     * @param rho the lag-1 correlation of eps between rows, in [0, 1)
     * @param seed the seed
     * @return R at the steps
     */
    static double[] trace(double[] steps, DoubleUnaryOperator mean, double sigma, double rho,
                          long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        double innovation = sigma * Math.sqrt(1 - rho * rho);
        double eps = sigma * random.nextGaussian();
        double[] r = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            if (i > 0) {
                eps = rho * eps + innovation * random.nextGaussian();
            }
            r[i] = mean.applyAsDouble(steps[i]) * Math.exp(eps);
        }
        return r;
    }
}
