package org.fracdyn.nn.train;

import org.fracdyn.nn.llc.LlcConfig;

/**
 * When and how a {@link Trainer} run estimates the local learning coefficient of the network
 * it is training (the reference experiment estimates it every 100 steps). Each estimate uses
 * the training split as the data of L_n, the network in evaluation mode, and the seed
 * {@code config.seed() + step}, so estimates are reproducible and independent of each other.
 *
 * @param every estimate at every step that is a multiple of this, {@code >= 1}
 * @param config the SGLD settings
 */
public record LlcSchedule(int every, LlcConfig config) {

    /** Checks the range. */
    public LlcSchedule {
        if (every < 1) {
            throw new IllegalArgumentException("every = " + every + ": expected >= 1 step");
        }
        java.util.Objects.requireNonNull(config, "config");
    }
}
