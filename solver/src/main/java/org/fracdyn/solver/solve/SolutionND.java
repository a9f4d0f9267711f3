package org.fracdyn.solver.solve;

import java.util.List;

import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;

/**
 * The result of a d-dimensional solve. Immutable.
 *
 * @param problem the problem solved
 * @param moments the moment rows in time order: t = 0, every {@code every} steps, each output
 *     time, and t = end, each level once
 * @param profiles the requested profiles, in the order of the sorted requested times
 * @param finalProfile the density at t = end
 * @param linearSolve how the implicit systems were solved, e.g. "sparse Cholesky
 *     (symmetrised, nested dissection), 1 factorisation"
 */
public record SolutionND(FokkerPlanckProblemND problem, List<MomentsND> moments,
                         List<ProfileND> profiles, ProfileND finalProfile, String linearSolve) {

    /** Copies the lists. */
    public SolutionND {
        moments = List.copyOf(moments);
        profiles = List.copyOf(profiles);
    }

    /** @return the grid the profiles live on */
    public GridND grid() {
        return problem.grid();
    }

    /** @return the moments at t = end */
    public MomentsND finalMoments() {
        return moments.get(moments.size() - 1);
    }

    /** @return the moments at t = 0 */
    public MomentsND initialMoments() {
        return moments.get(0);
    }
}
