package org.fracdyn.nn.llc;

/**
 * The settings of the SGLD estimator of the local learning coefficient.
 *
 * @param stepSize the SGLD step epsilon, {@code > 0}
 * @param localisation the strength gamma of the pull towards w*, {@code >= 0}
 * @param inverseTemperature beta, {@code > 0}; NaN means the default 1 / ln n
 * @param chains the number of independent chains, {@code >= 1}
 * @param draws the draws per chain after burn-in, {@code >= 4}
 * @param burnIn the steps per chain discarded first, {@code >= 0}
 * @param batchSize samples per gradient, {@code >= 1}; at least n means full-batch
 * @param divergenceFactor a chain whose mean loss increase over its last quarter of draws
 *     exceeds this factor times that over its first quarter is flagged as diverging,
 *     {@code > 1}
 * @param seed the seed; chain c uses the c-th split of one L64X128MixRandom
 */
public record LlcConfig(double stepSize, double localisation, double inverseTemperature,
                        int chains, int draws, int burnIn, int batchSize,
                        double divergenceFactor, long seed) {

    /** Checks the ranges. */
    public LlcConfig {
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("stepSize = " + stepSize
                + ": expected a finite number > 0");
        }
        if (!(localisation >= 0) || Double.isInfinite(localisation)) {
            throw new IllegalArgumentException("localisation = " + localisation
                + ": expected a finite number >= 0");
        }
        if (!Double.isNaN(inverseTemperature)
            && (!(inverseTemperature > 0) || Double.isInfinite(inverseTemperature))) {
            throw new IllegalArgumentException("inverseTemperature = " + inverseTemperature
                + ": expected a finite number > 0, or NaN for 1 / ln n");
        }
        if (chains < 1) {
            throw new IllegalArgumentException("chains = " + chains + ": expected >= 1");
        }
        if (draws < 4) {
            throw new IllegalArgumentException("draws = " + draws + ": expected >= 4");
        }
        if (burnIn < 0) {
            throw new IllegalArgumentException("burnIn = " + burnIn + ": expected >= 0");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize = " + batchSize + ": expected >= 1");
        }
        if (!(divergenceFactor > 1)) {
            throw new IllegalArgumentException("divergenceFactor = " + divergenceFactor
                + ": expected a number > 1");
        }
    }

    /**
     * Settings with the default inverse temperature 1 / ln n and divergence factor 10.
     *
     * @return the configuration
     */
    public static LlcConfig of(double stepSize, double localisation, int chains, int draws,
                               int burnIn, int batchSize, long seed) {
        return new LlcConfig(stepSize, localisation, Double.NaN, chains, draws, burnIn,
            batchSize, 10, seed);
    }

    /** @return a copy with another inverse temperature */
    public LlcConfig withInverseTemperature(double beta) {
        return new LlcConfig(stepSize, localisation, beta, chains, draws, burnIn, batchSize,
            divergenceFactor, seed);
    }

    /** @return a copy with another seed */
    public LlcConfig withSeed(long newSeed) {
        return new LlcConfig(stepSize, localisation, inverseTemperature, chains, draws, burnIn,
            batchSize, divergenceFactor, newSeed);
    }

    /** @return the inverse temperature used for n samples: beta, or 1 / ln n by default */
    public double inverseTemperatureFor(int n) {
        return Double.isNaN(inverseTemperature) ? 1.0 / Math.log(n) : inverseTemperature;
    }
}
