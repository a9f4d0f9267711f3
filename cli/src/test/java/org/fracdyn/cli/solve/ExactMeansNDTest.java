package org.fracdyn.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensityND;
import org.junit.jupiter.api.Test;

/** The exact nD means, against mpmath (harmonic_mean.csv, harmonic_mean.py). */
class ExactMeansNDTest {

    private static final GridND BOX = GridND.of(new double[] {-6, -6}, new double[] {6, 6},
        new int[] {8, 8}, Boundary.REFLECTING);
    private static final MomentsND START = new MomentsND(0, 0, 1, new double[] {2, 1}, 0, 0,
        0, 0);

    @Test
    void theRadialWellGivesTheOneDimensionalLawPerAxis() throws Exception {
        FokkerPlanckProblemND problem = problem(new RadialHarmonic(1, 0, 0), BOX);

        ExactMeansND exact = ExactMeansND.of(problem, START).orElseThrow();

        // mpmath, to 20 digits; the Mittag-Leffler function is accurate to about 1e-12.
        for (String time : List.of("0.25", "1", "4")) {
            double reference = org.fracdyn.cli.SolveCommandTestAccess.exactMean("harmonic-2d",
                time);
            double t = Double.parseDouble(time);
            assertEquals(reference, exact.mean(0, t), 1e-11, "x at t = " + time);
            assertEquals(reference / 2, exact.mean(1, t), 1e-11, "y at t = " + time);
        }
    }

    @Test
    void aSeparableWellHasItsOwnCentreAndRatePerAxis() {
        FokkerPlanckProblemND problem = problem(SeparablePotential.of(new Harmonic(1, 0),
            new Harmonic(3, 0.5)), BOX);

        ExactMeansND exact = ExactMeansND.of(problem, START).orElseThrow();

        // alpha = 1 (set below): E_1(-z) = exp(-z), so <y>(t) = 0.5 + 0.5 exp(-3 t).
        assertEquals(0.5 + 0.5 * Math.exp(-3 * 0.2), exact.mean(1, 0.2), 1e-13);
    }

    @Test
    void otherPotentialsAndWallsHaveNoLaw() {
        assertTrue(ExactMeansND.of(problem(SeparablePotential.of(new Harmonic(1, 0),
            new DoubleWell(1, 1)), BOX), START).isEmpty());
        GridND absorbing = new GridND(List.of(new Grid1D(-6, 6, 8), new Grid1D(-6, 6, 8)),
            List.of(Boundary.REFLECTING, Boundary.ABSORBING));
        assertTrue(ExactMeansND.of(problem(new RadialHarmonic(1, 0, 0), absorbing), START)
            .isEmpty());
    }

    private static FokkerPlanckProblemND problem(
            FieldPotential potential, GridND grid) {
        double alpha = potential instanceof RadialHarmonic ? 0.7 : 1.0;
        return FokkerPlanckProblemND.builder().alpha(alpha).potential(potential).grid(grid)
            .initialDensity(new InitialDensityND.Uniform()).timeMesh(TimeMesh.uniform(1, 4))
            .build();
    }
}
