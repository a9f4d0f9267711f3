package org.fracdyn.nn.train;

/**
 * Receives the progress of a {@link Trainer} run (the CLI turns it into a progress bar). All
 * methods are called on the training thread; they should return quickly.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** @param totalSteps the number of steps the run will take */
    default void started(long totalSteps) {
    }

    /**
     * @param step the step just taken, 1-based
     * @param batchLoss the minibatch loss before the update
     */
    default void stepped(long step, double batchLoss) {
    }

    /**
     * @param step the step at which the local learning coefficient was estimated
     * @param estimate the estimate and its diagnostics
     */
    default void llcEstimated(long step, org.fracdyn.nn.llc.LlcEstimate estimate) {
    }

    /** @param report the end-of-epoch evaluation (epoch 0: the initial network) */
    default void epochFinished(EpochReport report) {
    }
}
