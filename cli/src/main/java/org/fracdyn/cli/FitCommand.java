package org.fracdyn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.io.AtomicFiles;
import org.fracdyn.io.JsonDocuments;
import org.fracdyn.io.RunFolder;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.lattice.estimate.GrowthModel;
import org.fracdyn.lattice.estimate.LogSeries;
import org.fracdyn.lattice.estimate.ModelComparison;
import org.fracdyn.nn.fit.FfpeFit;
import org.fracdyn.nn.fit.TraceFit;
import org.fracdyn.nn.fit.TraceFitOptions;
import org.fracdyn.nn.trace.Trace;
import org.fracdyn.nn.trace.TraceReader;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn fit TRACE}: says what a weight trace does. Fits a column (default
 * {@code total}) and every layer column with {@link TraceFit}: the model comparison (power
 * law, logarithmic, two-regime) over the whole trace with its winner, the power-law exponent b
 * on the window the comparison leaves, with a 95 % block-bootstrap interval, both readings
 * d_w = 1/b and d_s = 2 b (the paper's eq. 7), the local slopes, and the free FFPE fit
 * (alpha, D, residual).
 *
 * <p>Writes {@code summary.json} and {@code fit.png} (top: R(t) on log-log axes with the fit
 * on its window and the window's ends marked; bottom: the local slopes with b) into the run
 * folder, default {@code <trace folder>/fit}. Nothing is written when the trace cannot be
 * read or fitted (exit 2).
 *
 * <p>A layer column whose largest displacement is at most {@link #ROUNDING_LEVEL} times the
 * largest total is not fitted but reported as being at the rounding level: a bias that feeds
 * a batch norm has a zero gradient (the norm subtracts the batch mean), and its displacement
 * is floating-point noise (about 1e-17 against a total of order 1), not motion.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = {"Fit a weight trace: power law vs logarithmic vs two-regime growth, the "
        + "exponent with a 95%% bootstrap interval, d_w = 1/b and d_s = 2b, local slopes, and "
        + "the time-fractional (FFPE) model.",
        "Writes summary.json and fit.png."})
public final class FitCommand implements Callable<Integer> {

    /**
     * Largest layer-to-total displacement ratio treated as rounding noise. float64 rounding is
     * 1.1e-16 relative to a weight's size; a tensor that moved by a real gradient moves by far
     * more than 1e-10 of the total, one that only collects rounding stays near 1e-17.
     */
    static final double ROUNDING_LEVEL = 1e-10;

    private static final int WIDTH = 900;
    private static final int PANEL_HEIGHT = 500;

    @Parameters(index = "0", paramLabel = "TRACE",
        description = "The trace (.csv, .jsonl, .npz or .npy; see docs/traces.md).")
    private Path traceFile;

    @Option(names = "--column", paramLabel = "NAME", defaultValue = Trace.TOTAL,
        description = "The column to fit (default: ${DEFAULT-VALUE}).")
    private String column;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default: <trace folder>/fit).")
    private Path out;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000",
        description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
        description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-layers", negatable = false,
        description = "Fit only the column, not every layer:* column too.")
    private boolean noLayers;

    @Option(names = "--confinement", negatable = false,
        description = "Also fit the confined (harmonic) FFPE model, alpha, D and k, from the "
            + "start of the power-law window to the end of the trace.")
    private boolean confinement;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TraceFitOptions options = TraceFitOptions.DEFAULT.withResamples(resamples)
            .withSeed(seed);
        Trace trace = TraceReader.read(traceFile);
        TraceFit fit;
        try {
            fit = TraceFit.fit(trace, column, options);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(traceFile + ": " + e.getMessage(), e);
        }
        Map<String, Double> roundingLevel = new java.util.LinkedHashMap<>();
        Map<String, TraceFit> layers = noLayers || !column.equals(Trace.TOTAL) ? Map.of()
            : TraceFit.fitLayers(layersAboveRounding(trace, roundingLevel), options);
        FfpeFit confined = confinement ? confinedFit(trace, fit) : null;
        Path parent = traceFile.toAbsolutePath().getParent();
        Path folderPath = out != null ? out : parent.resolve("fit");
        JFreeChart top = traceChart(trace, fit);
        JFreeChart bottom = slopesChart(fit);

        RunFolder folder = RunFolder.create(folderPath);
        ObjectNode summary = summary(fit, layers, trace.rowCount());
        if (!roundingLevel.isEmpty()) {
            ObjectNode perLayer = summary.has("layers") ? (ObjectNode) summary.get("layers")
                : summary.putObject("layers");
            roundingLevel.forEach((name, largest) -> perLayer.putObject(name)
                .put("column", name).put("rounding_level", true)
                .put("max_displacement", largest));
        }
        if (confined != null) {
            ObjectNode c = ((ObjectNode) summary.get("ffpe_fit")).putObject("confined");
            c.put("model", "harmonic, x0 = 0, gamma = 1: R^2 = (D/k)(1 - E_alpha(-2 k t^alpha))");
            c.put("alpha", confined.alpha());
            c.put("diffusion", confined.diffusion());
            c.put("confinement", confined.confinement());
            c.put("residual", confined.residual());
            c.put("alpha_at_bound", confined.atBound());
            c.put("first_step", Math.round(fit.windowFirstStep()));
            c.put("last_step", Math.round(fit.lastStep()));
        }
        folder.writeJson("summary.json", summary);
        writeStacked(top, bottom, folder.file("fit.png"));

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(column + ": " + fit.verdict());
        FfpeFit ffpe = fit.ffpe();
        stdout.printf(Locale.ROOT, "time-fractional model on the window: alpha = %.3f%s, "
                + "D = %.4g (R^2 per step^alpha), rms residual %.3g in ln R^2%n", ffpe.alpha(),
            ffpe.atBound() ? " (at its bound)" : "", ffpe.diffusion(), ffpe.residual());
        if (confined != null) {
            stdout.printf(Locale.ROOT, "confined model, steps %.0f-%.0f: alpha = %.3f, D = %.4g, "
                    + "k = %.3g (plateau D/k = %.4g), rms residual %.3g%n", fit.windowFirstStep(),
                fit.lastStep(), confined.alpha(), confined.diffusion(), confined.confinement(),
                confined.diffusion() / confined.confinement(), confined.residual());
        }
        for (Map.Entry<String, TraceFit> layer : layers.entrySet()) {
            TraceFit f = layer.getValue();
            stdout.printf(Locale.ROOT, "  %s: %s wins; b = %.3f [%.3f, %.3f] over steps "
                    + "%.0f-%.0f%n", layer.getKey(), f.winner().label(), f.exponent().value(),
                f.exponent().low(), f.exponent().high(), f.windowFirstStep(),
                f.windowLastStep());
        }
        roundingLevel.forEach((name, largest) -> stdout.printf(Locale.ROOT,
            "  %s: not fitted, displacement at the rounding level (at most %.3g, total %.4g)%n",
            name, largest, max(trace.total())));
        stdout.println("results in " + folder.root());
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * @param trace the trace
     * @param roundingLevel receives each layer column at the rounding level, with its largest
     *     displacement
     * @return the trace without those columns
     */
    private static Trace layersAboveRounding(Trace trace, Map<String, Double> roundingLevel) {
        double largestTotal = max(trace.total());
        Map<String, double[]> kept = new java.util.LinkedHashMap<>();
        for (String name : trace.columnNames()) {
            double[] values = trace.column(name);
            if (name.startsWith(Trace.LAYER_PREFIX)
                && max(values) <= ROUNDING_LEVEL * largestTotal) {
                roundingLevel.put(name, max(values));
            } else {
                kept.put(name, values);
            }
        }
        return roundingLevel.isEmpty() ? trace
            : Trace.of(trace.steps(), trace.epochs().orElse(null), kept);
    }

    private static double max(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Double.isNaN(v) ? largest : Math.max(largest, v);
        }
        return largest;
    }

    private FfpeFit confinedFit(Trace trace, TraceFit fit) {
        long[] steps = trace.steps();
        double[] t = new double[steps.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = steps[i];
        }
        double[] r = trace.column(column);
        double[] kept = new double[t.length];
        double[] keptR = new double[t.length];
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] > 0 && r[i] > 0 && Double.isFinite(r[i])) {
                kept[n] = t[i];
                keptR[n] = r[i];
                n++;
            }
        }
        FitWindow window = FitWindow.of(fit.windowFirstStep(), fit.lastStep() * (1 + 1e-12));
        LogSeries binned = LogSeries.bin(java.util.Arrays.copyOf(kept, n),
            java.util.Arrays.copyOf(keptR, n), window, LogSeries.DEFAULT_POINTS_PER_DECADE);
        return FfpeFit.fitConfined(binned.logTimes(), binned.logValues(), window);
    }

    private ObjectNode summary(TraceFit fit, Map<String, TraceFit> layers, int rows) {
        ObjectNode root = JsonDocuments.newObject();
        root.put("command", "fit");
        root.put("fracdyn_version", ManifestVersionProvider.version());
        root.put("trace", traceFile.toAbsolutePath().toString());
        root.put("rows", rows);
        root.put("bootstrap_resamples", resamples);
        root.put("seed", seed);
        describe(root, fit, true);
        if (!layers.isEmpty()) {
            ObjectNode perLayer = root.putObject("layers");
            layers.forEach((name, layerFit) -> describe(perLayer.putObject(name), layerFit,
                false));
        }
        return root;
    }

    private static void describe(ObjectNode node, TraceFit fit, boolean full) {
        node.put("column", fit.column());
        node.put("verdict", fit.verdict());
        node.put("single_power_law", fit.singlePowerLaw());
        estimate(node.putObject("exponent"), fit.exponent());
        estimate(node.putObject("walker_dimension"), fit.walkerDimension());
        estimate(node.putObject("spectral_dimension_eq7"), fit.spectralDimensionEq7());
        ObjectNode window = node.putObject("window");
        window.put("first_step", Math.round(fit.windowFirstStep()));
        window.put("last_step", Math.round(fit.windowLastStep()));
        window.put("decades", Math.log10(fit.windowLastStep() / fit.windowFirstStep()));
        ObjectNode comparison = node.putObject("model_comparison");
        ModelComparison mc = fit.comparison();
        comparison.put("winner", mc.winner().label());
        comparison.put("criterion", "BIC");
        ObjectNode over = comparison.putObject("window");
        over.put("first_step", Math.round(fit.firstStep()));
        over.put("last_step", Math.round(fit.lastStep()));
        comparison.put("points", mc.points());
        comparison.put("noise_correlation", mc.noiseCorrelation());
        ObjectNode candidates = comparison.putObject("candidates");
        for (ModelComparison.Candidate candidate : mc.candidates()) {
            ObjectNode c = candidates.putObject(candidate.model().label());
            c.put("bic", candidate.bic());
            c.put("aic", candidate.aic());
            double[] p = candidate.parameters();
            ObjectNode parameters = c.putObject("parameters");
            switch (candidate.model()) {
                case POWER_LAW -> {
                    parameters.put("prefactor", p[0]);
                    parameters.put("exponent", p[1]);
                }
                case LOGARITHMIC -> {
                    parameters.put("a", p[0]);
                    parameters.put("b", p[1]);
                }
                case TWO_REGIME -> {
                    parameters.put("value_at_break", p[0]);
                    parameters.put("early_exponent", p[1]);
                    parameters.put("late_exponent", p[2]);
                    parameters.put("break_step", p[3]);
                }
            }
        }
        FfpeFit ffpe = fit.ffpe();
        ObjectNode f = node.putObject("ffpe_fit");
        f.put("model", "free: R^2 = 2 D t^alpha / Gamma(1 + alpha), t in steps");
        f.put("alpha", ffpe.alpha());
        f.put("diffusion", ffpe.diffusion());
        f.put("residual", ffpe.residual());
        f.put("residual_meaning", "rms of ln R^2 - ln MSD over the log-binned window points");
        f.put("alpha_at_bound", ffpe.atBound());
        f.put("points", ffpe.points());
        if (full) {
            ObjectNode local = node.putObject("local_slopes");
            ArrayNode steps = local.putArray("steps");
            ArrayNode slopes = local.putArray("slopes");
            for (int k = 0; k < fit.localSlopes().size(); k++) {
                steps.add(fit.localSlopes().times()[k]);
                slopes.add(fit.localSlopes().slopes()[k]);
            }
            ObjectNode flat = node.putObject("flattest_slope_run");
            flat.put("lower_step", fit.selection().window().lower());
            flat.put("upper_step", fit.selection().window().upper());
            flat.put("median_slope", fit.selection().medianSlope());
            flat.put("max_relative_deviation", fit.selection().maxDeviation());
            flat.put("within_band", fit.selection().withinBand());
        }
    }

    private static void estimate(ObjectNode node, Estimate e) {
        node.put("value", e.value());
        node.put("low", e.low());
        node.put("high", e.high());
        node.put("stderr", e.stderr());
        node.put("level", 0.95);
    }

    private JFreeChart traceChart(Trace trace, TraceFit fit) {
        long[] steps = trace.steps();
        double[] t = new double[steps.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = steps[i];
        }
        double[] r = trace.column(column);
        double[] line = logGrid(fit.windowFirstStep(), fit.windowLastStep(), 30);
        double[] lineY = new double[line.length];
        for (int i = 0; i < line.length; i++) {
            lineY[i] = fit.powerLaw().predict(line[i]);
        }
        double[] extended = logGrid(fit.firstStep(), fit.lastStep(), 60);
        double[] extendedY = new double[extended.length];
        for (int i = 0; i < extended.length; i++) {
            extendedY[i] = fit.powerLaw().predict(extended[i]);
        }
        LineChartSpec.Builder chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "%s: %s wins; b = %.3f [%.3f, %.3f]", column,
                fit.winner().label(), fit.exponent().value(), fit.exponent().low(),
                fit.exponent().high()))
            .xLabel("step t").yLabel("R(t) = ||w_t - w_0||").logLog()
            .points("trace", t, r)
            .reference("power law extended", extended, extendedY)
            .line(String.format(Locale.ROOT, "power law t^%.3f on the window", fit.exponent()
                .value()), line, lineY)
            .verticalLine(fit.windowFirstStep(), "window")
            .verticalLine(fit.windowLastStep(), "");
        if (fit.winner() != GrowthModel.POWER_LAW) {
            double[] grid = logGrid(fit.firstStep(), fit.lastStep(), 60);
            double[] model = new double[grid.length];
            double[] p = fit.comparison().candidate(fit.winner()).parameters();
            for (int i = 0; i < grid.length; i++) {
                model[i] = fit.winner() == GrowthModel.LOGARITHMIC
                    ? p[0] + p[1] * Math.log(grid[i])
                    : p[0] * Math.pow(grid[i] / p[3], grid[i] < p[3] ? p[1] : p[2]);
            }
            chart.reference(fit.winner().label() + " (winner)", grid, model);
        }
        return chart.build().toChart();
    }

    private static JFreeChart slopesChart(TraceFit fit) {
        return LineChartSpec.builder()
            .title("local slope d ln R / d ln t")
            .xLabel("step t").yLabel("local slope").xScale(org.fracdyn.charts.AxisScale.LOG)
            .line("local slope", fit.localSlopes().times(), fit.localSlopes().slopes())
            .horizontalLine(fit.exponent().value(), "b")
            .horizontalLine(0.5, "1/2 (normal diffusion)")
            .verticalLine(fit.windowFirstStep(), "window")
            .verticalLine(fit.windowLastStep(), "")
            .build().toChart();
    }

    private static double[] logGrid(double from, double to, int points) {
        double[] grid = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = from * Math.pow(to / from, (double) i / (points - 1));
        }
        return grid;
    }

    /** Draws two charts one above the other into one PNG, written atomically. */
    private static void writeStacked(JFreeChart top, JFreeChart bottom, Path file) {
        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL_HEIGHT,
            BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, 2 * PANEL_HEIGHT);
        top.draw(g, new Rectangle2D.Double(0, 0, WIDTH, PANEL_HEIGHT));
        bottom.draw(g, new Rectangle2D.Double(0, PANEL_HEIGHT, WIDTH, PANEL_HEIGHT));
        g.dispose();
        AtomicFiles.write(file, stream -> ImageIO.write(image, "png", stream));
    }
}
