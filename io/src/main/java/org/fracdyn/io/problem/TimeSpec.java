package org.fracdyn.io.problem;

import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * The time stepping of a problem: N steps from 0 to T on the mesh t_n = T (n / N)^r (see
 * {@link org.fracdyn.solver.mesh.TimeMesh}), with a Caputo scheme and a history method.
 *
 * @param end the final time T &gt; 0, in the time unit of the problem
 * @param steps the number of steps N, 1 &lt;= N &lt;= {@link #MAX_STEPS}
 * @param grading the grading exponent r &gt;= 1 (1 is the uniform mesh)
 * @param scheme the Caputo scheme
 * @param history how the scheme keeps its history
 */
public record TimeSpec(double end, int steps, double grading, SchemeKind scheme,
                       HistoryKind history) {

    /** The largest number of time steps accepted. */
    public static final int MAX_STEPS = 100_000_000;

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public TimeSpec {
        if (!(end > 0 && Double.isFinite(end))) {
            throw new IllegalArgumentException("time.end = " + end
                + ": expected a finite number > 0");
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("time.steps = " + steps
                + ": expected an integer in [1, " + MAX_STEPS + "]");
        }
        if (!(grading >= 1 && Double.isFinite(grading))) {
            throw new IllegalArgumentException("time.grading = " + grading
                + ": expected a finite number >= 1");
        }
        if (scheme == null || history == null) {
            throw new IllegalArgumentException("time.scheme and time.history: expected both");
        }
    }
}
