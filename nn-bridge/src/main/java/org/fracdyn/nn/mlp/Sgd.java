package org.fracdyn.nn.mlp;

/**
 * Applies {@link SgdConfig} steps to an {@link Mlp}, keeping the momentum buffers.
 */
public final class Sgd {

    private final SgdConfig config;
    private final double[][] velocity;

    /**
     * @param config the optimiser settings
     * @param mlp the network whose tensors this optimiser will update
     */
    public Sgd(SgdConfig config, Mlp mlp) {
        this.config = config;
        this.velocity = mlp.newTensorArrays();
    }

    /** @return the settings */
    public SgdConfig config() {
        return config;
    }

    /**
     * Updates every tensor of the network in place.
     *
     * @param mlp the network given to the constructor
     * @param gradients dL/dparam per tensor
     */
    public void step(Mlp mlp, double[][] gradients) {
        double lr = config.learningRate();
        double mu = config.momentum();
        double decay = config.weightDecay();
        for (int t = 0; t < mlp.tensorCount(); t++) {
            double[] w = mlp.tensor(t);
            double[] g = gradients[t];
            double[] v = velocity[t];
            for (int k = 0; k < w.length; k++) {
                double grad = g[k] + decay * w[k];
                v[k] = mu * v[k] + grad;
                w[k] -= lr * v[k];
            }
        }
    }
}
