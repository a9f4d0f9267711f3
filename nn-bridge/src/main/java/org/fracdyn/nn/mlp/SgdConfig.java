package org.fracdyn.nn.mlp;

/**
 * Stochastic gradient descent with momentum and weight decay, as in PyTorch's {@code SGD}:
 * {@code g = grad + weightDecay w; v = momentum v + g; w = w - learningRate v}, v starting at 0
 * (Sutskever, Martens, Dahl and Hinton 2013, the "heavy ball" form without dampening).
 *
 * @param learningRate the step size, {@code > 0}
 * @param momentum in [0, 1)
 * @param weightDecay the L2 coefficient, {@code >= 0}
 */
public record SgdConfig(double learningRate, double momentum, double weightDecay) {

    /** Checks the ranges. */
    public SgdConfig {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate = " + learningRate
                + ": expected a finite number > 0");
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum = " + momentum
                + ": expected a number in [0, 1)");
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay = " + weightDecay
                + ": expected a finite number >= 0");
        }
    }
}
