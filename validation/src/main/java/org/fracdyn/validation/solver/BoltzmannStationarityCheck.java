package org.fracdyn.validation.solver;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.AxisScale;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.Profile;
import org.fracdyn.solver.solve.Solution;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The Boltzmann density exp(-V/kT)/Z is stationary: started there, in the double well
 * V = x^4 - 2 x^2 with kT = 0.5, reflecting walls and alpha = 0.6, the density must not move.
 * The measured value is the largest change of any cell over the run, relative to the peak.
 */
public final class BoltzmannStationarityCheck extends ClaimCheck {

    /** Creates the check. */
    public BoltzmannStationarityCheck() {
        super("boltzmann-stationary", CheckGroup.SOLVER_EXACT,
            "The Boltzmann density exp(-V/kT)/Z of a confining potential is stationary",
            Reference.exact(0, "max_n max_i |P_i(t_n) - P_i(0)| / max_i P_i(0); "
                + "exp(-V/kT)/Z annuls the zero-flux operator (fluctuation-dissipation, "
                + "kT = gamma D)"),
            Tolerance.absolute(1e-10, "round-off only: the discrete Boltzmann state annuls "
                + "the Scharfetter-Gummel fluxes exactly, and each of the steps adds a few "
                + "ulps through the tridiagonal solve"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        int steps = context.full() ? 2000 : 400;
        TimeMesh mesh = TimeMesh.uniform(10, steps);
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder()
            .alpha(0.6).diffusion(0.5).friction(1).potential(new DoubleWell(1, 2))
            .grid(new Grid1D(-2.5, 2.5, 200))
            .initialDensity(new InitialDensity.Boltzmann())
            .timeMesh(mesh)
            .build();
        Solution solution = new FokkerPlanckSolver().solve(problem,
            OutputRequest.of(0, mesh.times()));

        List<Profile> profiles = solution.profiles();
        double[] start = profiles.get(0).density();
        double peak = java.util.Arrays.stream(start).max().orElse(1);
        double[] t = new double[profiles.size()];
        double[] change = new double[profiles.size()];
        double worst = 0;
        for (int n = 0; n < profiles.size(); n++) {
            double[] density = profiles.get(n).density();
            double largest = 0;
            for (int i = 0; i < density.length; i++) {
                largest = Math.max(largest, Math.abs(density[i] - start[i]) / peak);
            }
            t[n] = profiles.get(n).time();
            change[n] = largest;
            worst = Math.max(worst, largest);
        }

        LineChartSpec chart = LineChartSpec.builder()
            .title("Boltzmann state in a double well, alpha = 0.6")
            .xLabel("t").yLabel("max_i |P_i(t) - P_i(0)| / max P(0)")
            .yScale(AxisScale.LOG)
            .line("largest change", t, change)
            .horizontalLine(1e-10, "tolerance")
            .build();
        String details = String.format(Locale.ROOT, "%d steps to T = 10 on 200 cells", steps);
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details);
    }
}
