package org.fracdyn.solver.solve;

import java.util.List;
import java.util.function.IntFunction;

import org.fracdyn.solver.mesh.TimeMesh;

/**
 * The mapping of requested profile times to time-mesh levels, and the recording of the
 * profiles due at a level, shared by {@link FokkerPlanckSolver} and
 * {@link FokkerPlanckSolverND}. A requested time t is served by the first level n with
 * t_n &gt;= t, where times within {@link #TIME_MATCH} T of a mesh time count as equal to it.
 */
final class OutputSteps {

    /** Requested times within this fraction of the end time of a mesh time map to it. */
    static final double TIME_MATCH = 1e-12;

    private OutputSteps() {
    }

    /**
     * @param mesh the time mesh
     * @param times sorted requested times
     * @return for each time, the first level n with t_n &gt;= t (up to TIME_MATCH T)
     * @throws IllegalArgumentException if a time is beyond the end time T
     */
    static int[] of(TimeMesh mesh, double[] times) {
        double end = mesh.end();
        double slack = TIME_MATCH * end;
        int[] levels = new int[times.length];
        int n = 0;
        for (int j = 0; j < times.length; j++) {
            if (times[j] > end + slack) {
                throw new IllegalArgumentException("output.times[" + j + "] = " + times[j]
                    + ": expected a time within [0, " + end + "] (time.end)");
            }
            while (n < mesh.steps() && mesh.time(n) < times[j] - slack) {
                n++;
            }
            levels[j] = n;
        }
        return levels;
    }

    /**
     * Records the profiles due at level n: those of the requested times from index
     * {@code from} on whose level is n.
     *
     * @param n the level just reached
     * @param outputSteps the levels of the requested times, from {@link #of}
     * @param from the index of the first requested time not yet recorded
     * @param profileOf makes the profile of the requested time with the given index
     * @param profiles where the profiles are added
     * @param <P> the profile type
     * @return the index of the first requested time still not recorded
     */
    static <P> int record(int n, int[] outputSteps, int from, IntFunction<P> profileOf,
                          List<P> profiles) {
        int j = from;
        while (j < outputSteps.length && outputSteps[j] == n) {
            profiles.add(profileOf.apply(j));
            j++;
        }
        return j;
    }
}
