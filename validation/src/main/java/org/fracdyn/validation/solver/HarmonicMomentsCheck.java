package org.fracdyn.validation.solver;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.Solution;
import org.fracdyn.solver.special.MittagLeffler;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The fractional Ornstein-Uhlenbeck process, V = k x^2 / 2: the mean relaxes as
 * x0 E_alpha(-(k/gamma) t^alpha) and the second moment as kT/k + (m2(0) - kT/k)
 * E_alpha(-2 (k/gamma) t^alpha) (Metzler, Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563,
 * doi 10.1103/PhysRevLett.82.3563). Both follow from the moment equations, so they hold for
 * any initial density; the check starts from a point at x0 = 2 with k = gamma = D = 1 and runs
 * to T where (k/gamma) T^alpha = 5. At alpha = 1/2 the Mittag-Leffler function has the
 * closed form E_{1/2}(-x) = exp(x^2) erfc(x), which is used there: a route independent of
 * fracdyn's own Mittag-Leffler code; other orders use {@link MittagLeffler} (checked in the
 * special-functions group).
 */
public final class HarmonicMomentsCheck extends ClaimCheck {

    /** Which moment is checked. */
    public enum Moment { MEAN, SECOND_MOMENT }

    private static final double START = 2;

    private final Moment moment;
    private final double alpha;

    /**
     * @param moment the mean or the second moment
     * @param alpha the order, in (0, 1)
     */
    public HarmonicMomentsCheck(Moment moment, double alpha) {
        super(String.format(Locale.ROOT, moment == Moment.MEAN ? "harmonic-mean-alpha-%.1f"
                : "harmonic-second-moment-alpha-%.1f", alpha), CheckGroup.SOLVER_EXACT,
            moment == Moment.MEAN
                ? "In V = k x^2/2 the mean relaxes as x0 E_alpha(-(k/gamma) t^alpha)"
                : "In V = k x^2/2 the second moment relaxes as kT/k + (m2(0) - kT/k) "
                    + "E_alpha(-2 (k/gamma) t^alpha)",
            Reference.exact(0, "max_n of the error at t_n relative to the initial "
                + (moment == Moment.MEAN ? "mean" : "second moment") + "; exact moments of "
                + "the fractional Ornstein-Uhlenbeck process (Metzler, Barkai and Klafter, PRL "
                + "82 (1999) 3563), " + (alpha == 0.5 ? "E_{1/2}(-x) = exp(x^2) erfc(x) in "
                + "closed form" : "E_alpha by fracdyn's Mittag-Leffler function")),
            Tolerance.absolute(5e-3, "L1 on the graded mesh, O(N^-(2 - alpha)), 1e-4 to 6e-4"
                + " with 500 steps, plus the Scharfetter-Gummel space error O(h^2) with h = 0.05;"
                + " 5e-3 keeps a margin of 3 or more"));
        this.moment = moment;
        this.alpha = alpha;
    }

    @Override
    protected Observation measure(CheckContext context) {
        int steps = context.full() ? 2000 : 500;
        double end = Math.pow(5, 1 / alpha);
        int halfCells = context.full() ? 400 : 200;
        double h = 0.05 * 200 / halfCells;
        double edge = (halfCells + 0.5) * h;
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder()
            .alpha(alpha).diffusion(1).friction(1).potential(new Harmonic(1, 0))
            .grid(new Grid1D(-edge, edge, 2 * halfCells + 1))
            .initialDensity(new InitialDensity.Delta(START))
            .timeMesh(SolverRuns.gradedForLayer(alpha, end, steps))
            .build();
        Solution solution = new FokkerPlanckSolver().solve(problem, OutputRequest.of(1));

        List<Moments> rows = solution.moments();
        Moments first = rows.get(0);
        double kT = problem.temperature();
        double scale = Math.abs(value(first));
        double[] t = new double[rows.size()];
        double[] measured = new double[rows.size()];
        double[] theory = new double[rows.size()];
        double worst = 0;
        for (int n = 0; n < rows.size(); n++) {
            t[n] = rows.get(n).time();
            measured[n] = value(rows.get(n));
            double rate = moment == Moment.MEAN ? 1 : 2;
            double argument = rate * Math.pow(t[n], alpha);
            double relaxation = alpha == 0.5 ? SolverRuns.mittagLefflerHalf(argument)
                : MittagLeffler.evaluate(alpha, -argument);
            theory[n] = moment == Moment.MEAN ? value(first) * relaxation
                : kT + (value(first) - kT) * relaxation;
            worst = Math.max(worst, Math.abs(measured[n] - theory[n]) / scale);
        }

        String name = moment == Moment.MEAN ? "mean" : "second moment";
        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "Fractional Ornstein-Uhlenbeck, alpha = %.1f: %s",
                alpha, name))
            .xLabel("t").yLabel(name).xScale(org.fracdyn.charts.AxisScale.LOG)
            .line("solver (L1, graded mesh)", t, measured)
            .reference("exact", t, theory)
            .build();
        String details = String.format(Locale.ROOT, "at T = %.4g: %s %.8f, exact %.8f; %d "
            + "steps, %d cells of width %.4f", end, name, measured[rows.size() - 1],
            theory[rows.size() - 1], steps, 2 * halfCells + 1, h);
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details);
    }

    private double value(Moments row) {
        return moment == Moment.MEAN ? row.mean() : row.variance() + row.mean() * row.mean();
    }
}
