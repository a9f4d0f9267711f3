package org.fracdyn.nn.llc;

import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.mlp.Mlp;

/**
 * The cross-entropy of an {@link Mlp} on a data set as a {@link LossModel}, for the local
 * learning coefficient of a trained network. The network runs in evaluation mode: batch norm
 * uses its running statistics, so the loss is a fixed function of the parameters (the running
 * statistics are part of the model, not of w). The parameters are all tensors concatenated in
 * {@link Mlp#parameterNames()} order ({@link Mlp#flatParameters()}).
 */
public final class MlpLossModel implements LossModel {

    private final Mlp network;
    private final LabelledImages data;
    private final double[][] gradients;
    private final int[] all;

    /**
     * @param mlp the network (copied; the original is not changed)
     * @param data the samples defining L_n, usually the training split
     */
    public MlpLossModel(Mlp mlp, LabelledImages data) {
        this.network = mlp.copy();
        this.data = data;
        this.gradients = network.newTensorArrays();
        this.all = new int[data.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
    }

    @Override
    public int dimension() {
        return network.parameterCount();
    }

    @Override
    public int sampleCount() {
        return data.count();
    }

    @Override
    public double loss(double[] w, int[] batch) {
        network.setFlatParameters(w);
        if (batch == null) {
            return network.evaluate(data).meanLoss();
        }
        return network.run(data, batch, false, null).meanLoss();
    }

    @Override
    public double lossAndGradient(double[] w, int[] batch, double[] gradient) {
        network.setFlatParameters(w);
        double loss = network.run(data, batch == null ? all : batch, false, gradients)
            .meanLoss();
        int at = 0;
        for (double[] tensor : gradients) {
            System.arraycopy(tensor, 0, gradient, at, tensor.length);
            at += tensor.length;
        }
        return loss;
    }
}
