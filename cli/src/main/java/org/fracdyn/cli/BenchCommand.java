package org.fracdyn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.cli.bench.LatticeBenchmark;
import org.fracdyn.cli.bench.SolverBenchmark;
import org.fracdyn.cli.lattice.RunOutput;
import org.fracdyn.cli.progress.TerminalProgress;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.RunFolder;
import org.fracdyn.lattice.medium.Validation;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensityND;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.solve.FokkerPlanckSolverND;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.SolutionND;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn bench}: speed measurements with their ratios against a reference method
 * taken in the same run ({@code lattice}: labelling and walkers; {@code solver}: direct vs
 * fast Caputo history). Timings are in-process wall times after a warm-up; they depend on the
 * machine and its load, so the ratios are what to compare between machines.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Speed measurements, with ratios against a reference in the same run.",
    subcommands = {BenchCommand.Lattice.class, BenchCommand.Solver.class,
        BenchCommand.Solver2D.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code fracdyn bench lattice}. */
    @Command(name = "lattice", mixinStandardHelpOptions = true,
        description = {"Labelling an L x L site lattice at p_c, and walker steps per second on"
            + " a 2D percolation cluster against a one-walker-at-a-time reference.",
            "Writes bench.csv and summary.json."})
    static final class Lattice implements Callable<Integer> {

        @Option(names = "--size", paramLabel = "L", defaultValue = "4096",
            description = "Side of the labelled lattice (default ${DEFAULT-VALUE}).")
        private int size;

        @Option(names = "--repeats", paramLabel = "N", defaultValue = "3",
            description = "Timed labellings (default ${DEFAULT-VALUE}).")
        private int repeats;

        @Option(names = "--walk-size", paramLabel = "L", defaultValue = "1024",
            description = "Side of the lattice the walk cluster is cut from (default"
                + " ${DEFAULT-VALUE}).")
        private int walkSize;

        @Option(names = "--walkers", paramLabel = "W", defaultValue = "2000",
            description = "Walkers of the fast runs (default ${DEFAULT-VALUE}).")
        private long walkers;

        @Option(names = "--naive-walkers", paramLabel = "W", defaultValue = "200",
            description = "Walkers of the reference run (default ${DEFAULT-VALUE}).")
        private long naiveWalkers;

        @Option(names = "--steps", paramLabel = "T", defaultValue = "100000",
            description = "Steps per walker (default ${DEFAULT-VALUE}).")
        private long steps;

        @Option(names = "--threads", paramLabel = "N",
            description = "Threads of the parallel runs (default: all cores).")
        private Integer threads;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "20261203",
            description = "Seed (default ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default runs/bench-lattice).")
        private Path out;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            int threadCount = threads == null ? Runtime.getRuntime().availableProcessors()
                : threads;
            Validation.requireAtLeast("size", size, 2);
            Validation.requireAtLeast("repeats", repeats, 1);
            Validation.requireAtLeast("walk-size", walkSize, 2);
            Validation.requireAtLeast("walkers", walkers, 1);
            Validation.requireAtLeast("naive-walkers", naiveWalkers, 1);
            Validation.requireAtLeast("steps", steps, 2);
            Validation.requireAtLeast("threads", threadCount, 1);
            Validation.requireFitsInHeap("labelling of " + size + " x " + size + " sites",
                10L * size * size);
            Path folderPath = RunFolder.resolve(out, "bench-lattice");
            LatticeBenchmark bench = new LatticeBenchmark(size, repeats, walkSize, walkers,
                naiveWalkers, steps, threadCount, seed);
            List<LatticeBenchmark.Row> rows;
            try (TerminalProgress progress = TerminalProgress.toStderr("bench lattice")) {
                rows = bench.run((done, what) -> progress.update(done, 4 + repeats, what));
            }

            RunFolder folder = RunFolder.create(folderPath);
            List<String> names = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            long[] threadColumn = new long[rows.size()];
            double[] work = new double[rows.size()];
            double[] seconds = new double[rows.size()];
            double[] rate = new double[rows.size()];
            double[] cpu = new double[rows.size()];
            PrintWriter stdout = spec.commandLine().getOut();
            for (int i = 0; i < rows.size(); i++) {
                LatticeBenchmark.Row row = rows.get(i);
                names.add(row.name());
                notes.add(row.note());
                threadColumn[i] = row.threads();
                work[i] = row.work();
                seconds[i] = row.seconds();
                rate[i] = row.rate();
                cpu[i] = row.cpuSeconds();
                stdout.printf(Locale.ROOT, "%-28s %d thr  %8.3f s wall %8.3f s cpu  %10.4g"
                    + " /s  %s%n", row.name(), row.threads(), row.seconds(), row.cpuSeconds(),
                    row.rate(), row.note());
            }
            folder.writeCsv("bench.csv", CsvTables.writer()
                .column("measurement", names)
                .column("threads", threadColumn)
                .column("work", work)
                .column("seconds", seconds)
                .column("per_second", rate)
                .column("process_cpu_seconds", cpu)
                .column("per_cpu_second", divide(work, cpu))
                .column("note", notes));
            Map<String, Object> s = RunOutput.head("bench lattice", seed);
            s.put("label_size", size);
            s.put("label_best_seconds", rows.get(0).seconds());
            s.put("label_target_met", size != 4096 || rows.get(0).seconds() < 2);
            double fast = 0;
            double fastPerCpu = 0;
            for (LatticeBenchmark.Row row : rows) {
                if (row.name().equals("walk RandomWalk") && row.threads() == threadCount) {
                    fast = row.rate();
                    fastPerCpu = row.work() / row.cpuSeconds();
                }
            }
            double naive = rows.get(rows.size() - 1).rate();
            s.put("walk_steps_per_second_all_threads", fast);
            s.put("walk_threads", threadCount);
            s.put("walk_steps_per_cpu_second", fastPerCpu);
            s.put("load_average", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage());
            s.put("walk_naive_steps_per_second", naive);
            s.put("walk_ratio_to_naive", fast / naive);
            s.put("walk_target_met", fast >= 1e8);
            s.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
            folder.writeJson("summary.json", s);
            stdout.printf(Locale.ROOT, "walkers: %.1f M steps/s on %d threads, %.1f x the"
                + " one-walker-at-a-time reference; %s%n", fast / 1e6, threadCount,
                fast / naive, folder.file("bench.csv"));
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    private static double[] divide(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] / b[i];
        }
        return out;
    }

    /** {@code fracdyn bench solver}. */
    @Command(name = "solver", mixinStandardHelpOptions = true,
        description = {"Direct against fast Caputo history for N = 2^min .. 2^max steps on M"
            + " cells: wall times, their ratio and the largest difference.",
            "Writes solver-bench.csv, solver-bench.png and summary.json."})
    static final class Solver implements Callable<Integer> {

        @Option(names = "--min-exponent", paramLabel = "K", defaultValue = "10",
            description = "Smallest N = 2^K (default ${DEFAULT-VALUE}).")
        private int minExponent;

        @Option(names = "--max-exponent", paramLabel = "K", defaultValue = "17",
            description = "Largest N = 2^K (default ${DEFAULT-VALUE}).")
        private int maxExponent;

        @Option(names = "--cells", paramLabel = "M", defaultValue = "1000",
            description = "Unknowns per step (default ${DEFAULT-VALUE}).")
        private int cells;

        @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.5",
            description = "Order (default ${DEFAULT-VALUE}).")
        private double alpha;

        @Option(names = "--max-direct", paramLabel = "N", defaultValue = "16384",
            description = "Largest N run with the direct history; beyond it the direct time"
                + " is extrapolated as c N^2 (default ${DEFAULT-VALUE}).")
        private int maxDirect;

        @Option(names = "--tolerance", paramLabel = "EPS", defaultValue = "1e-10",
            description = "Sum-of-exponentials tolerance (default ${DEFAULT-VALUE}).")
        private double tolerance;

        @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default runs/bench-solver).")
        private Path out;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            SolverBenchmark bench = new SolverBenchmark(minExponent, maxExponent, cells, alpha,
                maxDirect, tolerance);
            Path folderPath = RunFolder.resolve(out, "bench-solver");
            List<SolverBenchmark.Row> rows;
            try (TerminalProgress progress = TerminalProgress.toStderr("bench solver")) {
                rows = bench.run((steps, what) -> progress.update(
                    Integer.numberOfTrailingZeros(steps) - minExponent + 1,
                    maxExponent - minExponent + 1, what));
            }

            int n = rows.size();
            long[] steps = new long[n];
            double[] x = new double[n];
            double[] fast = new double[n];
            double[] direct = new double[n];
            double[] ratio = new double[n];
            double[] abs = new double[n];
            double[] rel = new double[n];
            long[] stride = new long[n];
            List<String> mode = new ArrayList<>();
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("N, fast s, direct s, direct mode, direct/fast, max |h_f - h_d|,"
                + " relative");
            for (int i = 0; i < n; i++) {
                SolverBenchmark.Row row = rows.get(i);
                steps[i] = row.steps();
                x[i] = row.steps();
                fast[i] = row.fastSeconds();
                direct[i] = row.directSeconds();
                ratio[i] = row.ratio();
                abs[i] = row.maxAbsDifference();
                rel[i] = row.maxRelDifference();
                stride[i] = row.directStride();
                mode.add(row.directMode());
                stdout.printf(Locale.ROOT, "%d, %.4f, %.4f, %s%s, %.2f, %.3g, %.3g%n",
                    row.steps(), row.fastSeconds(), row.directSeconds(), row.directMode(),
                    row.directStride() > 1 ? " (stride " + row.directStride() + ")" : "",
                    row.ratio(), row.maxAbsDifference(), row.maxRelDifference());
            }

            RunFolder folder = RunFolder.create(folderPath);
            folder.writeCsv("solver-bench.csv", CsvTables.writer()
                .column("steps", steps)
                .column("fast_seconds", fast)
                .column("direct_seconds", direct)
                .column("direct_mode", mode)
                .column("direct_stride", stride)
                .column("direct_over_fast", ratio)
                .column("max_abs_difference", abs)
                .column("max_rel_difference", rel));
            List<Double> measuredX = new ArrayList<>();
            List<Double> measuredY = new ArrayList<>();
            List<Double> extraX = new ArrayList<>();
            List<Double> extraY = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean extrapolated = mode.get(i).equals("extrapolated");
                (extrapolated ? extraX : measuredX).add(x[i]);
                (extrapolated ? extraY : measuredY).add(direct[i]);
            }
            LineChartSpec.Builder chart = LineChartSpec.builder()
                .title(String.format(Locale.ROOT, "Caputo history, L1, M = %d, alpha = %s",
                    cells, alpha))
                .logLog()
                .xLabel("N (steps)")
                .yLabel("wall time (s)")
                .series(new org.fracdyn.charts.Series("fast (sum of exponentials)", x, fast,
                    org.fracdyn.charts.Series.Style.LINE_AND_POINTS))
                .series(new org.fracdyn.charts.Series("direct (measured or sampled)",
                    unboxed(measuredX), unboxed(measuredY),
                    org.fracdyn.charts.Series.Style.LINE_AND_POINTS));
            if (!extraX.isEmpty()) {
                chart.reference("direct, extrapolated c N^2", unboxed(extraX), unboxed(extraY));
            }
            RunOutput.png(folder, "solver-bench.png", chart.build().toChart());

            Map<String, Object> s = RunOutput.head("bench solver", 0);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("scheme", "L1");
            parameters.put("cells", cells);
            parameters.put("alpha", alpha);
            parameters.put("max_direct", maxDirect);
            parameters.put("tolerance", tolerance);
            s.put("parameters", parameters);
            s.put("note", "direct times above N = " + SolverBenchmark.FULL_DIRECT_STEPS
                + " are sampled (history every stride-th step, scaled up); above --max-direct"
                + " = " + maxDirect + " extrapolated as c N^2 from the largest direct run");
            s.put("largest_ratio", ratio[n - 1]);
            s.put("largest_ratio_mode", mode.get(n - 1));
            folder.writeJson("summary.json", s);
            stdout.printf(Locale.ROOT, "direct times above N = %d sampled, above %d"
                + " extrapolated as c N^2; %s%n", SolverBenchmark.FULL_DIRECT_STEPS, maxDirect,
                folder.file("solver-bench.csv"));
            stdout.flush();
            return ExitCodes.OK;
        }

        private static double[] unboxed(List<Double> values) {
            double[] out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = values.get(i);
            }
            return out;
        }
    }

    @Command(name = "solver-2d", mixinStandardHelpOptions = true,
        description = {"A 2D run, free subdiffusion on L x L cells for N uniform steps, with"
            + " the direct and with the fast Caputo history: wall times, their ratio and the"
            + " largest difference of the final densities.", "Writes summary.json."})
    static final class Solver2D implements Callable<Integer> {

        @Option(names = "--cells", paramLabel = "L", defaultValue = "256",
            description = "Cells per axis (default ${DEFAULT-VALUE}).")
        private int cells;

        @Option(names = "--steps", paramLabel = "N", defaultValue = "1000",
            description = "Time steps (default ${DEFAULT-VALUE}).")
        private int steps;

        @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.5",
            description = "Order (default ${DEFAULT-VALUE}).")
        private double alpha;

        @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default runs/bench-solver-2d).")
        private Path out;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            FokkerPlanckProblemND direct = FokkerPlanckProblemND.builder().alpha(alpha)
                .diffusion(1).friction(1)
                .grid(GridND.of(new double[] {-8, -8}, new double[] {8, 8},
                    new int[] {cells, cells}, org.fracdyn.solver.boundary.Boundary.REFLECTING))
                .initialDensity(new InitialDensityND.Gaussian(new double[] {0, 0},
                    new double[] {0.5, 0.5}))
                .timeMesh(TimeMesh.uniform(1.0, steps)).history(HistoryKind.DIRECT).build();
            FokkerPlanckProblemND fast = direct.toBuilder().history(HistoryKind.FAST).build();
            Path folderPath = RunFolder.resolve(out, "bench-solver-2d");
            PrintWriter stdout = spec.commandLine().getOut();

            double[] seconds = new double[2];
            double[][] finals = new double[2][];
            String[] names = {"direct", "fast"};
            FokkerPlanckProblemND[] problems = {direct, fast};
            for (int k = 0; k < 2; k++) {
                try (TerminalProgress progress = TerminalProgress.toStderr(
                        "2D " + cells + "x" + cells + ", " + names[k] + " history")) {
                    long t0 = System.nanoTime();
                    SolutionND solution = new FokkerPlanckSolverND().solve(problems[k],
                        OutputRequest.of(0), (n, total, t) -> progress.update(n, total, ""));
                    seconds[k] = (System.nanoTime() - t0) * 1e-9;
                    finals[k] = solution.finalProfile().density();
                }
            }
            double worst = 0;
            for (int i = 0; i < finals[0].length; i++) {
                worst = Math.max(worst, Math.abs(finals[0][i] - finals[1][i]));
            }
            stdout.printf(Locale.ROOT, "2D %dx%d, %d steps, alpha %s: direct %.2f s, fast %.2f s,"
                + " direct/fast %.2f, max |P_direct - P_fast| %.3g%n", cells, cells, steps,
                alpha, seconds[0], seconds[1], seconds[0] / seconds[1], worst);

            RunFolder folder = RunFolder.create(folderPath);
            Map<String, Object> s = RunOutput.head("bench solver-2d", 0);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("cells", List.of(cells, cells));
            parameters.put("steps", steps);
            parameters.put("alpha", alpha);
            s.put("parameters", parameters);
            s.put("direct_seconds", seconds[0]);
            s.put("fast_seconds", seconds[1]);
            s.put("direct_over_fast", seconds[0] / seconds[1]);
            s.put("max_abs_difference", worst);
            folder.writeJson("summary.json", s);
            stdout.println(folder.file("summary.json"));
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
