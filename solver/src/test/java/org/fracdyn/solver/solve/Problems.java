package org.fracdyn.solver.solve;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;

/** Short-hand for the problems of the solver tests. */
final class Problems {

    private Problems() {
    }

    static FokkerPlanckProblem.Builder problem(double alpha, Potential potential, Grid1D grid,
                                               Boundary boundary, InitialDensity initial,
                                               TimeMesh mesh) {
        return FokkerPlanckProblem.builder().alpha(alpha).potential(potential).grid(grid)
            .boundary(boundary).initialDensity(initial).timeMesh(mesh);
    }

    /** @return the graded mesh r = (2 - alpha) / alpha that restores L1's order 2 - alpha */
    static TimeMesh gradedFor(double alpha, double end, int steps) {
        return TimeMesh.graded(end, steps, (2 - alpha) / alpha);
    }
}
