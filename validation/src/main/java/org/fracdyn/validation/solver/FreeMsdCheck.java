package org.fracdyn.validation.solver;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.observe.Moments;
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
import org.hipparchus.special.Gamma;

/**
 * Free subdiffusion from a point: MSD(t) = 2 D t^alpha / Gamma(1 + alpha) in 1D. The measured
 * value is the largest error over all mesh times relative to MSD(T) (the max norm of Stynes,
 * O'Riordan and Gracia 2017), with D = 1 and T = 1 on the graded mesh r = (2 - alpha)/alpha.
 *
 * <p>Why the tolerance: away from the walls the discrete operator moves the second moment
 * exactly as the continuous one (sum x_i^2 (L P)_i h = 2 D), so the only error is L1's on
 * c t^alpha, O(N^-(2-alpha)) on the graded mesh, and the walls at +-12 are over ten widths
 * away.
 */
public final class FreeMsdCheck extends ClaimCheck {

    private static final double HALF_WIDTH = 12;
    private static final double END = 1;

    private final double alpha;

    /** @param alpha the order, in (0, 1] */
    public FreeMsdCheck(double alpha) {
        super(String.format(Locale.ROOT, "free-msd-alpha-%.1f", alpha), CheckGroup.SOLVER_EXACT,
            String.format(Locale.ROOT, "Free subdiffusion (alpha = %.2f) from a point has MSD "
                + "2 D t^alpha / Gamma(1 + alpha) at all times", alpha),
            Reference.exact(0, "max_n |MSD_n - 2 D t_n^alpha / Gamma(1 + alpha)| / MSD(T), "
                + "exact result of the time-fractional diffusion equation (Metzler and Klafter,"
                + " Phys. Rep. 339 (2000) 1)"),
            Tolerance.absolute(2e-3, "L1 on the graded mesh: error O(N^-(2 - alpha)), "
                + "N^-(2 - alpha) = 1.3e-4 (alpha 0.5) to 7.5e-4 (alpha 0.8) with the quick "
                + "run's 400 steps; 2e-3 leaves a factor of 2.6 or more"));
        this.alpha = alpha;
    }

    @Override
    protected Observation measure(CheckContext context) {
        int steps = context.full() ? 2000 : 400;
        int cells = context.full() ? 960 : 480;
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder()
            .alpha(alpha).diffusion(1).friction(1)
            .grid(new Grid1D(-HALF_WIDTH, HALF_WIDTH, cells))
            .initialDensity(new InitialDensity.Delta(0))
            .timeMesh(SolverRuns.gradedForLayer(alpha, END, steps))
            .build();
        Solution solution = new FokkerPlanckSolver().solve(problem, OutputRequest.of(1));

        List<Moments> rows = solution.moments();
        double scale = exact(END);
        double worst = 0;
        double[] t = new double[rows.size()];
        double[] measured = new double[rows.size()];
        double[] theory = new double[rows.size()];
        for (int n = 0; n < rows.size(); n++) {
            t[n] = rows.get(n).time();
            measured[n] = rows.get(n).msd();
            theory[n] = exact(t[n]);
            worst = Math.max(worst, Math.abs(measured[n] - theory[n]) / scale);
        }

        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "Free subdiffusion, alpha = %.2f", alpha))
            .xLabel("t").yLabel("MSD").logLog()
            .line("solver (L1, graded mesh)", t, measured)
            .reference("2 D t^alpha / Gamma(1 + alpha)", t, theory)
            .build();
        String details = String.format(Locale.ROOT, "MSD(T = 1) = %.10f, exact %.10f; %d steps"
            + " on the graded mesh, %d cells on [-%.0f, %.0f]", measured[rows.size() - 1],
            scale, steps, cells, HALF_WIDTH, HALF_WIDTH);
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details);
    }

    private double exact(double time) {
        return 2 * Math.pow(time, alpha) / Gamma.gamma(1 + alpha);
    }
}
