package org.fracdyn.cli.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.fracdyn.charts.AxisScale;
import org.fracdyn.charts.ChartFiles;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.io.RunFolder;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.solve.Profile;
import org.fracdyn.solver.solve.Solution;
import org.jfree.chart.JFreeChart;

/**
 * Draws the charts of a solve:
 * <ul>
 *   <li>{@value #MOMENTS_PNG}: the mean against t (linear axes, with the exact curve as a
 *       dashed reference when one is given), the variance and the MSD against t (log-log,
 *       where a power law t^alpha is a straight line), and for absorbing walls the mass left,
 *       the survival probability (log-log);</li>
 *   <li>{@value #PROFILES_PNG}: the density P(x) at each output time.</li>
 * </ul>
 * Lengths, times and energies are in the problem's own units, so the axes say "length" and
 * "time" rather than a unit name.
 */
public final class SolutionCharts {

    /** The moments chart. */
    public static final String MOMENTS_PNG = "moments.png";

    /** The profiles chart. */
    public static final String PROFILES_PNG = "profiles.png";

    private static final int PANEL_HEIGHT = 380;

    private SolutionCharts() {
    }

    /**
     * Writes both charts.
     *
     * @param solution the solution
     * @param title the run's name, shown in the titles
     * @param exactMean the exact mean as a function of t, or null when none is known
     * @param folder the run folder
     * @return the names of the files written, in order
     */
    public static List<String> write(Solution solution, String title,
                                     DoubleUnaryOperator exactMean, RunFolder folder) {
        StackedCharts.writePng(momentPanels(solution, title, exactMean),
            folder.file(MOMENTS_PNG), ChartFiles.DEFAULT_WIDTH, PANEL_HEIGHT);
        ChartFiles.writePng(profilesChart(solution, title), folder.file(PROFILES_PNG),
            ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        return List.of(MOMENTS_PNG, PROFILES_PNG);
    }

    private static List<JFreeChart> momentPanels(Solution solution, String title,
                                                 DoubleUnaryOperator exactMean) {
        List<Moments> moments = solution.moments();
        double[] t = new double[moments.size()];
        double[] mean = new double[t.length];
        double[] variance = new double[t.length];
        double[] msd = new double[t.length];
        double[] mass = new double[t.length];
        for (int r = 0; r < t.length; r++) {
            Moments row = moments.get(r);
            t[r] = row.time();
            mean[r] = row.mean();
            variance[r] = row.variance();
            msd[r] = row.msd();
            mass[r] = row.mass();
        }
        String alpha = String.format(Locale.ROOT, "alpha = %s",
            SolutionFiles.plain(solution.problem().alpha()));

        List<JFreeChart> panels = new ArrayList<>();
        LineChartSpec.Builder meanChart = LineChartSpec.builder()
            .title(title + ": mean position (" + alpha + ")")
            .xLabel("time t").yLabel("mean <x> (length)")
            .line("mean <x>", t, mean);
        if (exactMean != null) {
            meanChart.reference("exact: c + (x0 - c) E_alpha(-(k/gamma) t^alpha)",
                t, apply(exactMean, t));
        }
        panels.add(meanChart.build().toChart());

        panels.add(LineChartSpec.builder()
            .title("spread (log-log; free subdiffusion: MSD = 2 D t^alpha / Gamma(1 + alpha))")
            .xLabel("time t").yLabel("length^2").logLog()
            .line("variance", t, variance)
            .line("MSD from the start", t, msd)
            .build().toChart());

        if (solution.problem().boundary() == Boundary.ABSORBING) {
            panels.add(LineChartSpec.builder()
                .title("survival probability (mass left in the domain, log-log)")
                .xLabel("time t").yLabel("mass S(t)").logLog()
                .line("mass", t, mass)
                .build().toChart());
        }
        return panels;
    }

    private static JFreeChart profilesChart(Solution solution, String title) {
        double[] x = solution.grid().centres();
        LineChartSpec.Builder chart = LineChartSpec.builder()
            .title(title + ": density P(x, t)")
            .xLabel("position x (length)").yLabel("P(x, t) (1 / length)");
        for (Profile profile : solution.profiles()) {
            String name = "t = " + SolutionFiles.plain(profile.requestedTime());
            if (profile.requestedTime() == 0) {
                chart.reference(name + " (initial)", x, profile.density());
            } else {
                chart.line(name, x, profile.density());
            }
        }
        return chart.build().toChart();
    }

    private static double[] apply(DoubleUnaryOperator function, double[] t) {
        double[] values = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            values[i] = function.applyAsDouble(t[i]);
        }
        return values;
    }
}
