package org.fracdyn.solver.solve;

/**
 * Receives the progress of a solve after each time step; the CLI turns it into a progress
 * bar. Called on the solving thread; keep it cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (step, totalSteps, time) -> { };

    /**
     * @param step the step just completed, 1 &lt;= step &lt;= totalSteps
     * @param totalSteps the number of steps N
     * @param time the time t_step reached
     */
    void onStep(int step, int totalSteps, double time);
}
