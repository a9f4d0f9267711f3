package org.fracdyn.nn.train;

import java.util.List;
import org.fracdyn.nn.mlp.SgdConfig;

/**
 * Everything that defines one recorded training run of an MLP classifier.
 *
 * <p>The defaults ({@link #reference()}) are the reference experiment of "Almost Bayesian: The
 * Fractal Dynamics of Stochastic Gradient Descent" (see {@code shared/paper}): a fully
 * connected ReLU network with batch normalisation (here two hidden layers of 128) trained on a
 * 10,000-image subset split 50/50, batch 256, plain SGD with learning rate 0.01, no momentum,
 * no weight decay, 100 epochs, the displacement recorded every 10 steps.
 *
 * @param hidden hidden-layer widths
 * @param batchNorm batch normalisation in each hidden layer
 * @param sgd learning rate, momentum, weight decay
 * @param batchSize examples per step, {@code >= 2} with batch norm, else {@code >= 1}
 * @param subsetSize images drawn (without replacement) from the pool, {@code >= 2}
 * @param testFraction the share of the subset held out for testing, in (0, 1)
 * @param epochs passes over the training split, {@code >= 1}
 * @param every record the displacement every this many steps, {@code >= 1}
 * @param seed the seed of the subset, the initialisation and the batch order
 */
public record TrainingConfig(List<Integer> hidden, boolean batchNorm, SgdConfig sgd,
                             int batchSize, int subsetSize, double testFraction, int epochs,
                             int every, long seed) {

    /** Checks the ranges. */
    public TrainingConfig {
        hidden = List.copyOf(hidden);
        if (batchSize < (batchNorm ? 2 : 1)) {
            throw new IllegalArgumentException("batchSize = " + batchSize + ": expected >= "
                + (batchNorm ? "2 with batch norm" : "1"));
        }
        if (subsetSize < 2) {
            throw new IllegalArgumentException("subsetSize = " + subsetSize
                + ": expected >= 2 images");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction = " + testFraction
                + ": expected a number in (0, 1)");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs = " + epochs + ": expected >= 1");
        }
        if (every < 1) {
            throw new IllegalArgumentException("every = " + every + ": expected >= 1 step");
        }
    }

    /** @return the reference experiment's settings, seed 0 */
    public static TrainingConfig reference() {
        return new TrainingConfig(List.of(128, 128), true, new SgdConfig(0.01, 0, 0), 256,
            10_000, 0.5, 100, 10, 0);
    }

    /** @return the number of training images: subsetSize minus the rounded test share */
    public int trainCount() {
        return subsetSize - testCount();
    }

    /** @return the number of test images, at least 1 */
    public int testCount() {
        return Math.max(1, Math.min(subsetSize - 1, (int) Math.round(subsetSize * testFraction)));
    }

    /** @return the steps per epoch (the last batch may be smaller) */
    public int stepsPerEpoch() {
        return (trainCount() + batchSize - 1) / batchSize;
    }

    /** @return a copy with another number of epochs */
    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(hidden, batchNorm, sgd, batchSize, subsetSize, testFraction,
            newEpochs, every, seed);
    }

    /** @return a copy with another subset size */
    public TrainingConfig withSubsetSize(int newSubsetSize) {
        return new TrainingConfig(hidden, batchNorm, sgd, batchSize, newSubsetSize, testFraction,
            epochs, every, seed);
    }

    /** @return a copy with another seed */
    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(hidden, batchNorm, sgd, batchSize, subsetSize, testFraction,
            epochs, every, newSeed);
    }
}
