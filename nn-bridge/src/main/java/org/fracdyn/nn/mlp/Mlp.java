package org.fracdyn.nn.mlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.nn.data.LabelledImages;

/**
 * A fully connected ReLU classifier with optional batch normalisation and a softmax
 * cross-entropy loss, with its forward and backward passes.
 *
 * <p>Hidden layer l computes {@code z = a W^T + b}, then (with batch norm)
 * {@code y = gamma (z - mu) / sqrt(var + 1e-5) + beta}, then {@code a' = max(y, 0)}; the output
 * layer computes logits {@code a W^T + b}, and the loss of a batch of m examples is
 * {@code L = -(1/m) sum_i log softmax(logits_i)[label_i]}. In training mode batch norm uses the
 * batch mean and biased variance and updates running statistics (momentum 0.1, the running
 * variance unbiased), as PyTorch does (Ioffe and Szegedy 2015, arXiv:1502.03167); in evaluation
 * mode it uses the running statistics, so the loss is a fixed function of the parameters.
 *
 * <p>Parameter tensors are named as in PyTorch: {@code fc1.weight} (out x in, row-major),
 * {@code fc1.bias}, {@code bn1.weight} (gamma), {@code bn1.bias} (beta), ..., and the output
 * layer {@code fc<L+1>}. Initialisation (He, Zhang, Ren and Sun 2015, arXiv:1502.01852):
 * weights normal with variance 2 / fan-in, biases 0, gamma 1, beta 0, from a seeded
 * L64X128MixRandom; the same seed gives the same network.
 *
 * <p>Mutable and not thread-safe: it owns its parameters and its workspace.
 */
public final class Mlp {

    /** Batch-norm epsilon, as in PyTorch. */
    public static final double BN_EPSILON = 1e-5;
    /** Batch-norm running-statistics momentum, as in PyTorch. */
    public static final double BN_MOMENTUM = 0.1;

    private final MlpSpec spec;
    private final List<String> names;
    private final List<double[]> tensors;
    private final List<int[]> shapes;
    private final int[] weightIndex;
    private final int[] biasIndex;
    private final int[] gammaIndex;
    private final int[] betaIndex;
    private final double[][] runningMean;
    private final double[][] runningVar;
    private final Map<Integer, Workspace> workspaces = new HashMap<>();

    private Mlp(MlpSpec spec) {
        this.spec = spec;
        int layers = spec.layerCount();
        List<String> tensorNames = new ArrayList<>();
        tensors = new ArrayList<>();
        shapes = new ArrayList<>();
        weightIndex = new int[layers];
        biasIndex = new int[layers];
        gammaIndex = new int[layers];
        betaIndex = new int[layers];
        runningMean = new double[layers][];
        runningVar = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int in = spec.layerInputs(l);
            int out = spec.layerOutputs(l);
            weightIndex[l] = add(tensorNames, "fc" + (l + 1) + ".weight", out, in);
            biasIndex[l] = add(tensorNames, "fc" + (l + 1) + ".bias", out, 1);
            gammaIndex[l] = -1;
            betaIndex[l] = -1;
            if (spec.batchNorm() && l < layers - 1) {
                gammaIndex[l] = add(tensorNames, "bn" + (l + 1) + ".weight", out, 1);
                betaIndex[l] = add(tensorNames, "bn" + (l + 1) + ".bias", out, 1);
                runningMean[l] = new double[out];
                runningVar[l] = new double[out];
                java.util.Arrays.fill(runningVar[l], 1.0);
            }
        }
        names = Collections.unmodifiableList(tensorNames);
    }

    private int add(List<String> tensorNames, String name, int rows, int columns) {
        tensorNames.add(name);
        tensors.add(new double[rows * columns]);
        shapes.add(columns == 1 ? new int[] {rows} : new int[] {rows, columns});
        return tensors.size() - 1;
    }

    /**
     * Creates a network with He-initialised weights.
     *
     * @param spec the architecture
     * @param seed the seed of the initialisation
     * @return the network
     */
    public static Mlp initialise(MlpSpec spec, long seed) {
        Mlp mlp = new Mlp(spec);
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        for (int l = 0; l < spec.layerCount(); l++) {
            double scale = Math.sqrt(2.0 / spec.layerInputs(l));
            double[] weights = mlp.tensors.get(mlp.weightIndex[l]);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = scale * random.nextGaussian();
            }
            if (mlp.gammaIndex[l] >= 0) {
                java.util.Arrays.fill(mlp.tensors.get(mlp.gammaIndex[l]), 1.0);
            }
        }
        return mlp;
    }

    /**
     * Creates a network with all parameters zero and running statistics (0, 1); for loading.
     *
     * @param spec the architecture
     * @return the network
     */
    public static Mlp zeros(MlpSpec spec) {
        return new Mlp(spec);
    }

    /** @return the architecture */
    public MlpSpec spec() {
        return spec;
    }

    /** @return the parameter-tensor names in order */
    public List<String> parameterNames() {
        return names;
    }

    /** @return the shape of a tensor: {rows, columns} for weights, {length} otherwise */
    public int[] shape(int tensor) {
        return shapes.get(tensor).clone();
    }

    /** @return the number of parameter tensors */
    public int tensorCount() {
        return tensors.size();
    }

    /** @return the total number of parameters */
    public int parameterCount() {
        int count = 0;
        for (double[] tensor : tensors) {
            count += tensor.length;
        }
        return count;
    }

    /**
     * The live array of a tensor: writes change the network (the optimiser uses this).
     *
     * @param tensor its index in {@link #parameterNames()}
     * @return the array
     */
    public double[] tensor(int tensor) {
        return tensors.get(tensor);
    }

    /** @return new zero arrays shaped like the parameter tensors (for gradients) */
    public double[][] newTensorArrays() {
        double[][] arrays = new double[tensors.size()][];
        for (int t = 0; t < arrays.length; t++) {
            arrays[t] = new double[tensors.get(t).length];
        }
        return arrays;
    }

    /** @return all parameters concatenated in tensor order (a copy) */
    public double[] flatParameters() {
        double[] flat = new double[parameterCount()];
        int at = 0;
        for (double[] tensor : tensors) {
            System.arraycopy(tensor, 0, flat, at, tensor.length);
            at += tensor.length;
        }
        return flat;
    }

    /** @param flat all parameters concatenated in tensor order */
    public void setFlatParameters(double[] flat) {
        if (flat.length != parameterCount()) {
            throw new IllegalArgumentException("flat.length = " + flat.length + ": expected "
                + parameterCount() + " parameters");
        }
        int at = 0;
        for (double[] tensor : tensors) {
            System.arraycopy(flat, at, tensor, 0, tensor.length);
            at += tensor.length;
        }
    }

    /**
     * The live running mean of a batch-norm layer (null when the layer has none).
     *
     * @param layer the 0-based hidden layer
     * @return the array
     */
    public double[] runningMean(int layer) {
        return runningMean[layer];
    }

    /** @param layer the 0-based hidden layer @return the live running variance, or null */
    public double[] runningVariance(int layer) {
        return runningVar[layer];
    }

    /** @return a deep copy: parameters and running statistics */
    public Mlp copy() {
        Mlp copy = new Mlp(spec);
        for (int t = 0; t < tensors.size(); t++) {
            System.arraycopy(tensors.get(t), 0, copy.tensors.get(t), 0, tensors.get(t).length);
        }
        for (int l = 0; l < runningMean.length; l++) {
            if (runningMean[l] != null) {
                System.arraycopy(runningMean[l], 0, copy.runningMean[l], 0,
                    runningMean[l].length);
                System.arraycopy(runningVar[l], 0, copy.runningVar[l], 0, runningVar[l].length);
            }
        }
        return copy;
    }

    /** The mean loss and the number of correct predictions of one pass. */
    public record BatchResult(double meanLoss, int correct, int count) {
        /** @return the fraction of correct predictions */
        public double accuracy() {
            return (double) correct / count;
        }
    }

    /**
     * Runs the network on a batch of examples and, when gradient arrays are given, writes the
     * gradient of the batch's mean loss into them.
     *
     * @param data the images
     * @param rows the indices of the examples (one batch)
     * @param training true: batch statistics in batch norm and running statistics updated;
     *     false: running statistics
     * @param gradients arrays shaped as {@link #newTensorArrays()}, overwritten with dL/dparam;
     *     null to skip the backward pass
     * @return the mean loss and the number of correct predictions
     */
    public BatchResult run(LabelledImages data, int[] rows, boolean training,
                           double[][] gradients) {
        if (data.features() != spec.inputs() || data.classes() > spec.outputs()) {
            throw new IllegalArgumentException("data: " + data.features() + " inputs and "
                + data.classes() + " classes; the network takes " + spec.inputs()
                + " inputs and " + spec.outputs() + " classes");
        }
        int m = rows.length;
        if (m < 1 || (training && spec.batchNorm() && m < 2)) {
            throw new IllegalArgumentException("rows.length = " + m
                + ": expected >= 1 example (>= 2 for batch norm in training mode)");
        }
        Workspace work = workspaces.computeIfAbsent(m, size -> new Workspace(spec, size));
        int features = spec.inputs();
        float[] pixels = data.pixels();
        for (int i = 0; i < m; i++) {
            int from = rows[i] * features;
            int to = i * features;
            for (int p = 0; p < features; p++) {
                work.activations[0][to + p] = pixels[from + p];
            }
        }

        forward(work, m, training);
        BatchResult result = softmaxLoss(work, data.labels(), rows, m);
        if (gradients != null) {
            backward(work, m, training, gradients);
        }
        return result;
    }

    private void forward(Workspace work, int m, boolean training) {
        int layers = spec.layerCount();
        for (int l = 0; l < layers; l++) {
            int in = spec.layerInputs(l);
            int out = spec.layerOutputs(l);
            double[] z = work.preActivations[l];
            LayerProducts.forward(work.activations[l], tensors.get(weightIndex[l]), z, m, in, out);
            double[] bias = tensors.get(biasIndex[l]);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < out; j++) {
                    z[i * out + j] += bias[j];
                }
            }
            if (l == layers - 1) {
                break;
            }
            double[] y = z;
            if (gammaIndex[l] >= 0) {
                y = work.normalised[l];
                normalise(l, work, z, m, out, training);
            }
            double[] a = work.activations[l + 1];
            for (int k = 0; k < m * out; k++) {
                a[k] = y[k] > 0 ? y[k] : 0.0;
            }
        }
    }

    /** Batch norm forward: writes xhat into work.centred[l], gamma xhat + beta into y. */
    private void normalise(int l, Workspace work, double[] z, int m, int out, boolean training) {
        double[] gamma = tensors.get(gammaIndex[l]);
        double[] beta = tensors.get(betaIndex[l]);
        double[] xhat = work.centred[l];
        double[] invStd = work.inverseStd[l];
        double[] y = work.normalised[l];
        for (int j = 0; j < out; j++) {
            double mean;
            double variance;
            if (training) {
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    sum += z[i * out + j];
                }
                mean = sum / m;
                double squares = 0;
                for (int i = 0; i < m; i++) {
                    double d = z[i * out + j] - mean;
                    squares += d * d;
                }
                variance = squares / m;
                runningMean[l][j] = (1 - BN_MOMENTUM) * runningMean[l][j] + BN_MOMENTUM * mean;
                runningVar[l][j] = (1 - BN_MOMENTUM) * runningVar[l][j]
                    + BN_MOMENTUM * squares / (m - 1);
            } else {
                mean = runningMean[l][j];
                variance = runningVar[l][j];
            }
            invStd[j] = 1.0 / Math.sqrt(variance + BN_EPSILON);
            for (int i = 0; i < m; i++) {
                int k = i * out + j;
                xhat[k] = (z[k] - mean) * invStd[j];
                y[k] = gamma[j] * xhat[k] + beta[j];
            }
        }
    }

    private BatchResult softmaxLoss(Workspace work, int[] labels, int[] rows, int m) {
        int classes = spec.outputs();
        double[] logits = work.preActivations[spec.layerCount() - 1];
        double[] delta = work.outputDelta;
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < m; i++) {
            int at = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            int best = 0;
            for (int c = 0; c < classes; c++) {
                if (logits[at + c] > max) {
                    max = logits[at + c];
                    best = c;
                }
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                delta[at + c] = Math.exp(logits[at + c] - max);
                sum += delta[at + c];
            }
            int label = labels[rows[i]];
            loss += Math.log(sum) + max - logits[at + label];
            if (best == label) {
                correct++;
            }
            for (int c = 0; c < classes; c++) {
                delta[at + c] = (delta[at + c] / sum - (c == label ? 1 : 0)) / m;
            }
        }
        return new BatchResult(loss / m, correct, m);
    }

    private void backward(Workspace work, int m, boolean training, double[][] gradients) {
        int layers = spec.layerCount();
        double[] dz = work.outputDelta;
        for (int l = layers - 1; l >= 0; l--) {
            int in = spec.layerInputs(l);
            int out = spec.layerOutputs(l);
            LayerProducts.weightGradient(dz, work.activations[l], gradients[weightIndex[l]], m,
                in, out);
            double[] db = gradients[biasIndex[l]];
            java.util.Arrays.fill(db, 0.0);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < out; j++) {
                    db[j] += dz[i * out + j];
                }
            }
            if (l == 0) {
                break;
            }
            double[] da = work.activationDelta[l];
            LayerProducts.inputGradient(dz, tensors.get(weightIndex[l]), da, m, in, out);
            int h = l - 1;
            double[] y = gammaIndex[h] >= 0 ? work.normalised[h] : work.preActivations[h];
            for (int k = 0; k < m * in; k++) {
                if (y[k] <= 0) {
                    da[k] = 0.0;
                }
            }
            if (gammaIndex[h] >= 0) {
                normaliseBackward(h, work, da, m, in, training, gradients);
            }
            dz = da;
        }
    }

    /** Batch norm backward, in place: dy in, dz out. */
    private void normaliseBackward(int l, Workspace work, double[] d, int m, int out,
                                   boolean training, double[][] gradients) {
        double[] gamma = tensors.get(gammaIndex[l]);
        double[] dGamma = gradients[gammaIndex[l]];
        double[] dBeta = gradients[betaIndex[l]];
        double[] xhat = work.centred[l];
        double[] invStd = work.inverseStd[l];
        for (int j = 0; j < out; j++) {
            double sumDy = 0;
            double sumDyXhat = 0;
            for (int i = 0; i < m; i++) {
                int k = i * out + j;
                sumDy += d[k];
                sumDyXhat += d[k] * xhat[k];
            }
            dGamma[j] = sumDyXhat;
            dBeta[j] = sumDy;
            double scale = gamma[j] * invStd[j];
            for (int i = 0; i < m; i++) {
                int k = i * out + j;
                d[k] = training
                    ? scale * (d[k] - sumDy / m - xhat[k] * sumDyXhat / m)
                    : scale * d[k];
            }
        }
    }

    /**
     * Evaluates the mean loss and accuracy over a whole data set in evaluation mode.
     *
     * @param data the images
     * @return the mean loss and accuracy
     */
    public BatchResult evaluate(LabelledImages data) {
        int chunk = 500;
        double lossSum = 0;
        int correct = 0;
        for (int from = 0; from < data.count(); from += chunk) {
            int size = Math.min(chunk, data.count() - from);
            int[] rows = new int[size];
            for (int i = 0; i < size; i++) {
                rows[i] = from + i;
            }
            BatchResult part = run(data, rows, false, null);
            lossSum += part.meanLoss() * size;
            correct += part.correct();
        }
        return new BatchResult(lossSum / data.count(), correct, data.count());
    }

    /** Buffers for one batch size. */
    private static final class Workspace {
        final double[][] activations;
        final double[][] preActivations;
        final double[][] normalised;
        final double[][] centred;
        final double[][] inverseStd;
        final double[][] activationDelta;
        final double[] outputDelta;

        Workspace(MlpSpec spec, int m) {
            int layers = spec.layerCount();
            activations = new double[layers][];
            preActivations = new double[layers][];
            normalised = new double[layers][];
            centred = new double[layers][];
            inverseStd = new double[layers][];
            activationDelta = new double[layers][];
            for (int l = 0; l < layers; l++) {
                activations[l] = new double[m * spec.layerInputs(l)];
                activationDelta[l] = new double[m * spec.layerInputs(l)];
                preActivations[l] = new double[m * spec.layerOutputs(l)];
                if (spec.batchNorm() && l < layers - 1) {
                    normalised[l] = new double[m * spec.layerOutputs(l)];
                    centred[l] = new double[m * spec.layerOutputs(l)];
                    inverseStd[l] = new double[spec.layerOutputs(l)];
                }
            }
            outputDelta = new double[m * spec.outputs()];
        }
    }
}
