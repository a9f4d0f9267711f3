package org.fracdyn.solver.solve;

import static org.fracdyn.solver.solve.Problems.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.scheme.SchemeKind;
import org.junit.jupiter.api.Test;

/** Output selection, progress reports and failures of {@link FokkerPlanckSolver}. */
class SolverApiTest {

    private static final FokkerPlanckProblem PROBLEM = problem(0.5, new Harmonic(1, 0),
        new Grid1D(-3, 3, 30), Boundary.REFLECTING, new InitialDensity.Gaussian(1, 0.3),
        TimeMesh.uniform(1.0, 10)).build();

    @Test
    void profilesAreTakenAtTheFirstMeshTimeAtOrAfterTheRequest() {
        Solution solution = new FokkerPlanckSolver().solve(PROBLEM,
            OutputRequest.of(4, 0.3, 0.25, 0.0, 1.0));

        List<Profile> profiles = solution.profiles();
        assertArrayEquals(new double[] {0.0, 0.25, 0.3, 1.0},
            profiles.stream().mapToDouble(Profile::requestedTime).toArray(), 0.0);
        assertArrayEquals(new int[] {0, 3, 3, 10},
            profiles.stream().mapToInt(Profile::step).toArray());
        assertEquals(0.3, profiles.get(1).time(), 1e-15);
        assertArrayEquals(new int[] {0, 3, 4, 8, 10},
            solution.moments().stream().mapToInt(Moments::step).toArray());
        assertArrayEquals(solution.finalProfile().density(), profiles.get(3).density(), 0.0);
    }

    @Test
    void progressIsReportedForEveryStep() {
        List<double[]> calls = new ArrayList<>();
        new FokkerPlanckSolver().solve(PROBLEM, OutputRequest.of(0),
            (step, total, time) -> calls.add(new double[] {step, total, time}));

        assertEquals(10, calls.size());
        assertArrayEquals(new double[] {10, 10, 1.0}, calls.get(9), 1e-15);
    }

    @Test
    void badRequestsAndUnavailableSchemesAreRefused() {
        FokkerPlanckSolver solver = new FokkerPlanckSolver();
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
            () -> solver.solve(PROBLEM, OutputRequest.of(0, 2.0)));
        assertEquals("output.times[0] = 2.0: expected a time within [0, 1.0] (time.end)",
            late.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutputRequest.of(-1));

        FokkerPlanckProblem sigma = PROBLEM.toBuilder().scheme(SchemeKind.L2_1SIGMA).build();
        FokkerPlanckSolver referenceOnly = new FokkerPlanckSolver(SchemeFactory.l1Direct());
        IllegalArgumentException unavailable = assertThrows(IllegalArgumentException.class,
            () -> referenceOnly.solve(sigma, OutputRequest.of(0)));
        assertTrue(unavailable.getMessage().startsWith("time.scheme = L2-1sigma"),
            unavailable.getMessage());
    }

    @Test
    void aNonFiniteStepIsReportedWithTimeStepSizeAndHint() {
        FokkerPlanckProblem broken = PROBLEM.toBuilder()
            .source((x, t) -> t > 0.45 ? Double.NaN : 0.0).build();

        SolveFailedException failure = assertThrows(SolveFailedException.class,
            () -> new FokkerPlanckSolver().solve(broken, OutputRequest.of(0)));

        assertEquals(5, failure.step());
        assertEquals(0.5, failure.time(), 1e-15);
        assertEquals(0.1, failure.stepSize(), 1e-15);
        assertTrue(failure.getMessage().contains("t = 0.5 (tau = "), failure.getMessage());
        assertTrue(failure.getMessage().contains("check the source"), failure.getMessage());
    }
}
