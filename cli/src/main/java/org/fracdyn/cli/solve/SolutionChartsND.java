package org.fracdyn.cli.solve;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.fracdyn.charts.ChartFiles;
import org.fracdyn.charts.HeatMap;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.io.RunFolder;
import org.fracdyn.io.problem.DomainSpecND;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.solve.ProfileND;
import org.fracdyn.solver.solve.SolutionND;
import org.hipparchus.special.Gamma;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Draws the charts of a two- or three-dimensional solve:
 * <ul>
 *   <li>{@value SolutionCharts#MOMENTS_PNG}: the mean along each axis against t (with the
 *       exact laws of {@link ExactMeansND} dashed for a harmonic well); the variance
 *       and the MSD (traces over the axes) against t, log-log, with the free-space law
 *       2 d D t^alpha / Gamma(1 + alpha) dashed when there is no potential and no absorbing
 *       wall; the mass left when a wall absorbs;</li>
 *   <li>one heat map of P per profile, {@code profile_t=<t>.png} ({@link #heatMapFile}),
 *       t the requested time: P(x, y) in 2D; in 3D the central slice P(x, y, z_c), z_c the
 *       centre of the middle cell along z (cell M_3 / 2, counted from 0), as its title says.
 *       Each map has its own colour range, from 0 to its largest value.</li>
 * </ul>
 */
public final class SolutionChartsND {

    private static final int PANEL_HEIGHT = 380;
    private static final int MAP_WIDTH = 760;
    private static final int MAP_HEIGHT = 640;

    private SolutionChartsND() {
    }

    /**
     * @param requestedTime a requested output time
     * @return the heat map's file name, e.g. {@code profile_t=0.5.png}
     */
    public static String heatMapFile(double requestedTime) {
        return "profile_t=" + SolutionFiles.plain(requestedTime) + ".png";
    }

    /**
     * Writes the moments chart and one heat map per profile.
     *
     * @param solution the solution
     * @param title the run's name, shown in the titles
     * @param folder the run folder
     * @return the names of the files written, in order
     */
    public static List<String> write(SolutionND solution, String title, RunFolder folder) {
        List<String> files = new ArrayList<>();
        ExactMeansND exact = ExactMeansND.of(solution.problem(), solution.initialMoments())
            .orElse(null);
        StackedCharts.writePng(momentPanels(solution, title, exact),
            folder.file(SolutionCharts.MOMENTS_PNG), ChartFiles.DEFAULT_WIDTH, PANEL_HEIGHT);
        files.add(SolutionCharts.MOMENTS_PNG);
        for (ProfileND profile : solution.profiles()) {
            String file = heatMapFile(profile.requestedTime());
            ChartFiles.writePng(heatMap(solution.grid(), profile, title).toChart(),
                folder.file(file), MAP_WIDTH, MAP_HEIGHT);
            files.add(file);
        }
        return files;
    }

    /**
     * The heat map of one profile: P(x, y) in 2D, the central z slice in 3D.
     *
     * @param grid the grid
     * @param profile the profile
     * @param title the run's name
     * @return the heat map
     */
    static HeatMap heatMap(GridND grid, ProfileND profile, String title) {
        int nx = grid.axis(0).cells();
        int ny = grid.axis(1).cells();
        double[] density = profile.density();
        String time = "t = " + SolutionFiles.plain(profile.requestedTime());
        String label;
        int nz = 1;
        int slice = 0;
        if (grid.dimension() == 3) {
            nz = grid.axis(2).cells();
            slice = nz / 2;
            double z = grid.axis(2).centre(slice);
            z = Math.abs(z) < 1e-9 * grid.axis(2).length() ? 0 : z;
            label = title + ": P(x, y, z = " + SolutionFiles.plain(
                new BigDecimal(z).round(new MathContext(6)).doubleValue()) + ", " + time
                + "), central z slice";
        } else {
            label = title + ": P(x, y, " + time + ")";
        }
        double[][] values = new double[ny][nx];
        double peak = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double p = density[(i * ny + j) * nz + slice];
                values[j][i] = p;
                peak = Math.max(peak, p);
            }
        }
        String unit = grid.dimension() == 3 ? "1 / length^3" : "1 / length^2";
        HeatMap.Builder map = HeatMap.builder().title(label)
            .xLabel("position x (length)").yLabel("position y (length)")
            .valueLabel("P (" + unit + ")")
            .grid(grid.axis(0).centres(), grid.axis(1).centres(), values);
        if (peak > 0) {
            map.range(0, peak);
        }
        return map.build();
    }

    private static List<JFreeChart> momentPanels(SolutionND solution, String title,
                                                 ExactMeansND exact) {
        FokkerPlanckProblemND problem = solution.problem();
        int d = problem.dimension();
        List<MomentsND> moments = solution.moments();
        double[] t = new double[moments.size()];
        double[][] mean = new double[d][t.length];
        double[] variance = new double[t.length];
        double[] msd = new double[t.length];
        double[] mass = new double[t.length];
        for (int r = 0; r < t.length; r++) {
            MomentsND row = moments.get(r);
            t[r] = row.time();
            for (int a = 0; a < d; a++) {
                mean[a][r] = row.mean(a);
            }
            variance[r] = row.variance();
            msd[r] = row.msd();
            mass[r] = row.mass();
        }
        String alpha = "alpha = " + SolutionFiles.plain(problem.alpha());

        List<JFreeChart> panels = new ArrayList<>();
        LineChartSpec.Builder meanChart = LineChartSpec.builder()
            .title(title + ": mean position (" + alpha + ", " + d + "D)")
            .xLabel("time t").yLabel("mean (length)");
        for (int a = 0; a < d; a++) {
            String axis = DomainSpecND.AXIS_NAMES.get(a);
            meanChart.line("mean " + axis, t, mean[a]);
        }
        for (int a = 0; exact != null && a < d; a++) {
            double[] law = new double[t.length];
            for (int r = 0; r < t.length; r++) {
                law[r] = exact.mean(a, t[r]);
            }
            meanChart.reference("exact mean " + DomainSpecND.AXIS_NAMES.get(a)
                + (a == 0 ? ": " + ExactMeansND.FORMULA : ""), t, law);
        }
        panels.add(padded(meanChart.build().toChart()));

        LineChartSpec.Builder spread = LineChartSpec.builder()
            .title("spread, summed over the axes (log-log)")
            .xLabel("time t").yLabel("variance, MSD (length^2)").logLog()
            .line("variance (trace)", t, variance)
            .line("MSD from the start", t, msd);
        if (isFreeSpace(problem)) {
            double scale = 2 * d * problem.diffusion() / Gamma.gamma(1 + problem.alpha());
            double[] law = new double[t.length];
            for (int r = 0; r < t.length; r++) {
                law[r] = scale * Math.pow(t[r], problem.alpha());
            }
            spread.reference("free space: 2 d D t^alpha / Gamma(1 + alpha), d = " + d, t, law);
        }
        panels.add(padded(spread.build().toChart()));

        if (hasAbsorbingWall(problem.grid())) {
            panels.add(padded(LineChartSpec.builder()
                .title("survival probability (mass left in the domain, log-log)")
                .xLabel("time t").yLabel("mass S(t)").logLog()
                .line("mass", t, mass)
                .build().toChart()));
        }
        return panels;
    }

    /**
     * @param problem a problem
     * @return true without a potential and without absorbing walls, where the MSD is
     *     2 d D t^alpha / Gamma(1 + alpha) until the density feels the walls
     */
    public static boolean isFreeSpace(FokkerPlanckProblemND problem) {
        boolean free = problem.potential() instanceof SeparablePotential separable
            && separable.axes().stream().allMatch(axis -> axis instanceof Free);
        return free && !hasAbsorbingWall(problem.grid());
    }

    private static boolean hasAbsorbingWall(GridND grid) {
        for (int a = 0; a < grid.dimension(); a++) {
            if (grid.boundary(a) == Boundary.ABSORBING) {
                return true;
            }
        }
        return false;
    }

    private static JFreeChart padded(JFreeChart chart) {
        chart.setPadding(new RectangleInsets(6, 6, 6, 24));
        return chart;
    }
}
