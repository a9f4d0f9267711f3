package org.fracdyn.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fracdyn.charts.AxisScale;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.cli.lattice.RunOutput;
import org.fracdyn.cli.progress.TerminalProgress;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.RunFolder;
import org.fracdyn.lattice.ctrw.CtrwProblem;
import org.fracdyn.lattice.ctrw.CtrwResult;
import org.fracdyn.lattice.ctrw.CtrwSimulator;
import org.fracdyn.lattice.ctrw.Histogram;
import org.fracdyn.lattice.ctrw.JumpKernel;
import org.fracdyn.lattice.ctrw.WaitingTime;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.lattice.estimate.PowerLawFit;
import org.hipparchus.special.Gamma;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn ctrw}: an ensemble of continuous-time random walks with heavy-tailed waiting
 * times (nearest-neighbour jumps on Z^d), the displacement histogram at the final time and the
 * MSD against the renewal theory &lt;r^2(t)&gt; = &lt;n(t)&gt; (exact for Mittag-Leffler
 * waits, asymptotic for Pareto), which is the time-fractional diffusion equation's
 * 2 d D t^alpha / Gamma(1 + alpha).
 */
@Command(name = "ctrw", mixinStandardHelpOptions = true,
    description = {"Continuous-time random walks with power-law waiting times: the"
        + " displacement histogram at T and the MSD.",
        "Writes summary.json, histogram.csv, histogram.png, msd.csv and msd.png."})
public final class CtrwCommand implements Callable<Integer> {

    @Option(names = "--alpha", paramLabel = "A", required = true,
        description = "Tail index of the waiting times, 0 < A <= 1 (Mittag-Leffler) or"
            + " 0 < A < 1 (Pareto).")
    private double alpha;

    @Option(names = "--waiting", paramLabel = "pareto|mittag-leffler",
        defaultValue = "mittag-leffler", description = "Waiting-time law (default"
            + " ${DEFAULT-VALUE}).")
    private String waitingName;

    @Option(names = "--scale", paramLabel = "TAU", defaultValue = "1",
        description = "Time scale of the waits: gamma (Mittag-Leffler) or the shortest wait"
            + " t0 (Pareto); default ${DEFAULT-VALUE}.")
    private double scale;

    @Option(names = "--dimension", paramLabel = "D", defaultValue = "1",
        description = "Dimension of the lattice Z^d, 1 to 3 (default ${DEFAULT-VALUE}).")
    private int dimension;

    @Option(names = "--walkers", paramLabel = "W", defaultValue = "100000",
        description = "Walkers (default ${DEFAULT-VALUE}).")
    private long walkers;

    @Option(names = "--time", paramLabel = "T", defaultValue = "10000",
        description = "Final time, in units of the scale's time (default ${DEFAULT-VALUE}).")
    private double time;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261203",
        description = "Seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default runs/ctrw-<waiting>-a<alpha>).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        WaitingTime waiting = parseWaiting();
        if (!(time > 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("time = " + time + ": expected a finite time > 0");
        }
        double first = Math.min(time, scale);
        double[] times = CtrwProblem.logSpacedTimes(first, time, 10);
        if (times[times.length - 1] < time * (1 - 1e-12)) {
            times = Arrays.copyOf(times, times.length + 1);
            times[times.length - 1] = time;
        }
        CtrwProblem problem = CtrwProblem.of(dimension, waiting, new JumpKernel.NearestNeighbour(),
            walkers, times, seed);
        Path folderPath = RunFolder.resolve(out, String.format(Locale.ROOT, "ctrw-%s-a%s",
            waitingName.toLowerCase(Locale.ROOT), alpha));

        long started = System.nanoTime();
        CtrwResult result;
        try (TerminalProgress progress = TerminalProgress.toStderr("ctrw")) {
            result = CtrwSimulator.run(problem, (done, total) -> {
                synchronized (progress) {
                    progress.update(done, total, null);
                }
            });
        }
        double seconds = (System.nanoTime() - started) * 1e-9;

        double[] theory = new double[times.length];
        for (int m = 0; m < times.length; m++) {
            theory[m] = problem.theoreticalMsd(times[m]);
        }
        double lower = waiting.exact() ? Math.min(10 * scale, time / 10)
            : Math.min(Math.max(100 * scale, time / 100), time / 10);
        FitWindow window = FitWindow.of(Math.max(times[0], lower), time * (1 + 1e-12));
        double[] fitted = result.msd();
        if (!waiting.exact()) {
            double perJump = problem.theoreticalMsd(time) / waiting.meanJumps(time);
            fitted = fitted.clone();
            for (int m = 0; m < fitted.length; m++) {
                double correction = perJump * paretoCorrection(alpha, result.times()[m] / scale);
                fitted[m] -= correction;
                theory[m] += correction;
            }
        }
        PowerLawFit fit = PowerLawFit.fit(result.times(), fitted, window);
        double exponentStderr = Math.max(fit.exponentStderr(),
            endpointStderr(result, fitted, window));

        RunFolder folder = RunFolder.create(folderPath);
        folder.writeCsv("msd.csv", CsvTables.writer()
            .column("t", result.times())
            .column("msd", result.msd())
            .column("msd_stderr", result.msdStderr())
            .column("msd_theory", theory)
            .column("mean_jumps", result.meanJumps())
            .column("mean_jumps_stderr", result.meanJumpsStderr()));
        Histogram histogram = result.finalPositions();
        double[] x = new double[histogram.bins()];
        long[] counts = histogram.counts();
        double[] density = new double[histogram.bins()];
        for (int k = 0; k < x.length; k++) {
            x[k] = histogram.centre(k);
            density[k] = histogram.density(k);
        }
        folder.writeCsv("histogram.csv", CsvTables.writer()
            .column("x", x)
            .column("count", counts)
            .column("density", density));
        writeCharts(folder, result, theory, x, density);

        int last = times.length - 1;
        Map<String, Object> s = RunOutput.head("ctrw", seed);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("alpha", alpha);
        parameters.put("waiting", waitingName.toLowerCase(Locale.ROOT));
        parameters.put("scale", scale);
        parameters.put("dimension", dimension);
        parameters.put("walkers", walkers);
        parameters.put("time", time);
        parameters.put("jumps", "nearest neighbour on Z^d, unit spacing");
        s.put("parameters", parameters);
        s.put("msd_at_time", result.msd()[last]);
        s.put("msd_at_time_stderr", result.msdStderr()[last]);
        s.put("msd_theory_at_time", theory[last]);
        double zScore = (result.msd()[last] - theory[last]) / result.msdStderr()[last];
        s.put("msd_z_score_at_time", zScore);
        s.put("theory", waiting.exact() ? "exact: <n(t)> = (t/gamma)^alpha / Gamma(1 + alpha)"
            : "asymptotic (t >> t0): (t/t0)^alpha / (Gamma(1 - alpha) Gamma(1 + alpha)) plus"
                + " the subleading terms of window_rule");
        s.put("msd_exponent", RunOutput.ordered("value", fit.exponent(),
            "stderr", exponentStderr,
            "stderr_method", "the larger of the least-squares standard error (too small: the"
                + " MSD errors are correlated in time) and sqrt(e_lo^2 + e_hi^2) / ln(hi/lo),"
                + " e the relative MSD standard errors at the window's ends (an upper bound"
                + " for the error of the end-to-end slope, their correlation being positive)",
            "window", RunOutput.ordered("lower", window.lower(), "upper", time),
            "window_rule", waiting.exact()
                ? "from min(10 gamma, T/10) to T: the renewal law is exact at all times"
                : "the last two decades, from max(100 t0, T/100) (at most T/10) to T, of the"
                    + " MSD minus the known subleading terms of the Pareto renewal law,"
                    + " <n(t)> - A (t/t0)^alpha = sum_j>=1 k^j (t/t0)^(alpha - j(1 - alpha))"
                    + " / (Gamma(1 - alpha) Gamma(1 + alpha - j(1 - alpha))) - 1 with k ="
                    + " alpha / ((1 - alpha) Gamma(1 - alpha)); what is left is relatively"
                    + " O((t/t0)^(2 alpha - 2))"));
        s.put("generalised_diffusion_coefficient", problem.generalisedDiffusionCoefficient());
        s.put("histogram", RunOutput.ordered("bin_width", histogram.binWidth(),
            "bins", histogram.bins(),
            "underflow", histogram.underflow(), "overflow", histogram.overflow(),
            "note", "all d components of the final positions pooled"));
        s.put("seconds", seconds);
        folder.writeJson("summary.json", s);

        spec.commandLine().getOut().printf(Locale.ROOT, "MSD(T) = %.5g +- %.2g (theory %.5g,"
                + " z = %.2f), exponent %.4f +- %.4f (alpha %.4f); %s%n", result.msd()[last],
            result.msdStderr()[last], theory[last], zScore, fit.exponent(),
            exponentStderr, alpha, folder.file("summary.json"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static double endpointStderr(CtrwResult result, double[] fitted, FitWindow window) {
        double[] t = result.times();
        int lo = -1;
        int hi = -1;
        for (int m = 0; m < t.length; m++) {
            if (window.contains(t[m])) {
                lo = lo < 0 ? m : lo;
                hi = m;
            }
        }
        if (lo < 0 || hi == lo) {
            return Double.NaN;
        }
        double eLo = result.msdStderr()[lo] / fitted[lo];
        double eHi = result.msdStderr()[hi] / fitted[hi];
        return Math.sqrt(eLo * eLo + eHi * eHi) / Math.log(t[hi] / t[lo]);
    }

    /**
     * The subleading terms of the mean number of renewals for Pareto waits P(tau &gt; t) =
     * (t/t0)^-beta. From 1 - psi(s) = Gamma(1 - beta) u^beta - beta u / (1 - beta) + O(u^2),
     * u = s t0, and n(s) = 1 / (s (1 - psi(s))) - 1 / s, expanding 1 / (1 - k u^(1 - beta))
     * with k = beta / ((1 - beta) Gamma(1 - beta)) and inverting term by term:
     * n(t) = sum_j k^j x^(beta - j (1 - beta)) / (Gamma(1 - beta) Gamma(1 + beta - j (1 -
     * beta))) - 1, x = t / t0 (Cox, Renewal Theory, 1962, ch. 4; Tauberian inversion). This
     * returns the terms j &gt;= 1 and the -1, the ones with power above -1; the O(u^2) terms
     * of psi, left out, are relatively O(x^(2 beta - 2)).
     *
     * @param beta the index, 0 &lt; beta &lt; 1
     * @param x t / t0
     * @return n(t) minus its leading term x^beta / (Gamma(1 - beta) Gamma(1 + beta))
     */
    static double paretoCorrection(double beta, double x) {
        double k = beta / ((1 - beta) * Gamma.gamma(1 - beta));
        double sum = -1;
        for (int j = 1; beta - j * (1 - beta) > -1; j++) {
            double power = beta - j * (1 - beta);
            sum += Math.pow(k, j) * Math.pow(x, power)
                / (Gamma.gamma(1 - beta) * Gamma.gamma(1 + power));
        }
        return sum;
    }

    private void writeCharts(RunFolder folder, CtrwResult result, double[] theory, double[] x,
                             double[] density) {
        LineChartSpec msd = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "CTRW, %s waits, alpha = %s, %d walkers",
                waitingName, alpha, walkers))
            .logLog()
            .xLabel("t")
            .yLabel("<r^2(t)>")
            .points("simulation", result.times(), result.msd())
            .reference("renewal theory", result.times(), theory)
            .build();
        RunOutput.png(folder, "msd.png", msd.toChart());
        LineChartSpec hist = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "Displacement at T = %s (components pooled)",
                time))
            .yScale(AxisScale.LOG)
            .xLabel("x (lattice spacings)")
            .yLabel("density")
            .points("histogram", x, density)
            .build();
        RunOutput.png(folder, "histogram.png", hist.toChart());
    }

    private WaitingTime parseWaiting() {
        String name = waitingName.toLowerCase(Locale.ROOT);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale = " + scale
                + ": expected a finite time > 0");
        }
        switch (name) {
            case "mittag-leffler":
            case "ml":
                if (!(alpha > 0 && alpha <= 1)) {
                    throw new IllegalArgumentException("alpha = " + alpha
                        + ": expected 0 < alpha <= 1 for Mittag-Leffler waits");
                }
                return new WaitingTime.MittagLeffler(scale, alpha);
            case "pareto":
                if (!(alpha > 0 && alpha < 1)) {
                    throw new IllegalArgumentException("alpha = " + alpha
                        + ": expected 0 < alpha < 1 for Pareto waits");
                }
                return new WaitingTime.Pareto(scale, alpha);
            default:
                throw new IllegalArgumentException("waiting = " + waitingName
                    + ": expected pareto or mittag-leffler");
        }
    }
}
