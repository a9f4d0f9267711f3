package org.fracdyn.validation.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.Profile;
import org.fracdyn.solver.solve.SchemeFactory;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The fast (sum-of-exponentials) history gives the direct history's solution: the same
 * problem (a double well from an off-centre Gaussian, alpha = 0.5, graded mesh) solved with
 * both, for L1 and L2-1sigma; the measured value is the largest difference of any cell at any
 * of 20 output times, relative to the largest density. The history approximation is that of
 * Jiang, Zhang, Zhang and Zhang, Commun. Comput. Phys. 21 (2017) 650 (arXiv 1511.03453).
 */
public final class FastHistoryCheck extends ClaimCheck {

    private final SchemeFactory schemes;

    /** @param schemes the factory providing both histories */
    public FastHistoryCheck(SchemeFactory schemes) {
        super("fast-history-vs-direct", CheckGroup.SOLVER_CONVERGENCE,
            "The fast history reproduces the direct history to 1e-8 (L1 and L2-1sigma)",
            Reference.exact(0, "max over output times and cells of |P_fast - P_direct| / "
                + "max P_direct; the direct history is the reference method"),
            Tolerance.absolute(1e-8, "the kernel's sum of exponentials has relative error "
                + "1e-10 (the default); the difference grows at most with the sum of the "
                + "history terms, a few units, so 1e-8 is the target of the issue with margin"));
        this.schemes = schemes;
    }

    @Override
    protected Observation measure(CheckContext context) {
        int steps = context.full() ? 8192 : 2048;
        TimeMesh mesh = SolverRuns.gradedForLayer(0.5, 5, steps);
        double[] times = new double[20];
        for (int j = 0; j < times.length; j++) {
            times[j] = 5 * Math.pow(10, -3 + 3.0 * (j + 1) / times.length);
        }
        FokkerPlanckProblem base = FokkerPlanckProblem.builder()
            .alpha(0.5).diffusion(0.5).friction(1).potential(new DoubleWell(1, 2))
            .grid(new Grid1D(-2.5, 2.5, 100))
            .initialDensity(new InitialDensity.Gaussian(-1, 0.25))
            .timeMesh(mesh)
            .build();
        FokkerPlanckSolver solver = new FokkerPlanckSolver(schemes);

        double worst = 0;
        StringBuilder details = new StringBuilder();
        LineChartSpec.Builder chart = LineChartSpec.builder()
            .title("Fast against direct history, alpha = 0.5, " + steps + " steps")
            .xLabel("t").yLabel("max |P_fast - P_direct| / max P (floored at 1e-17)").logLog();
        for (SchemeKind scheme : SchemeKind.values()) {
            long start = System.nanoTime();
            List<Profile> direct = solver.solve(base.toBuilder().scheme(scheme)
                .history(HistoryKind.DIRECT).build(), OutputRequest.of(0, times)).profiles();
            long middle = System.nanoTime();
            List<Profile> fast = solver.solve(base.toBuilder().scheme(scheme)
                .history(HistoryKind.FAST).build(), OutputRequest.of(0, times)).profiles();
            long end = System.nanoTime();

            List<Double> differences = new ArrayList<>();
            double largest = 0;
            for (int j = 0; j < direct.size(); j++) {
                double[] a = direct.get(j).density();
                double[] b = fast.get(j).density();
                double peak = Arrays.stream(a).max().orElse(1);
                double difference = 0;
                for (int i = 0; i < a.length; i++) {
                    difference = Math.max(difference, Math.abs(a[i] - b[i]) / peak);
                }
                differences.add(Math.max(difference, 1e-17));
                largest = Math.max(largest, difference);
            }
            worst = Math.max(worst, largest);
            chart.points(scheme.label(), times,
                differences.stream().mapToDouble(Double::doubleValue).toArray());
            details.append(String.format(Locale.ROOT, "%s: largest difference %.3g; wall time "
                + "direct %.2f s, fast %.2f s (ratio %.1f)%n", scheme.label(), largest,
                (middle - start) * 1e-9, (end - middle) * 1e-9,
                (double) (middle - start) / (end - middle)));
        }
        details.append(steps).append(" graded steps on 100 cells");
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart.build())), details.toString());
    }
}
