package org.fracdyn.nn.train;

/**
 * The state at the end of one epoch, evaluated in evaluation mode on the whole splits.
 *
 * @param epoch the epoch, 1-based (0 is the initial network)
 * @param step the optimiser steps taken so far
 * @param trainLoss mean cross-entropy on the training split (nats)
 * @param trainAccuracy fraction correct on the training split
 * @param testLoss mean cross-entropy on the test split (nats)
 * @param testAccuracy fraction correct on the test split
 * @param displacement ||w_t - w_0||_2 over all parameters
 */
public record EpochReport(int epoch, long step, double trainLoss, double trainAccuracy,
                          double testLoss, double testAccuracy, double displacement) {
}
