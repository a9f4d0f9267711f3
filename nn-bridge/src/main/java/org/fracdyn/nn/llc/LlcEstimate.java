package org.fracdyn.nn.llc;

import java.util.Set;

/**
 * The result of {@link LlcEstimator#estimate}: lambda_hat = n beta (E[L_n(w)] - L_n(w*)),
 * with its diagnostics.
 *
 * @param lambdaHat the estimate over all usable chains (NaN when none)
 * @param standardError the standard deviation of the per-chain estimates over sqrt(chains)
 *     (NaN with fewer than two usable chains)
 * @param chainEstimates the estimate of each chain (NaN for a chain that failed)
 * @param inverseTemperature the beta used
 * @param sampleCount the n used
 * @param lossAtOptimum L_n(w*) over all samples
 * @param lossTraces per chain, the batch loss L_B(w) of the draws, averaged over blocks of
 *     {@code traceStride} consecutive draws
 * @param traceStride the number of draws per stored trace point
 * @param warnings what is wrong, if anything
 */
public record LlcEstimate(double lambdaHat, double standardError, double[] chainEstimates,
                         double inverseTemperature, int sampleCount, double lossAtOptimum,
                         double[][] lossTraces, int traceStride, Set<LlcWarning> warnings) {

    /** @return whether there is no warning */
    public boolean clean() {
        return warnings.isEmpty();
    }
}
