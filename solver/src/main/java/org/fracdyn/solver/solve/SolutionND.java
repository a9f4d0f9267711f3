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

    /**
     * @return the shape (T, M_1, ..., M_d) of {@link #stackedProfiles()}: the number of
     *     requested profiles, then the grid
     */
    public int[] stackedShape() {
        int[] grid = problem.grid().shape();
        int[] shape = new int[grid.length + 1];
        shape[0] = profiles.size();
        System.arraycopy(grid, 0, shape, 1, grid.length);
        return shape;
    }

    /**
     * The requested profiles stacked in one row-major array of shape {@link #stackedShape()}
     * (time first, then the grid), the layout of a C-order {@code .npy} array.
     *
     * @return a new array
     * @throws IllegalArgumentException if the stack would exceed the largest Java array
     */
    public double[] stackedProfiles() {
        int cells = problem.grid().size();
        long length = (long) profiles.size() * cells;
        if (length > GridND.MAX_CELLS) {
            throw new IllegalArgumentException("output.times: " + profiles.size()
                + " profiles of " + cells + " cells exceed one array (" + GridND.MAX_CELLS
                + " values); request fewer times");
        }
        double[] stack = new double[(int) length];
        for (int j = 0; j < profiles.size(); j++) {
            System.arraycopy(profiles.get(j).density(), 0, stack, j * cells, cells);
        }
        return stack;
    }
}
