package org.fracdyn.nn.llc;

/**
 * A regular model with known learning coefficient: the mean of a d-dimensional Gaussian with
 * identity covariance, {@code l(x; w) = ||x - w||^2 / 2}, so
 * {@code L_n(w) = (1/n) sum_i ||x_i - w||^2 / 2}, minimised at the sample mean, with
 * lambda = d / 2 (Watanabe, "Algebraic Geometry and Statistical Learning Theory", 2009: every
 * regular model has lambda = d/2).
 *
 * <p>Under the localised tempered posterior the estimator's exact expectation is
 * {@code n beta d / (2 (n beta + gamma))}, which tends to d / 2 as gamma / (n beta) -> 0.
 */
public final class GaussianMeanModel implements LossModel {

    private final int dimension;
    private final int count;
    private final double[] samples;
    private final double[] mean;
    private final double meanSquare;

    /**
     * @param samples n x d samples, row-major
     * @param dimension d
     */
    public GaussianMeanModel(double[] samples, int dimension) {
        if (dimension < 1 || samples.length % dimension != 0 || samples.length / dimension < 2) {
            throw new IllegalArgumentException("samples.length = " + samples.length
                + ", dimension = " + dimension + ": expected at least 2 whole samples");
        }
        this.dimension = dimension;
        this.count = samples.length / dimension;
        this.samples = samples.clone();
        this.mean = new double[dimension];
        double squares = 0;
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < dimension; k++) {
                double x = samples[i * dimension + k];
                mean[k] += x / count;
                squares += x * x;
            }
        }
        this.meanSquare = squares / count;
    }

    /** @return the minimiser of L_n, the sample mean (a copy) */
    public double[] sampleMean() {
        return mean.clone();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int sampleCount() {
        return count;
    }

    @Override
    public double loss(double[] w, int[] batch) {
        return lossAndGradient(w, batch, null);
    }

    @Override
    public double lossAndGradient(double[] w, int[] batch, double[] gradient) {
        double[] batchMean = mean;
        double batchSquare = meanSquare;
        if (batch != null) {
            batchMean = new double[dimension];
            batchSquare = 0;
            for (int i : batch) {
                for (int k = 0; k < dimension; k++) {
                    double x = samples[i * dimension + k];
                    batchMean[k] += x / batch.length;
                    batchSquare += x * x / batch.length;
                }
            }
        }
        double loss = batchSquare / 2;
        for (int k = 0; k < dimension; k++) {
            loss += w[k] * w[k] / 2 - w[k] * batchMean[k];
            if (gradient != null) {
                gradient[k] = w[k] - batchMean[k];
            }
        }
        return loss;
    }
}
