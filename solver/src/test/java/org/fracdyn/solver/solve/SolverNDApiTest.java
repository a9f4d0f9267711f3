package org.fracdyn.solver.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensityND;
import org.junit.jupiter.api.Test;

/** Output selection, stacked profiles, progress and refusals of {@link FokkerPlanckSolverND}. */
class SolverNDApiTest {

    private static final GridND GRID = GridND.of(new double[] {-2, -2}, new double[] {2, 2},
        new int[] {8, 6}, Boundary.REFLECTING);

    private static final FokkerPlanckProblemND PROBLEM = FokkerPlanckProblemND.builder()
        .alpha(0.5).potential(new RadialHarmonic(1, 0, 0)).grid(GRID)
        .initialDensity(new InitialDensityND.Delta(new double[] {0.5, -0.5}))
        .timeMesh(TimeMesh.uniform(1.0, 10)).build();

    @Test
    void profilesAreStackedTimeFirstInRowMajorOrder() {
        SolutionND solution = new FokkerPlanckSolverND().solve(PROBLEM,
            OutputRequest.of(5, 0.0, 0.25, 1.0));

        assertArrayEquals(new int[] {0, 3, 10},
            solution.profiles().stream().mapToInt(ProfileND::step).toArray());
        assertArrayEquals(new int[] {3, 8, 6}, solution.stackedShape());
        double[] stack = solution.stackedProfiles();
        assertEquals(3 * 48, stack.length);
        double[] middle = solution.profiles().get(1).density();
        for (int k = 0; k < 48; k++) {
            assertEquals(middle[k], stack[48 + k], 0.0);
        }
        // The delta start: all mass 1 in cell (5, 2) of width 0.5 x 0.667.
        assertEquals(1 / (0.5 * (4.0 / 6)), stack[GRID.flatIndex(5, 2)], 1e-12);
        assertArrayEquals(new int[] {0, 3, 5, 10},
            solution.moments().stream().mapToInt(row -> row.step()).toArray());
    }

    @Test
    void progressIsReportedForEveryStep() {
        List<Integer> steps = new ArrayList<>();
        new FokkerPlanckSolverND().solve(PROBLEM, OutputRequest.of(0),
            (step, total, time) -> steps.add(step));

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), steps);
    }

    @Test
    void mismatchedInputIsRefusedByName() {
        IllegalArgumentException potential = assertThrows(IllegalArgumentException.class,
            () -> PROBLEM.toBuilder().potential(new RadialHarmonic(1, 0, 0, 0)).build());
        assertEquals("potential = V(x) = k |x - c|^2 / 2, k = 1.0, c = [0.0, 0.0, 0.0] in 3 "
            + "dimensions: expected a potential in domain.dims = 2 dimensions",
            potential.getMessage());

        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
            () -> PROBLEM.toBuilder().initialDensity(
                new InitialDensityND.Delta(new double[] {3, 0})).build());
        assertEquals("initial.at = [3.0, 0.0]: expected a point of the domain GridND[[-2.0, "
            + "2.0]/8 reflecting x [-2.0, 2.0]/6 reflecting]", start.getMessage());

        GridND torus = GridND.of(new double[] {0, 0}, new double[] {1, 1}, new int[] {4, 4},
            Boundary.PERIODIC);
        FokkerPlanckProblemND tilted = PROBLEM.toBuilder().grid(torus)
            .potential(SeparablePotential.of(new Linear(1), new Free()))
            .initialDensity(new InitialDensityND.Uniform()).build();
        FokkerPlanckSolverND cg = new FokkerPlanckSolverND(SchemeFactory.l1Direct(),
            LinearSolveMethod.CONJUGATE_GRADIENT);
        IllegalArgumentException noBalance = assertThrows(IllegalArgumentException.class,
            () -> cg.solve(tilted, OutputRequest.of(0)));
        assertEquals("solver.linear = conjugate-gradient: the operator has no detailed "
            + "balance (a tilted periodic axis, or a potential spread above 1200.0 kT); use "
            + "the direct solve", noBalance.getMessage());
    }
}
