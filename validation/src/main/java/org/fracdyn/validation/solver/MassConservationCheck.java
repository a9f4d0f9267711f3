package org.fracdyn.validation.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * Mass conservation: with reflecting walls (a double well, started off-centre) and on a ring
 * (a tilted periodic potential, which drives a steady current), the total probability stays
 * 1. The measured value is the largest |mass - 1| over both runs and all mesh times.
 */
public final class MassConservationCheck extends ClaimCheck {

    /** Creates the check. */
    public MassConservationCheck() {
        super("mass-conservation", CheckGroup.SOLVER_EXACT,
            "Reflecting and periodic boundaries conserve the total probability",
            Reference.exact(0, "max_n |sum_i P_i h - 1|; the flux form of the equation "
                + "with zero-flux or periodic boundaries conserves mass"),
            Tolerance.absolute(1e-11, "round-off only: the finite-volume fluxes cancel in "
                + "pairs, so each step changes the mass by a few ulps"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        int steps = context.full() ? 2000 : 400;
        FokkerPlanckProblem walled = FokkerPlanckProblem.builder()
            .alpha(0.7).diffusion(0.5).friction(1).potential(new DoubleWell(1, 2))
            .grid(new Grid1D(-2.5, 2.5, 200))
            .initialDensity(new InitialDensity.Gaussian(-1.5, 0.2))
            .timeMesh(SolverRuns.gradedForLayer(0.7, 10, steps))
            .build();
        FokkerPlanckProblem ring = FokkerPlanckProblem.builder()
            .alpha(0.7).diffusion(0.5).friction(1).potential(new Periodic(1, 1, 0.8))
            .boundary(Boundary.PERIODIC)
            .grid(new Grid1D(0, 4, 200))
            .initialDensity(new InitialDensity.Gaussian(1, 0.2))
            .timeMesh(SolverRuns.gradedForLayer(0.7, 10, steps))
            .build();
        FokkerPlanckSolver solver = new FokkerPlanckSolver();
        List<Moments> walledRows = solver.solve(walled, OutputRequest.of(1)).moments();
        List<Moments> ringRows = solver.solve(ring, OutputRequest.of(1)).moments();

        double[] t = SolverRuns.column(walledRows, Moments::time);
        double[] walledDrift = SolverRuns.column(walledRows, m -> Math.abs(m.mass() - 1));
        double[] ringDrift = SolverRuns.column(ringRows, m -> Math.abs(m.mass() - 1));
        double worst = 0;
        for (int n = 0; n < t.length; n++) {
            worst = Math.max(worst, Math.max(walledDrift[n], ringDrift[n]));
        }
        double floor = Math.ulp(1.0) / 2;
        LineChartSpec chart = LineChartSpec.builder()
            .title("Mass conservation, alpha = 0.7")
            .xLabel("t").yLabel("|mass - 1| (floored at ulp(1)/2)").logLog()
            .points("reflecting, double well", t, floored(walledDrift, floor))
            .points("periodic, tilted cosine", SolverRuns.column(ringRows, Moments::time),
                floored(ringDrift, floor))
            .build();
        String details = String.format(Locale.ROOT, "largest |mass - 1|: reflecting %.3g, "
            + "periodic %.3g, over %d steps each", max(walledDrift), max(ringDrift), steps);
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details);
    }

    private static double[] floored(double[] values, double floor) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], floor);
        }
        return out;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
