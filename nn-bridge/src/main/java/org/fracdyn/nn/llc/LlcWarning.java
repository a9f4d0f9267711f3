package org.fracdyn.nn.llc;

/** What can make an estimate of the local learning coefficient untrustworthy. */
public enum LlcWarning {
    /** The estimate is negative: w* is not a local minimum, or the chains wandered to lower
     * loss (a larger gamma or a better-trained w* helps). */
    NEGATIVE_ESTIMATE,
    /** A chain produced a NaN or infinite loss and was left out (the step size is too big). */
    NON_FINITE_CHAIN,
    /** A chain's loss increase grew by more than the divergence factor between its first and
     * last quarter of draws (not stationary: a smaller step or a larger gamma helps). */
    GROWING_CHAIN,
    /** Every chain failed: there is no estimate. */
    NO_ESTIMATE
}
