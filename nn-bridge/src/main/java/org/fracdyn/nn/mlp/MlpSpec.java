package org.fracdyn.nn.mlp;

import java.util.List;

/**
 * The architecture of a fully connected classifier: {@code inputs -> hidden[0] -> ... ->
 * outputs}, each hidden layer an affine map, optionally batch normalisation, then ReLU; the
 * output layer affine, followed by softmax cross-entropy.
 *
 * @param inputs the number of inputs, {@code >= 1} (784 for 28 x 28 images)
 * @param hidden the widths of the hidden layers, each {@code >= 1}; may be empty
 * @param outputs the number of classes, {@code >= 2}
 * @param batchNorm whether each hidden layer has batch normalisation before its ReLU
 */
public record MlpSpec(int inputs, List<Integer> hidden, int outputs, boolean batchNorm) {

    /** The largest parameter count accepted (a bound on memory: 8 bytes each, times four). */
    public static final long MAX_PARAMETERS = 100_000_000L;

    /** Checks the sizes. */
    public MlpSpec {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs = " + inputs + ": expected >= 1");
        }
        if (outputs < 2) {
            throw new IllegalArgumentException("outputs = " + outputs + ": expected >= 2");
        }
        hidden = List.copyOf(hidden);
        for (int width : hidden) {
            if (width < 1) {
                throw new IllegalArgumentException("hidden = " + hidden
                    + ": every width must be >= 1");
            }
        }
        long count = 0;
        int previous = inputs;
        for (int width : hidden) {
            count += (long) previous * width + width + (batchNorm ? 2L * width : 0);
            previous = width;
        }
        count += (long) previous * outputs + outputs;
        if (count > MAX_PARAMETERS) {
            throw new IllegalArgumentException("hidden = " + hidden + ": " + count
                + " parameters would need " + 32 * count + " bytes (values, gradients,"
                + " momentum, initial copy); at most " + MAX_PARAMETERS + " parameters");
        }
    }

    /** @return the number of affine layers, hidden plus output */
    public int layerCount() {
        return hidden.size() + 1;
    }

    /** @return the input width of affine layer {@code l} (0-based) */
    public int layerInputs(int l) {
        return l == 0 ? inputs : hidden.get(l - 1);
    }

    /** @return the output width of affine layer {@code l} (0-based) */
    public int layerOutputs(int l) {
        return l == hidden.size() ? outputs : hidden.get(l);
    }
}
