package org.fracdyn.solver.solve;

import java.util.List;

import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.problem.FokkerPlanckProblem;

/**
 * The result of a solve. Immutable.
 *
 * @param problem the problem solved
 * @param moments the moment rows in time order: t = 0, every {@code every} steps, each output
 *     time, and t = end, each level once
 * @param profiles the requested profiles, in the order of the sorted requested times
 * @param finalProfile the density at t = end (requested time = end)
 */
public record Solution(FokkerPlanckProblem problem, List<Moments> moments,
                       List<Profile> profiles, Profile finalProfile) {

    /** Copies the lists. */
    public Solution {
        moments = List.copyOf(moments);
        profiles = List.copyOf(profiles);
    }

    /** @return the grid the profiles live on */
    public Grid1D grid() {
        return problem.grid();
    }

    /** @return the moments at t = end */
    public Moments finalMoments() {
        return moments.get(moments.size() - 1);
    }

    /** @return the moments at t = 0 */
    public Moments initialMoments() {
        return moments.get(0);
    }
}
