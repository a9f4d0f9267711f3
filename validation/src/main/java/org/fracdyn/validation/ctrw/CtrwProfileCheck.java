package org.fracdyn.validation.ctrw;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.ctrw.CtrwProblem;
import org.fracdyn.lattice.ctrw.CtrwResult;
import org.fracdyn.lattice.ctrw.CtrwSimulator;
import org.fracdyn.lattice.ctrw.Histogram;
import org.fracdyn.lattice.ctrw.JumpKernel;
import org.fracdyn.lattice.ctrw.WaitingTime;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
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
 * The CTRW displacement at time T against the solver. Walkers with Mittag-Leffler waiting
 * times (index beta, scale gamma) and Gaussian jumps (sigma per jump) spread, in the diffusion
 * limit, as the time-fractional diffusion equation with alpha = beta and
 * D = sigma^2 / (2 gamma^beta) (Metzler and Klafter, Phys. Rep. 339 (2000) 1; REFERENCES.md
 * "CTRW"). The histogram of the final positions is compared with the solver's free profile
 * from a point through the Kolmogorov-Smirnov distance of the cumulative distributions at the
 * bin edges, scaled by sqrt(N).
 *
 * <p>The diffusion limit needs many jumps: the walkers that have not jumped by T form an atom
 * at 0 of weight E_beta(-(T/gamma)^beta) ~ 1/(Gamma(1 - beta) (T/gamma)^beta), and the jump
 * kernel's characteristic function differs from the equation's by O(1/&lt;n(T)&gt;). T is
 * chosen so that (T/gamma)^beta = 400 in the quick run (atom 1.4e-3, 450 jumps per walker).
 */
public final class CtrwProfileCheck extends ClaimCheck {

    private static final double BETA = 0.5;
    private static final double SIGMA = 1;
    private static final double SCALE = 1;
    private static final int CELLS_PER_BIN = 3;
    private static final double KOLMOGOROV_99 = 1.6276;

    /** Creates the check. */
    public CtrwProfileCheck() {
        super("ctrw-profile-vs-solver", CheckGroup.CTRW,
            "The CTRW displacement histogram at time T follows the solver's free subdiffusion "
                + "profile with alpha = beta, D = sigma^2/(2 gamma^beta)",
            Reference.exact(0, "sqrt(N) sup_k |F_CTRW(e_k) - F_solver(e_k)| over the bin edges "
                + "e_k; 0 when the histogram is drawn from the solver's distribution"),
            Tolerance.absolute(KOLMOGOROV_99, "99 % quantile of the Kolmogorov distribution "
                + "(1.628); binning makes the test conservative; the solver's CDF error "
                + "(~1e-4) and the no-jump atom (~1.4e-3 quick, 5.6e-4 full, at most half of "
                + "it at an edge) add well under 0.5 after scaling by sqrt(N)"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        long walkers = context.full() ? 400_000 : 100_000;
        double power = context.full() ? 1000 : 400;
        double end = SCALE * Math.pow(power, 1 / BETA);
        WaitingTime waits = new WaitingTime.MittagLeffler(SCALE, BETA);
        CtrwProblem base = CtrwProblem.of(1, waits, new JumpKernel.Gaussian(SIGMA), walkers,
            new double[] {end}, context.seedFor(id()));
        CtrwResult result = CtrwSimulator.run(base);
        Histogram histogram = result.finalPositions();

        int halfBins = base.histogramHalfBins();
        double width = base.histogramBinWidth();
        int solverHalfBins = 2 * halfBins;
        int cells = (2 * solverHalfBins + 1) * CELLS_PER_BIN;
        double edge = (solverHalfBins + 0.5) * width;
        double diffusion = base.generalisedDiffusionCoefficient();
        int steps = context.full() ? 1500 : 400;
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder()
            .alpha(BETA).diffusion(diffusion).friction(1)
            .grid(new Grid1D(-edge, edge, cells))
            .initialDensity(new InitialDensity.Delta(0))
            .timeMesh(TimeMesh.graded(end, steps, (2 - BETA) / BETA))
            .build();
        double[] density = new FokkerPlanckSolver().solve(problem, OutputRequest.of(0))
            .finalProfile().density();

        double[] cumulative = new double[cells + 1];
        for (int i = 0; i < cells; i++) {
            cumulative[i + 1] = cumulative[i] + density[i];
        }
        double mass = cumulative[cells];
        int bins = histogram.bins();
        double total = histogram.total();
        double below = histogram.underflow();
        double largest = 0;
        double[] centres = new double[bins];
        double[] empirical = new double[bins];
        double[] solver = new double[bins];
        for (int k = 0; k <= bins; k++) {
            int face = (solverHalfBins - halfBins + k) * CELLS_PER_BIN;
            largest = Math.max(largest, Math.abs(below / total - cumulative[face] / mass));
            if (k < bins) {
                centres[k] = histogram.centre(k);
                empirical[k] = histogram.density(k);
                solver[k] = (cumulative[face + CELLS_PER_BIN] - cumulative[face])
                    / (mass * width);
                below += histogram.counts()[k];
            }
        }
        double scaled = Math.sqrt(walkers) * largest;

        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "CTRW (beta = %.1f) at T = %.3g against the "
                + "solver", BETA, end))
            .xLabel("x").yLabel("density")
            .points("CTRW histogram", centres, empirical)
            .line("solver, alpha = beta, D = sigma^2 / (2 gamma^beta)", centres, solver)
            .build();
        String details = String.format(Locale.ROOT, "%d walkers, T = %.4g (%.0f jumps per "
            + "walker on average), %d bins of width %.2f; KS distance %.3g, sqrt(N) KS = %.3f,"
            + " Kolmogorov p-value %.3g (conservative for binned data); solver: %d cells, %d "
            + "graded steps, D = %.3g", walkers, end, waits.meanJumps(end), bins, width,
            largest, scaled, kolmogorovSurvival(scaled), cells, steps, diffusion);
        return new Observation(Measurement.exact(scaled),
            List.of(Figures.write(context, id(), chart)), details);
    }

    /** Q(x) = 2 sum_k (-1)^(k-1) exp(-2 k^2 x^2), the Kolmogorov survival function. */
    static double kolmogorovSurvival(double x) {
        if (x < 0.2) {
            return 1;
        }
        double sum = 0;
        for (int k = 1; k <= 100; k++) {
            sum += (k % 2 == 1 ? 2 : -2) * Math.exp(-2.0 * k * k * x * x);
        }
        return Math.max(0, Math.min(1, sum));
    }
}
