package org.fracdyn.solver.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast (sum-of-exponentials) history against the direct one on a whole Fokker-Planck
 * solve: the direct history is the reference method, computed independently of the kernel
 * approximation. Target of the fast history: max abs difference over the density <= 1e-8.
 */
class FastHistorySolveTest {

    @ParameterizedTest(name = "{0}, alpha {1}, grading {2}")
    @CsvSource({"L1, 0.5, 1", "L1, 0.7, 2.857", "L2-1sigma, 0.4, 1", "L2-1sigma, 0.6, 3.33"})
    void fastHistoryReproducesTheDirectSolve(String scheme, double alpha, double grading) {
        FokkerPlanckProblem direct = FokkerPlanckProblem.builder().alpha(alpha).diffusion(0.5)
            .friction(1).potential(new DoubleWell(0.25, 1)).grid(new Grid1D(-4, 4, 160))
            .boundary(Boundary.REFLECTING).initialDensity(new InitialDensity.Gaussian(1, 0.2))
            .timeMesh(TimeMesh.graded(4, 2048, grading)).scheme(SchemeKind.fromLabel(scheme))
            .history(HistoryKind.DIRECT).build();
        FokkerPlanckProblem fast = direct.toBuilder().history(HistoryKind.FAST).build();
        FokkerPlanckSolver solver = new FokkerPlanckSolver();

        double[] reference = solver.solve(direct, OutputRequest.of(0)).finalProfile().density();
        double[] approximate = solver.solve(fast, OutputRequest.of(0)).finalProfile().density();

        double worst = 0;
        for (int i = 0; i < reference.length; i++) {
            worst = Math.max(worst, Math.abs(reference[i] - approximate[i]));
        }
        System.out.printf("fast vs direct, %s alpha %.2f r %.3f, N 2048: max |dP| = %.2e%n",
            scheme, alpha, grading, worst);
        // The target for the fast history (kernel tolerance 1e-10, relative).
        assertTrue(worst <= 1e-8, "max |P_fast - P_direct| = " + worst);
    }
}
