package org.fracdyn.validation.solver;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.Solution;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The free 1D profile from a point is the M-Wright Green's function
 * P(x, t) = M_{alpha/2}(|x|/c) / (2c), c = sqrt(D t^alpha) (Mainardi, Luchko and Pagnini,
 * Fract. Calc. Appl. Anal. 4 (2001) 153). Compared at D = t = 1 and x = 0, 0.5, 1, 2 with the
 * high-precision values of REFERENCES.md; the measured value is the largest relative error.
 */
public final class MWrightProfileCheck extends ClaimCheck {

    private static final double[] POINTS = {0, 0.5, 1, 2};

    private final double alpha;
    private final double[] values;

    /**
     * @param alpha 0.5 or 0.75, the orders tabulated in REFERENCES.md
     */
    public MWrightProfileCheck(double alpha) {
        super(String.format(Locale.ROOT, "free-profile-mwright-alpha-%.2f", alpha),
            CheckGroup.SOLVER_EXACT,
            String.format(Locale.ROOT, "The free profile from a point (alpha = %.2f) is the "
                + "M-Wright Green's function M_{alpha/2}(|x|/c)/(2c)", alpha),
            Reference.exact(0, "max relative error at x = 0, 0.5, 1, 2 (D = t = 1) against "
                + "REFERENCES.md 'Free subdiffusion in 1D' (series at raised precision): "
                + (alpha == 0.5 ? "0.40802446954913149, 0.28398440942038479, "
                    + "0.19166770828534177, 0.080625541727292928"
                    : "0.34854892333100703, 0.27518395714061368, 0.20227634880526227, "
                    + "0.090439754755268370")),
            Tolerance.absolute(2e-3, "graded L1 error O(N^-(2 - alpha)), 5e-4 at alpha = "
                + "0.75 with 400 steps, plus O(h^2) in space; the point start sits in a cell "
                + "centred on 0, so the kink of the Green's function at x = 0 is sampled "
                + "symmetrically"));
        if (alpha == 0.5) {
            values = new double[] {0.40802446954913149, 0.28398440942038479,
                0.19166770828534177, 0.080625541727292928};
        } else if (alpha == 0.75) {
            values = new double[] {0.34854892333100703, 0.27518395714061368,
                0.20227634880526227, 0.090439754755268370};
        } else {
            throw new IllegalArgumentException("alpha = " + alpha
                + ": expected 0.5 or 0.75 (the orders tabulated in REFERENCES.md)");
        }
        this.alpha = alpha;
    }

    @Override
    protected Observation measure(CheckContext context) {
        double h = context.full() ? 0.01 : 0.02;
        int steps = context.full() ? 1500 : 400;
        int half = (int) Math.round(8 / h);
        double edge = (half + 0.5) * h;
        Grid1D grid = new Grid1D(-edge, edge, 2 * half + 1);
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder()
            .alpha(alpha).diffusion(1).friction(1)
            .grid(grid)
            .initialDensity(new InitialDensity.Delta(0))
            .timeMesh(SolverRuns.gradedForLayer(alpha, 1, steps))
            .build();
        Solution solution = new FokkerPlanckSolver().solve(problem, OutputRequest.of(0));
        double[] density = solution.finalProfile().density();

        double worst = 0;
        StringBuilder details = new StringBuilder();
        for (int j = 0; j < POINTS.length; j++) {
            int cell = half + (int) Math.round(POINTS[j] / h);
            double error = Math.abs(density[cell] - values[j]) / values[j];
            worst = Math.max(worst, error);
            details.append(String.format(Locale.ROOT, "x = %.1f: solver %.8f, M-Wright %.8f, "
                + "relative error %.2e%n", POINTS[j], density[cell], values[j], error));
        }
        details.append(String.format(Locale.ROOT, "h = %.3f, %d steps on the graded mesh", h,
            steps));

        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "Free profile at D = t = 1, alpha = %.2f", alpha))
            .xLabel("x").yLabel("P(x, 1)")
            .line("solver", grid.centres(), density)
            .points("M-Wright (REFERENCES.md)", POINTS, values)
            .build();
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details.toString());
    }
}
