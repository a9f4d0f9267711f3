package org.fracdyn.validation.solver;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.Harmonic;
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
import org.hipparchus.special.Erf;

/**
 * alpha = 1 is the ordinary Fokker-Planck equation: in V = k x^2 / 2 from a Gaussian start the
 * density stays Gaussian with mean m0 e^(-k t/gamma) and variance kT/k + (s0^2 - kT/k)
 * e^(-2 k t/gamma) (the Ornstein-Uhlenbeck process; Risken, The Fokker-Planck Equation, 1989).
 * The measured value is the largest L1 distance sum_i |P_i - p_i| h between the solver's
 * density and the exact cell averages p_i at t = 0.25, 0.5 and 1.
 */
public final class OrnsteinUhlenbeckCheck extends ClaimCheck {

    private static final double K = 1;
    private static final double GAMMA = 1;
    private static final double D = 0.5;
    private static final double MEAN = 1;
    private static final double SIGMA = 0.2;

    /** Creates the check. */
    public OrnsteinUhlenbeckCheck() {
        super("alpha-one-ornstein-uhlenbeck", CheckGroup.SOLVER_EXACT,
            "At alpha = 1 the solver reproduces the Ornstein-Uhlenbeck density",
            Reference.exact(0, "max over t in {0.25, 0.5, 1} of the L1 distance to the exact "
                + "Gaussian of the Ornstein-Uhlenbeck process (Risken 1989, ch. 5)"),
            Tolerance.absolute(2e-3, "L1 at alpha = 1 is backward Euler: error O(tau) ~ "
                + "(k/gamma) tau ~ 5e-4 in the quick run (tau = 5e-4), space O(h^2) ~ 1e-5 "
                + "with h = 0.025; 2e-3 allows 4 times the first-order estimate"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        int steps = context.full() ? 8000 : 2000;
        Grid1D grid = new Grid1D(-5, 5, 400);
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder()
            .alpha(1).diffusion(D).friction(GAMMA).potential(new Harmonic(K, 0))
            .grid(grid)
            .initialDensity(new InitialDensity.Gaussian(MEAN, SIGMA))
            .timeMesh(TimeMesh.uniform(1, steps))
            .build();
        Solution solution = new FokkerPlanckSolver().solve(problem,
            OutputRequest.of(0, 0.25, 0.5, 1.0));

        double worst = 0;
        StringBuilder details = new StringBuilder();
        double[] x = grid.centres();
        double[] last = null;
        double[] exactLast = null;
        for (Profile profile : solution.profiles()) {
            double[] density = profile.density();
            double[] exact = exactCellAverages(grid, profile.time());
            double distance = 0;
            for (int i = 0; i < density.length; i++) {
                distance += Math.abs(density[i] - exact[i]) * grid.width();
            }
            worst = Math.max(worst, distance);
            details.append(String.format(Locale.ROOT, "t = %.2f: L1 distance %.3g%n",
                profile.time(), distance));
            last = density;
            exactLast = exact;
        }
        details.append(String.format(Locale.ROOT, "%d backward-Euler steps, 400 cells", steps));

        LineChartSpec chart = LineChartSpec.builder()
            .title("alpha = 1 against the Ornstein-Uhlenbeck density at t = 1")
            .xLabel("x").yLabel("P(x, 1)")
            .line("solver", x, last)
            .reference("exact Gaussian", x, exactLast)
            .build();
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details.toString());
    }

    private static double[] exactCellAverages(Grid1D grid, double time) {
        double decay = Math.exp(-K * time / GAMMA);
        double kT = GAMMA * D;
        double mean = MEAN * decay;
        double variance = kT / K + (SIGMA * SIGMA - kT / K) * decay * decay;
        double scale = Math.sqrt(2 * variance);
        double[] average = new double[grid.cells()];
        for (int i = 0; i < average.length; i++) {
            double left = (grid.face(i) - mean) / scale;
            double right = (grid.face(i + 1) - mean) / scale;
            average[i] = 0.5 * Erf.erf(left, right) / grid.width();
        }
        return average;
    }
}
