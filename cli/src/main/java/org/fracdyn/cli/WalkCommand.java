package org.fracdyn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.cli.lattice.RunOutput;
import org.fracdyn.cli.lattice.WalkAnalysis;
import org.fracdyn.cli.lattice.WalkMedia;
import org.fracdyn.cli.progress.TerminalProgress;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.RunFolder;
import org.fracdyn.lattice.enumerate.ExactEnumeration;
import org.fracdyn.lattice.medium.MediumKind;
import org.fracdyn.lattice.medium.Validation;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.walk.Ant;
import org.fracdyn.lattice.walk.RandomWalk;
import org.fracdyn.lattice.walk.WalkSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn walk}: random walkers (or exact enumeration) on a medium of the
 * {@link MediumKind} registry, and the walker, spectral and fractal dimensions measured on
 * them ({@link WalkAnalysis}). Writes {@code summary.json}, {@code observables.csv}
 * (t, msd, p0, distinct with standard errors) and {@code msd.png}.
 *
 * <p>Realisation r uses the medium seed and walk seed drawn as the 2r-th and (2r+1)-th
 * {@code nextLong()} of an L64X128MixRandom seeded with {@code --seed} (the scheme of
 * {@code DisorderAverage}); the realisations are kept apart so their spread gives the errors.
 */
@Command(name = "walk", mixinStandardHelpOptions = true,
    description = {"Random walkers on a lattice, percolation cluster or fractal: the walker,"
        + " spectral and fractal dimensions.",
        "Writes summary.json, observables.csv and msd.png."})
public final class WalkCommand implements Callable<Integer> {

    @Option(names = "--medium", required = true, paramLabel = "NAME",
        description = "square-percolation, cubic-percolation, sierpinski-gasket,"
            + " sierpinski-carpet, vicsek, comb, square, triangular, cubic or file:PATH.")
    private String mediumName;

    @Option(names = "--size", paramLabel = "L", defaultValue = "128",
        description = "Linear size of lattices, percolation and the comb (default"
            + " ${DEFAULT-VALUE}).")
    private int size;

    @Option(names = "--generation", paramLabel = "G", defaultValue = "6",
        description = "Generation of the gasket, carpet or Vicsek fractal (default"
            + " ${DEFAULT-VALUE}).")
    private int generation;

    @Option(names = "--p", paramLabel = "P|pc", defaultValue = "pc",
        description = "Occupation probability of the percolation media (default p_c).")
    private String probability;

    @Option(names = "--walkers", paramLabel = "W", defaultValue = "10000",
        description = "Walkers per realisation (default ${DEFAULT-VALUE}).")
    private long walkers;

    @Option(names = "--steps", paramLabel = "T", defaultValue = "10000",
        description = "Steps per walker (default ${DEFAULT-VALUE}).")
    private long steps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261203",
        description = "Master seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--ant", paramLabel = "blind|myopic", defaultValue = "blind",
        description = "Blind ant (tries any lattice direction, waits when blocked) or myopic"
            + " ant (always moves to an actual neighbour); default ${DEFAULT-VALUE}.")
    private String antName;

    @Option(names = "--realisations", paramLabel = "R", defaultValue = "1",
        description = "Independent media (and walker sets); errors from their spread when"
            + " R > 1 (default ${DEFAULT-VALUE}).")
    private int realisations;

    @Option(names = "--exact", description = "Exact enumeration of the master equation"
        + " from one start site instead of walkers (no S(t)).")
    private boolean exact;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default:"
        + " all cores; the result does not depend on it).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default runs/walk-<medium>-<size or generation>).")
    private Path out;

    @Spec
    private CommandSpec spec;

    /** The caveat of exact enumeration on a random medium. */
    private static final String EXACT_ON_DISORDER = "exact enumeration from one start site"
        + " (the site nearest the centre) is not a disorder average: P0 and the MSD are those"
        + " of that site on that cluster; use --realisations R for an average over R clusters,"
        + " or walkers, which start on every site of the cluster";

    /** Largest steps x sites of one exact enumeration (about a minute of one core). */
    private static final double MAX_EXACT_WORK = 2e10;

    @Override
    public Integer call() {
        MediumKind kind = MediumKind.parse(mediumName);
        Path file = kind == MediumKind.FILE ? Path.of(mediumName.substring(5)) : null;
        Ant ant = parseAnt(antName);
        double p = parseProbability(kind);
        Validation.requireAtLeast("walkers", walkers, 1);
        Validation.requireAtLeast("steps", steps, 100);
        Validation.requireAtLeast("realisations", realisations, 1);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Validation.requireAtLeast("threads", threadCount, 1);
        refuseUnusedSizing(kind);
        WalkMedia.checkFits(kind, size, generation);
        if (!exact && (double) walkers * steps * realisations > 1e13) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "walkers * steps *"
                + " realisations = %.3g: expected at most 1e13 walker steps", (double) walkers
                * steps * realisations));
        }
        String sizeLabel = kind.hasGeneration() ? "g" + generation
            : kind == MediumKind.FILE ? "file" : "L" + size;
        Path folderPath = RunFolder.resolve(out, "walk-" + kind.cliName() + "-" + sizeLabel);
        PrintWriter err = spec.commandLine().getErr();

        List<WalkObservables> runs = new ArrayList<>();
        List<WalkMedia.Prepared> media = new ArrayList<>();
        RandomGenerator seeds = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        long started = System.nanoTime();
        try (TerminalProgress progress = TerminalProgress.toStderr("walk")) {
            for (int r = 0; r < realisations; r++) {
                long mediumSeed = seeds.nextLong();
                long walkSeed = seeds.nextLong();
                progress.update(r, realisations, "building medium " + (r + 1));
                WalkMedia.Prepared prepared = WalkMedia.build(kind, size, generation, p,
                    mediumSeed, file);
                long[] times = LogTimes.of(steps, 20, prepared.medium().isBipartite());
                progress.update(r, realisations, (exact ? "enumerating " : "walking ")
                    + (r + 1) + " of " + realisations);
                WalkObservables observed;
                if (exact) {
                    double work = (double) steps * prepared.medium().siteCount();
                    if (work > MAX_EXACT_WORK) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "steps = %d: exact enumeration on %d sites needs %.3g site"
                                + " updates; expected at most %.0g", steps,
                            prepared.medium().siteCount(), work, MAX_EXACT_WORK));
                    }
                    observed = ExactEnumeration.run(prepared.medium(), prepared.centre(), ant,
                        times);
                } else {
                    WalkSettings settings = WalkSettings.of(ant, walkers, times, walkSeed,
                        threadCount);
                    observed = RandomWalk.run(prepared.medium(), prepared.startSites(),
                        settings);
                }
                runs.add(observed);
                media.add(prepared);
                progress.update(r + 1, realisations, "realisation " + (r + 1) + " done");
            }
        }
        double seconds = (System.nanoTime() - started) * 1e-9;
        WalkAnalysis.Result result = WalkAnalysis.analyse(kind, runs, media, seed);

        RunFolder folder = RunFolder.create(folderPath);
        WalkObservables first = runs.get(0);
        double[] t = toDouble(first.times());
        double[][] mean = means(runs);
        folder.writeCsv("observables.csv", CsvTables.writer()
            .column("t", first.times())
            .column("msd", mean[0])
            .column("msd_stderr", mean[1])
            .column("p0", mean[2])
            .column("p0_stderr", mean[3])
            .column("distinct", mean[4])
            .column("distinct_stderr", mean[5]));
        if (Double.isNaN(result.msdExponent())) {
            writeReturnChart(folder, kind, t, mean[2], result);
        } else {
            writeChart(folder, kind, t, mean[0], result);
        }
        folder.writeJson("summary.json", summary(kind, p, media, result, seconds, threadCount));

        if (exact && kind.isPercolation()) {
            err.println("walk: warning: " + EXACT_ON_DISORDER);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "d_w = %.4f +- %.4f, d_s = %.4f +- %.4f, d_f = %.4f +- %.4f;"
                + " %s%n", result.walkerDimension().value(), result.walkerDimension().stderr(),
            result.spectralFromReturn().value(), result.spectralFromReturn().stderr(),
            result.fractalDimension().value(), result.fractalDimension().stderr(),
            folder.file("summary.json"));
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private Map<String, Object> summary(MediumKind kind, double p,
                                        List<WalkMedia.Prepared> media,
                                        WalkAnalysis.Result result, double seconds,
                                        int threadCount) {
        Map<String, Object> s = RunOutput.head("walk", seed);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("medium", mediumName);
        if (kind.hasGeneration()) {
            parameters.put("generation", generation);
        } else if (kind != MediumKind.FILE) {
            parameters.put("size", size);
        }
        if (kind.isPercolation()) {
            parameters.put("p", p);
        }
        parameters.put("ant", antName.toLowerCase(Locale.ROOT));
        parameters.put("walkers", exact ? 0 : walkers);
        parameters.put("steps", steps);
        parameters.put("realisations", realisations);
        parameters.put("exact", exact);
        parameters.put("threads", threadCount);
        s.put("parameters", parameters);
        s.put("medium", media.get(0).description());
        s.put("sites", media.get(0).medium().siteCount());
        s.put("walker_dimension", RunOutput.estimate(result.walkerDimension()));
        s.put("spectral_dimension", RunOutput.estimate(result.spectralFromReturn()));
        s.put("fractal_dimension", RunOutput.estimate(result.fractalDimension()));
        s.put("spectral_dimension_from_distinct",
            RunOutput.estimate(result.spectralFromDistinct()));
        s.put("spectral_dimension_from_relation",
            RunOutput.estimate(result.spectralFromRelation()));
        s.put("fractal_dimension_other_method", RunOutput.estimate(result.fractalOther()));
        Map<String, Object> methods = new LinkedHashMap<>();
        boolean embedded = media.get(0).medium().dimension() > 0;
        methods.put("walker_dimension", embedded
            ? "2 / (exponent of msd(t)), " + result.fitMethod()
            : "not available: the medium has no coordinates, so no MSD; the window: "
                + result.fitMethod());
        methods.put("spectral_dimension", "-2 x (exponent of P0(t)) on the same window"
            + (media.get(0).medium().isBipartite() ? ", even times only (bipartite medium)"
            : ""));
        methods.put("spectral_dimension_from_distinct", exact
            ? "not available: exact enumeration gives no S(t)"
            : "2 x (exponent of S(t)), valid for d_s < 2");
        methods.put("spectral_dimension_from_relation", "2 d_f / d_w");
        methods.put("fractal_dimension", result.fractalMethod());
        methods.put("errors", result.errorMethod());
        s.put("methods", methods);
        s.put("fit_window", RunOutput.ordered("lower", result.window().lower(),
            "upper", result.window().upper(), "within_band", result.windowWithinBand()));
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("walker_dimension", kind.walkerDimension());
        reference.put("fractal_dimension", kind.fractalDimension());
        reference.put("spectral_dimension", 2 * kind.fractalDimension()
            / kind.walkerDimension());
        reference.put("source", "REFERENCES.md (carpet and 3D percolation approximate)");
        s.put("reference", reference);
        if (exact && kind.isPercolation()) {
            s.put("warnings", List.of(EXACT_ON_DISORDER));
        }
        s.put("seconds", seconds);
        return s;
    }

    private void writeChart(RunFolder folder, MediumKind kind, double[] t, double[] msd,
                            WalkAnalysis.Result result) {
        double lo = result.window().lower();
        double hi = result.window().upper();
        int n = 40;
        double[] ft = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i < n; i++) {
            ft[i] = lo * Math.pow(hi / lo, i / (n - 1.0));
            fy[i] = result.msdPrefactor() * Math.pow(ft[i], result.msdExponent());
        }
        LineChartSpec upper = LineChartSpec.builder()
            .logLog()
            .xLabel("t (steps)")
            .yLabel("<r^2(t)> (bond lengths^2)")
            .points("MSD", t, msd)
            .reference(String.format(Locale.ROOT, "fit t^%.4f (d_w = %.4f)",
                result.msdExponent(), result.walkerDimension().value()), ft, fy)
            .build();
        double[] flat = new double[t.length];
        java.util.Arrays.fill(flat, 2 / (Double.isNaN(kind.walkerDimension()) ? 2
            : kind.walkerDimension()));
        LineChartSpec lower = LineChartSpec.builder()
            .xScale(org.fracdyn.charts.AxisScale.LOG)
            .xLabel("t (steps)")
            .yLabel("local slope")
            .line("local slope d ln<r^2>/d ln t", result.slopeTimes(), result.slopes())
            .reference("2/d_w reference", t, flat)
            .verticalLine(lo, "window")
            .verticalLine(hi, null)
            .build();
        RunOutput.png(folder, "msd.png", RunOutput.stacked("Walkers on " + kind.cliName()
            + (exact ? " (exact enumeration)" : ""), upper, lower));
    }

    /** msd.png on a medium without coordinates: P0(t) and its local slope instead. */
    private void writeReturnChart(RunFolder folder, MediumKind kind, double[] t, double[] p0,
                                  WalkAnalysis.Result result) {
        double lo = result.window().lower();
        double hi = result.window().upper();
        int n = 0;
        for (double v : p0) {
            n += v > 0 ? 1 : 0;
        }
        double[] pt = new double[n];
        double[] py = new double[n];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (p0[i] > 0) {
                pt[k] = t[i];
                py[k++] = p0[i];
            }
        }
        LineChartSpec upper = LineChartSpec.builder()
            .logLog()
            .xLabel("t (steps)")
            .yLabel("P0(t)")
            .points("P0 (no MSD: the medium has no coordinates)", pt, py)
            .build();
        LineChartSpec lower = LineChartSpec.builder()
            .xScale(org.fracdyn.charts.AxisScale.LOG)
            .xLabel("t (steps)")
            .yLabel("local slope")
            .line("local slope d ln P0/d ln t", result.slopeTimes(), result.slopes())
            .verticalLine(lo, "window")
            .verticalLine(hi, null)
            .build();
        RunOutput.png(folder, "msd.png", RunOutput.stacked("Walkers on " + kind.cliName()
            + (exact ? " (exact enumeration)" : ""), upper, lower));
    }

    /**
     * Refuses --size, --generation or --p given for a medium that does not use them, rather
     * than ignoring them silently.
     */
    private void refuseUnusedSizing(MediumKind kind) {
        ParseResult given = spec.commandLine().getParseResult();
        String sizedBy = kind == MediumKind.FILE ? "the file"
            : kind.hasGeneration() ? "--generation" : "--size";
        if (given.hasMatchedOption("--size") && !sizedBy.equals("--size")) {
            throw new IllegalArgumentException("size = " + size + ": not used by the medium "
                + mediumName + ", which is sized by " + sizedBy);
        }
        if (given.hasMatchedOption("--generation") && !sizedBy.equals("--generation")) {
            throw new IllegalArgumentException("generation = " + generation + ": not used by"
                + " the medium " + mediumName + ", which is sized by " + sizedBy);
        }
        if (given.hasMatchedOption("--p") && !kind.isPercolation()) {
            throw new IllegalArgumentException("p = " + probability + ": not used by the medium "
                + mediumName + "; expected only with square-percolation or cubic-percolation");
        }
    }

    private double parseProbability(MediumKind kind) {
        if (probability.equalsIgnoreCase("pc")) {
            return kind.isPercolation()
                ? Thresholds.criticalProbability(kind.latticeKind(), PercolationKind.SITE) : 1;
        }
        double p;
        try {
            p = Double.parseDouble(probability);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("p = " + probability
                + ": expected a number in [0, 1] or pc");
        }
        Validation.requireProbability("p", p);
        return p;
    }

    static Ant parseAnt(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "blind":
                return Ant.BLIND;
            case "myopic":
                return Ant.MYOPIC;
            default:
                throw new IllegalArgumentException("ant = " + name
                    + ": expected blind or myopic");
        }
    }

    private static double[][] means(List<WalkObservables> runs) {
        int nt = runs.get(0).size();
        int r = runs.size();
        double[][] out = new double[6][nt];
        for (int i = 0; i < nt; i++) {
            double[][] values = new double[3][r];
            for (int k = 0; k < r; k++) {
                values[0][k] = runs.get(k).msd()[i];
                values[1][k] = runs.get(k).returnProbability()[i];
                values[2][k] = runs.get(k).distinct()[i];
            }
            for (int q = 0; q < 3; q++) {
                double m = 0;
                for (double v : values[q]) {
                    m += v / r;
                }
                double var = 0;
                for (double v : values[q]) {
                    var += (v - m) * (v - m);
                }
                out[2 * q][i] = m;
                out[2 * q + 1][i] = r > 1 ? Math.sqrt(var / (r - 1) / r)
                    : q == 0 ? runs.get(0).msdError()[i]
                    : q == 1 ? runs.get(0).returnError()[i] : runs.get(0).distinctError()[i];
            }
        }
        return out;
    }

    private static double[] toDouble(long[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
