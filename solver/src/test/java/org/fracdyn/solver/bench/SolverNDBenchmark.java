package org.fracdyn.solver.bench;

import java.util.Locale;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensityND;
import org.fracdyn.solver.solve.FokkerPlanckSolverND;
import org.fracdyn.solver.solve.LinearSolveMethod;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.SchemeFactory;
import org.fracdyn.solver.solve.SolutionND;

/**
 * The 2D benchmark: a 256 x 256 harmonic trap for 1000 L1 steps (alpha = 0.5, direct
 * history), with the same run at alpha = 1 (no history: the linear solves alone) and, for
 * the ratios, short runs with each linear solve on the uniform and on the graded mesh. Prints
 * wall times; not a test. Run with a heap of at least 2 GiB (the direct history is 0.5 GiB):
 * {@code java -Xmx3g -cp <test and main classes, EJML, Hipparchus, SLF4J>
 * org.fracdyn.solver.bench.SolverNDBenchmark}.
 */
public final class SolverNDBenchmark {

    private SolverNDBenchmark() {
    }

    /**
     * @param args optional: the number of steps of the main run (default 1000)
     */
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        GridND grid = GridND.of(new double[] {-5, -5}, new double[] {5, 5},
            new int[] {256, 256}, Boundary.REFLECTING);

        double main = time("alpha 0.5, uniform, " + steps + " steps, auto", grid, 0.5,
            TimeMesh.uniform(1, steps), LinearSolveMethod.AUTO) / steps;
        double solvesOnly = time("alpha 1, uniform, " + steps + " steps, direct", grid, 1.0,
            TimeMesh.uniform(1, steps), LinearSolveMethod.DIRECT) / steps;

        // Same step size tau = 1e-3, hence the same w_n, as the main run.
        double directUniform = time("alpha 0.5, uniform, 100 steps, direct", grid, 0.5,
            TimeMesh.uniform(0.1, 100), LinearSolveMethod.DIRECT) / 100;
        double cgUniform = time("alpha 0.5, uniform, 100 steps, conjugate gradients", grid,
            0.5, TimeMesh.uniform(0.1, 100), LinearSolveMethod.CONJUGATE_GRADIENT) / 100;
        double directGraded = time("alpha 0.5, graded r = 3, 50 steps, direct", grid, 0.5,
            TimeMesh.graded(0.05, 50, 3), LinearSolveMethod.DIRECT) / 50;
        double cgGraded = time("alpha 0.5, graded r = 3, 50 steps, conjugate gradients", grid,
            0.5, TimeMesh.graded(0.05, 50, 3), LinearSolveMethod.CONJUGATE_GRADIENT) / 50;

        System.out.printf(Locale.ROOT, "per step: main run %.1f ms, of which linear solve "
            + "%.1f ms; uniform mesh CG / direct = %.2f; graded mesh direct (refactorised) / "
            + "CG = %.2f%n", main * 1e3, solvesOnly * 1e3, cgUniform / directUniform,
            directGraded / cgGraded);
    }

    private static double time(String label, GridND grid, double alpha, TimeMesh mesh,
                               LinearSolveMethod method) {
        FokkerPlanckProblemND problem = FokkerPlanckProblemND.builder().alpha(alpha)
            .potential(new RadialHarmonic(1.0, 0, 0)).grid(grid)
            .initialDensity(new InitialDensityND.Gaussian(new double[] {1.0, -0.5},
                new double[] {0.3, 0.3}))
            .timeMesh(mesh).build();
        FokkerPlanckSolverND solver = new FokkerPlanckSolverND(SchemeFactory.l1Direct(), method);

        long start = System.nanoTime();
        SolutionND solution = solver.solve(problem, OutputRequest.of(0));
        double seconds = (System.nanoTime() - start) * 1e-9;

        System.out.printf(Locale.ROOT, "%-52s %8.2f s  (%s; mass - 1 = %.1e)%n", label,
            seconds, solution.linearSolve(), solution.finalMoments().mass() - 1);
        return seconds;
    }
}
