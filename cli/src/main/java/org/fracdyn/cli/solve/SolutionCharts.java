package org.fracdyn.cli.solve;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.fracdyn.charts.AxisScale;
import org.fracdyn.charts.ChartFiles;
import org.fracdyn.charts.ChartStyle;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.io.RunFolder;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.solve.Profile;
import org.fracdyn.solver.solve.Solution;
import org.hipparchus.special.Gamma;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Draws the charts of a solve:
 * <ul>
 *   <li>{@value #MOMENTS_PNG}: the mean against t (linear axes; when an exact law is known,
 *       the law as a line and the solver's mean as markers at up to 40 rows); the variance
 *       and the MSD against t (log-log, where a power law t^alpha is a straight line; without
 *       a potential, with the free-space law 2 D t^alpha / Gamma(1 + alpha) dashed); and for
 *       absorbing walls the mass left, the survival probability (log-log);</li>
 *   <li>{@value #PROFILES_PNG}: the density P(x) at each output time, the initial one dashed
 *       in grey; when its peak is more than three times the highest later one, the axis is
 *       cut above the later profiles and the legend gives the initial peak.</li>
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

    /** The most markers of the solver's mean drawn over an exact curve. */
    private static final int MAX_MARKERS = 40;

    /** The mean axis spans at least this fraction of the domain (a mean at rest is a line). */
    private static final double MIN_MEAN_RANGE = 1e-3;

    /** An initial peak this many times higher than the later ones is drawn off the scale. */
    private static final double CLIP_RATIO = 3.0;

    /** The top of a clipped density axis, relative to the highest later profile. */
    private static final double HEADROOM = 1.15;

    private SolutionCharts() {
    }

    /**
     * Writes both charts.
     *
     * @param solution the solution
     * @param title the run's name, shown in the titles
     * @param exact the exact moments, or null when none are known
     * @param folder the run folder
     * @return the names of the files written, in order
     */
    public static List<String> write(Solution solution, String title, ExactMoments exact,
                                     RunFolder folder) {
        StackedCharts.writePng(momentPanels(solution, title, exact),
            folder.file(MOMENTS_PNG), ChartFiles.DEFAULT_WIDTH, PANEL_HEIGHT);
        ChartFiles.writePng(profilesChart(solution, title), folder.file(PROFILES_PNG),
            ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        return List.of(MOMENTS_PNG, PROFILES_PNG);
    }

    /**
     * Loads the drawing machinery (AWT, fonts, JFreeChart) by drawing a tiny chart nowhere;
     * run on a background thread while a solve runs, it takes about a second off the time
     * the charts take afterwards.
     */
    public static void warmUp() {
        double[] points = {1, 2, 3};
        JFreeChart chart = LineChartSpec.builder().title("warm-up").logLog()
            .line("points", points, points).build().toChart();
        StackedCharts.draw(List.of(chart), 64, 48);
    }

    private static List<JFreeChart> momentPanels(Solution solution, String title,
                                                 ExactMoments exact) {
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
            .xLabel("time t").yLabel("mean <x> (length)");
        if (exact == null) {
            meanChart.line("mean <x>", t, mean);
        } else {
            int stride = Math.max(1, (t.length + MAX_MARKERS - 1) / MAX_MARKERS);
            meanChart.points("mean <x>, solver (every " + stride + " rows)",
                every(t, stride), every(mean, stride));
            meanChart.line("exact: " + ExactMoments.MEAN_FORMULA, t, apply(exact::mean, t));
        }
        JFreeChart meanPanel = padded(meanChart.build().toChart());
        NumberAxis meanAxis = (NumberAxis) meanPanel.getXYPlot().getRangeAxis();
        meanAxis.setAutoRangeMinimumSize(MIN_MEAN_RANGE * solution.grid().length());
        panels.add(meanPanel);

        LineChartSpec.Builder spread = LineChartSpec.builder()
            .title("spread (log-log)")
            .xLabel("time t").yLabel("variance, MSD (length^2)").logLog()
            .line("variance", t, variance)
            .line("MSD from the start", t, msd);
        if (exact != null) {
            spread.reference("exact variance (fractional Ornstein-Uhlenbeck)", t,
                apply(exact::variance, t));
        }
        if (isFreeSpace(solution.problem())) {
            double alphaValue = solution.problem().alpha();
            double scale = 2 * solution.problem().diffusion() / Gamma.gamma(1 + alphaValue);
            spread.reference("free space: 2 D t^alpha / Gamma(1 + alpha)", t,
                apply(time -> scale * Math.pow(time, alphaValue), t));
        }
        panels.add(padded(spread.build().toChart()));

        if (solution.problem().boundary() == Boundary.ABSORBING) {
            panels.add(padded(LineChartSpec.builder()
                .title("survival probability (mass left in the domain, log-log)")
                .xLabel("time t").yLabel("mass S(t)").logLog()
                .line("mass", t, mass)
                .build().toChart()));
        }
        return panels;
    }

    private static JFreeChart profilesChart(Solution solution, String title) {
        double[] x = solution.grid().centres();
        List<Profile> profiles = solution.profiles();
        double laterPeak = 0;
        for (Profile profile : profiles.subList(1, profiles.size())) {
            laterPeak = Math.max(laterPeak, max(profile.density()));
        }
        double initialPeak = max(profiles.get(0).density());
        boolean clipped = laterPeak > 0 && initialPeak > CLIP_RATIO * laterPeak;

        LineChartSpec.Builder spec = LineChartSpec.builder()
            .title(title + ": density P(x, t)")
            .xLabel("position x (length)").yLabel("P(x, t) (1 / length)");
        String initial = "t = 0 (initial" + (clipped ? String.format(Locale.ROOT,
            ", peak %.3g off the scale)", initialPeak) : ")");
        spec.reference(initial, x, profiles.get(0).density());
        for (Profile profile : profiles.subList(1, profiles.size())) {
            spec.line(profileLabel(profile), x, profile.density());
        }

        JFreeChart chart = padded(spec.build().toChart());
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, Color.GRAY);
        for (int i = 1; i < profiles.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartStyle.seriesPaint(i - 1));
        }
        if (clipped) {
            plot.getRangeAxis().setRange(0, HEADROOM * laterPeak);
        }
        return chart;
    }

    /**
     * @return true without a potential and without absorbing walls, where the MSD is
     *     2 D t^alpha / Gamma(1 + alpha) until the density feels the walls
     */
    private static boolean isFreeSpace(FokkerPlanckProblem problem) {
        return problem.potential() instanceof Free && problem.boundary() != Boundary.ABSORBING;
    }

    /** Leaves room at the right for the last tick label of the time axis. */
    private static JFreeChart padded(JFreeChart chart) {
        chart.setPadding(new RectangleInsets(6, 6, 6, 24));
        return chart;
    }

    private static double max(double[] values) {
        double largest = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            largest = Math.max(largest, value);
        }
        return largest;
    }

    private static double[] every(double[] values, int stride) {
        double[] kept = new double[(values.length + stride - 1) / stride];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = values[i * stride];
        }
        return kept;
    }

    private static double[] apply(DoubleUnaryOperator function, double[] t) {
        double[] values = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            values[i] = function.applyAsDouble(t[i]);
        }
        return values;
    }

    /**
     * The legend of a profile: the mesh time it was taken at, and the time asked for when
     * that differs (the first mesh time at or after it, see docs/solve.md).
     */
    static String profileLabel(Profile profile) {
        String asked = SolutionFiles.plain(profile.requestedTime());
        if (profile.time() == profile.requestedTime()) {
            return "t = " + asked;
        }
        String used = new BigDecimal(profile.time()).round(new MathContext(6))
            .stripTrailingZeros().toPlainString();
        return "t = " + used + " (asked for " + asked + ")";
    }
}
