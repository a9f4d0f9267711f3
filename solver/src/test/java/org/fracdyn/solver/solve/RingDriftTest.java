package org.fracdyn.solver.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unwrapped mean on a ring. A constant force F on a uniform density keeps it uniform, and
 * the mean of the unwrapped position obeys C_D^alpha m = F / gamma, so
 * m(t) = m(0) + (F / gamma) t^alpha / Gamma(1 + alpha) (Metzler and Klafter, Phys. Rep. 339
 * (2000) 1-77, eq. 76: the fractional drift). The wrapped mean of the density alone would not
 * move at all.
 */
class RingDriftTest {

    @ParameterizedTest(name = "{0}, alpha {1}")
    @CsvSource({"L1, 1.0", "L1, 0.6", "L2-1sigma, 0.6"})
    void constantForceOnARingDriftsAsTheFractionalLaw(String scheme, double alpha) {
        double force = 0.8;
        double friction = 2.0;
        double end = 3.0;
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder().alpha(alpha).diffusion(0.5)
            .friction(friction).potential(new Linear(force)).grid(new Grid1D(0, 2, 50))
            .boundary(Boundary.PERIODIC).initialDensity(new InitialDensity.Uniform())
            .timeMesh(TimeMesh.graded(end, 800, alpha == 1 ? 1 : 2 - alpha))
            .scheme(org.fracdyn.solver.scheme.SchemeKind.fromLabel(scheme)).build();

        Solution solution = new FokkerPlanckSolver().solve(problem, OutputRequest.of(0));

        Moments last = solution.finalMoments();
        double drift = last.mean() - solution.initialMoments().mean();
        double exact = force / friction * Math.pow(end, alpha) / Gamma.gamma(1 + alpha);
        // The density stays uniform, so the drift is the scalar Caputo equation D^a m = F/g
        // discretised by the scheme: its error is the scheme's time error at N = 800 on the
        // graded mesh, below 1e-4 relative for these orders (>= 1.4); 1e-3 leaves room.
        assertEquals(exact, drift, 1e-3 * exact, "unwrapped drift");
        assertTrue(Double.isNaN(last.variance()), "variance on a ring is not defined");
    }

    @ParameterizedTest(name = "alpha {0}")
    @CsvSource({"1.0", "0.7"})
    void washboardDriftIsSlowerThanTheFreeDrift(double alpha) {
        double tilt = 0.5;
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder().alpha(alpha).diffusion(1)
            .friction(1).potential(new Periodic(1.0, 1.0, tilt)).grid(new Grid1D(0, 4, 200))
            .boundary(Boundary.PERIODIC).initialDensity(new InitialDensity.Uniform())
            .timeMesh(TimeMesh.uniform(5, 500)).build();

        Solution solution = new FokkerPlanckSolver().solve(problem, OutputRequest.of(0));

        double drift = solution.finalMoments().mean() - solution.initialMoments().mean();
        double free = tilt * Math.pow(5, alpha) / Gamma.gamma(1 + alpha);
        // The barriers slow the current but do not reverse it: 0 < drift < the free drift
        // (a bound, from the positive mobility of a tilted washboard: Risken, The
        // Fokker-Planck Equation, 2nd ed. 1989, sec. 11.4).
        assertTrue(drift > 0 && drift < free, "drift " + drift + ", free drift " + free);
    }
}
