package org.fracdyn.lattice.ctrw;

/**
 * Progress of a {@link CtrwSimulator} run, reported once per finished block of walkers.
 * Called from worker threads: implementations must be thread-safe.
 */
@FunctionalInterface
public interface CtrwProgressListener {

    /** A listener that ignores progress. */
    CtrwProgressListener NONE = (done, total) -> { };

    /**
     * @param blocksDone the number of blocks finished so far
     * @param blocks the number of blocks in the run
     */
    void blockFinished(int blocksDone, int blocks);
}
