package org.fracdyn.solver.solve;

/**
 * A solve that could not continue: a linear system without a usable pivot, or a density that
 * became non-finite. The message gives the time, the step size and a hint.
 */
public final class SolveFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int step;
    private final double time;
    private final double stepSize;

    /**
     * @param step the step that failed
     * @param time the time t_step it was to reach
     * @param stepSize tau_step
     * @param problem what went wrong
     * @param hint what the user can change
     * @param cause the underlying exception, or null
     */
    public SolveFailedException(int step, double time, double stepSize, String problem,
                                String hint, Throwable cause) {
        super("step " + step + " to t = " + time + " (tau = " + stepSize + "): " + problem
            + "; " + hint, cause);
        this.step = step;
        this.time = time;
        this.stepSize = stepSize;
    }

    /** @return the step that failed */
    public int step() {
        return step;
    }

    /** @return the time the failed step was to reach */
    public double time() {
        return time;
    }

    /** @return the size of the failed step */
    public double stepSize() {
        return stepSize;
    }
}
