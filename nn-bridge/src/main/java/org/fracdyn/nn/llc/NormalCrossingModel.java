package org.fracdyn.nn.llc;

import java.util.Arrays;

/**
 * A singular model with known learning coefficient: the potential
 * {@code K(w) = prod_i w_i^(2 k_i)}, whose minimum set {@code K = 0} is a normal crossing at
 * w* = 0, with lambda = min_i 1 / (2 k_i) under a prior positive at 0 (Watanabe 2009; e.g.
 * {@code w1^2 w2^4}: lambda = 1/4).
 *
 * <p>There is no data: {@code L_n(w) = K(w)} for every batch, and n enters only through the
 * inverse temperature n beta of the tempered posterior. At finite n beta and localisation gamma
 * the estimator's expectation is {@code n beta E[K]} under
 * {@code exp(-n beta K(w) - gamma ||w||^2 / 2)}, which tends to lambda as n beta -> infinity
 * (slowly: for {@code w1^2 w2^4} the correction falls like (n beta)^(-1/4)).
 */
public final class NormalCrossingModel implements LossModel {

    private final int[] exponents;
    private final int count;

    /**
     * @param halfExponents k_i, each {@code >= 1}
     * @param sampleCount the n that sets the inverse temperature, {@code >= 2}
     */
    public NormalCrossingModel(int[] halfExponents, int sampleCount) {
        if (halfExponents.length < 1) {
            throw new IllegalArgumentException("halfExponents: expected at least one");
        }
        for (int k : halfExponents) {
            if (k < 1) {
                throw new IllegalArgumentException("halfExponents = "
                    + Arrays.toString(halfExponents) + ": each must be >= 1");
            }
        }
        if (sampleCount < 2) {
            throw new IllegalArgumentException("sampleCount = " + sampleCount
                + ": expected >= 2");
        }
        this.exponents = halfExponents.clone();
        this.count = sampleCount;
    }

    /** @return the exact learning coefficient min_i 1 / (2 k_i) */
    public double learningCoefficient() {
        int largest = Arrays.stream(exponents).max().orElseThrow();
        return 1.0 / (2 * largest);
    }

    @Override
    public int dimension() {
        return exponents.length;
    }

    @Override
    public int sampleCount() {
        return count;
    }

    @Override
    public double loss(double[] w, int[] batch) {
        double product = 1;
        for (int i = 0; i < exponents.length; i++) {
            product *= Math.pow(w[i], 2 * exponents[i]);
        }
        return product;
    }

    @Override
    public double lossAndGradient(double[] w, int[] batch, double[] gradient) {
        double product = loss(w, batch);
        for (int i = 0; i < exponents.length; i++) {
            double others = 1;
            for (int j = 0; j < exponents.length; j++) {
                if (j != i) {
                    others *= Math.pow(w[j], 2 * exponents[j]);
                }
            }
            gradient[i] = 2 * exponents[i] * Math.pow(w[i], 2 * exponents[i] - 1) * others;
        }
        return product;
    }
}
