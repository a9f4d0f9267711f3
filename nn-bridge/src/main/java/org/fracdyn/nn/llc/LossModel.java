package org.fracdyn.nn.llc;

/**
 * An empirical loss L_n(w) = (1/n) sum_i l(x_i; w) over n samples, with minibatch estimates,
 * as the SGLD estimator of the local learning coefficient needs it.
 *
 * <p>A batch is an array of sample indices in [0, n); {@code null} means all n samples. A
 * model without data (a fixed potential K(w)) ignores the batch and uses n only as the sample
 * size that sets the inverse temperature. Implementations may keep a workspace and need not
 * be thread-safe.
 */
public interface LossModel {

    /** @return the number of parameters d */
    int dimension();

    /** @return the number of samples n, {@code >= 2} */
    int sampleCount();

    /**
     * @param w the parameters (length d; not modified)
     * @param batch sample indices, or null for all
     * @return the mean loss over the batch
     */
    double loss(double[] w, int[] batch);

    /**
     * @param w the parameters (length d; not modified)
     * @param batch sample indices, or null for all
     * @param gradient overwritten with the gradient of the mean batch loss (length d)
     * @return the mean loss over the batch
     */
    double lossAndGradient(double[] w, int[] batch, double[] gradient);
}
