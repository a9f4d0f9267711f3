package org.fracdyn.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fracdyn.cli.progress.TerminalProgress;
import org.fracdyn.cli.solve.ExactMoments;
import org.fracdyn.cli.solve.SolutionCharts;
import org.fracdyn.cli.solve.SolutionChartsND;
import org.fracdyn.cli.solve.SolutionFiles;
import org.fracdyn.cli.solve.SolutionFilesND;
import org.fracdyn.cli.solve.SolveSchemes;
import org.fracdyn.cli.solve.SolveSummary;
import org.fracdyn.cli.solve.SolveSummaryND;
import org.fracdyn.io.RunFolder;
import org.fracdyn.io.problem.AnyProblemSpec;
import org.fracdyn.io.problem.ProblemFiles;
import org.fracdyn.io.problem.ProblemMapper;
import org.fracdyn.io.problem.ProblemSpec;
import org.fracdyn.io.problem.ProblemSpecND;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.FokkerPlanckSolverND;
import org.fracdyn.solver.solve.MemoryEstimate;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.ProgressListener;
import org.fracdyn.solver.solve.Solution;
import org.fracdyn.solver.solve.SolutionND;
import org.fracdyn.solver.solve.SolveFailedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn solve PROBLEM [--out DIR]}: solves the time-fractional Fokker-Planck problem
 * <pre>
 *   C_D_t^alpha P = d/dx ( D dP/dx + (1/gamma) P dV/dx ),     0 &lt; alpha &lt;= 1,
 * </pre>
 * of a problem file (docs/problem-file.md) and writes its run folder (docs/solve.md):
 * {@code summary.json}, {@code moments.csv}, {@code profiles.csv}, {@code profiles.npy}
 * with {@code profiles_x.npy} and {@code profiles_t.npy}, {@code moments.png} and
 * {@code profiles.png}. A problem with {@code domain.dims} 2 or 3,
 * <pre>
 *   C_D_t^alpha P = div( D grad P + (1/gamma) P grad V ),
 * </pre>
 * is solved by {@link FokkerPlanckSolverND} and writes {@code summary.json},
 * {@code moments.csv} (a mean per axis), {@code profiles.npy} of shape (times, M_1, M_2[,
 * M_3]) with {@code profiles_t.npy} and a centres file per axis, {@code moments.png} and a
 * heat map {@code profile_t=<t>.png} per profile (docs/solve.md). Before anything is
 * allocated, the memory the run needs is estimated ({@link MemoryEstimate}); a run that
 * would not fit in the JVM's heap is refused with the estimate and the setting to change
 * (exit 2).
 *
 * <p>Everything is checked before anything is written: a bad problem file is refused in one
 * line naming the file, line, key, value and what is allowed (exit 2), and no folder is
 * created. The folder is created after the solve succeeds, and each file in it is written
 * atomically. A solve that fails numerically is reported with the time, the step size and a
 * hint (exit 1).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = {"Solve the time-fractional Fokker-Planck problem of a problem file.",
        "Writes summary.json, moments.csv, profiles.csv, profiles*.npy, moments.png and "
            + "profiles.png to the output folder; in 2D and 3D (domain.dims) profiles*.npy "
            + "of shape (times, grid) and a heat map profile_t=<t>.png per output time."})
public final class SolveCommand implements Callable<Integer> {

    /** The most moment rows a run records (a row holds eight numbers). */
    static final long MAX_MOMENT_ROWS = 10_000_000;

    private static final long MOMENT_ROW_BYTES = 80;

    @Parameters(index = "0", paramLabel = "PROBLEM",
        description = "The problem file (YAML or JSON), see docs/problem-file.md.")
    private Path problemFile;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default: runs/<problem name>).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AnyProblemSpec anySpec = ProblemFiles.readAny(problemFile);
        if (anySpec instanceof ProblemSpecND specND) {
            return solveND(err, specND);
        }
        ProblemSpec problemSpec = (ProblemSpec) anySpec;
        FokkerPlanckProblem problem = toProblem(problemSpec);
        OutputRequest request = ProblemMapper.toOutputRequest(problemSpec);
        requireOutputFits(problem, request);
        Path folder = RunFolder.resolve(out, problemSpec.name());
        requireCreatable(folder);

        SolveSchemes schemes = new SolveSchemes();
        describe(err, problemSpec, problem, schemes, folder);
        startChartWarmUp();
        long start = System.nanoTime();
        Optional<Solution> solved = withProgress(err, listener ->
            new FokkerPlanckSolver(schemes).solve(problem, request, listener));
        if (solved.isEmpty()) {
            return ExitCodes.INTERNAL;
        }
        Solution solution = solved.get();
        double seconds = (System.nanoTime() - start) * 1e-9;

        long writing = System.nanoTime();
        RunFolder run = RunFolder.create(folder);
        List<String> files = new ArrayList<>(SolutionFiles.write(solution, run));
        Optional<ExactMoments> exact = ExactMoments.of(problem, solution.initialMoments());
        files.addAll(SolutionCharts.write(solution, problemSpec.name(), exact.orElse(null),
            run));
        run.writeJson(SolveSummary.FILE, SolveSummary.of(ManifestVersionProvider.version(),
            problemSpec, solution, schemes, seconds, exact.orElse(null), files));

        Moments last = solution.finalMoments();
        err.printf(Locale.ROOT, "fracdyn: solved in %.2f s, wrote %d files in %.2f s; at t = %s:"
            + " mass %.6g, mean %.6g, variance %.6g%n", seconds, files.size() + 1,
            (System.nanoTime() - writing) * 1e-9, last.time(), last.mass(), last.mean(),
            last.variance());
        exact.ifPresent(law -> err.printf(Locale.ROOT, "  exact mean at t = %s: %.6g (%s); "
            + "relative error %.2g%n", last.time(), law.mean(last.time()),
            ExactMoments.MEAN_FORMULA, (last.mean() - law.mean(last.time()))
                / law.mean(last.time())));
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("results: " + folder);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The two- and three-dimensional run: as {@link #call()}, with the nD files. */
    private int solveND(PrintWriter err, ProblemSpecND problemSpec) {
        FokkerPlanckProblemND problem;
        try {
            problem = ProblemMapper.toProblem(problemSpec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problemFile + ": " + e.getMessage(), e);
        }
        OutputRequest request = ProblemMapper.toOutputRequest(problemSpec);
        requireMomentRowsFit(problem.timeMesh().steps(), request);
        MemoryEstimate memory = memoryEstimate(problem, request);
        try {
            memory.check();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problemFile + ": " + e.getMessage(), e);
        }
        Path folder = RunFolder.resolve(out, problemSpec.name());
        requireCreatable(folder);

        SolveSchemes schemes = new SolveSchemes();
        describeND(err, problemSpec, problem, schemes, memory, folder);
        startChartWarmUp();
        long start = System.nanoTime();
        Optional<SolutionND> solved = withProgress(err, listener ->
            new FokkerPlanckSolverND(schemes).solve(problem, request, listener));
        if (solved.isEmpty()) {
            return ExitCodes.INTERNAL;
        }
        SolutionND solution = solved.get();
        double seconds = (System.nanoTime() - start) * 1e-9;

        long writing = System.nanoTime();
        RunFolder run = RunFolder.create(folder);
        List<String> files = new ArrayList<>(SolutionFilesND.write(solution, run));
        files.addAll(SolutionChartsND.write(solution, problemSpec.name(), run));
        run.writeJson(SolveSummary.FILE, SolveSummaryND.of(ManifestVersionProvider.version(),
            problemSpec, solution, schemes, memory, seconds, files));

        MomentsND last = solution.finalMoments();
        err.printf(Locale.ROOT, "fracdyn: solved in %.2f s, wrote %d files in %.2f s; at t = %s:"
            + " mass %.6g, mean %s, variance %.6g, msd %.6g%n", seconds, files.size() + 1,
            (System.nanoTime() - writing) * 1e-9, last.time(), last.mass(),
            formatted(last.mean()), last.variance(), last.msd());
        if (SolutionChartsND.isFreeSpace(problem)) {
            double exact = SolveSummaryND.freeSpaceMsd(problem, last.time());
            err.printf(Locale.ROOT, "  exact msd at t = %s: %.6g (%s); relative error %.2g%n",
                last.time(), exact, SolveSummaryND.MSD_FORMULA, (last.msd() - exact) / exact);
        }
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("results: " + folder);
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * The memory estimate of an nD run, with the linear solve {@link FokkerPlanckSolverND}
     * picks by default ({@code LinearSolveMethod.AUTO}): a factorisation in 2D on a uniform
     * mesh and whenever a periodic axis is tilted, conjugate gradients otherwise.
     */
    private static MemoryEstimate memoryEstimate(FokkerPlanckProblemND problem,
                                                 OutputRequest request) {
        GridND grid = problem.grid();
        boolean tilted = false;
        for (int a = 0; a < grid.dimension(); a++) {
            tilted |= grid.boundary(a) == Boundary.PERIODIC && problem.potential().tilt(a) != 0;
        }
        boolean mayFactor = grid.dimension() == 2 && problem.timeMesh().isUniform() || tilted;
        long stacked = (long) request.times().length * grid.size();
        if (stacked > GridND.MAX_CELLS) {
            throw new IllegalArgumentException("output.times: " + request.times().length
                + " profiles of " + grid.size() + " cells make " + stacked + " values: "
                + "expected at most " + GridND.MAX_CELLS + " (one array); ask for fewer times");
        }
        return MemoryEstimate.of(grid.dimension(), grid.size(), problem.timeMesh().steps(),
            problem.alpha(), problem.history(), request.times().length, mayFactor);
    }

    private static void describeND(PrintWriter err, ProblemSpecND spec,
                                   FokkerPlanckProblemND problem, SolveSchemes schemes,
                                   MemoryEstimate memory, Path folder) {
        GridND grid = problem.grid();
        TimeMesh mesh = problem.timeMesh();
        err.printf(Locale.ROOT, "fracdyn: solving '%s' from %s%n", spec.name(), spec.source());
        err.printf(Locale.ROOT, "  equation: alpha = %s, D = %s, gamma = %s (kT = %s) in %d "
            + "dimensions; %s%n", problem.alpha(), problem.diffusion(), problem.friction(),
            problem.temperature(), grid.dimension(), problem.potential().description());
        StringBuilder axes = new StringBuilder();
        for (int a = 0; a < grid.dimension(); a++) {
            Grid1D axis = grid.axis(a);
            axes.append(a == 0 ? "" : " x ").append(String.format(Locale.ROOT,
                "%d on [%s, %s] (%s)", axis.cells(), axis.min(), axis.max(),
                grid.boundary(a).label()));
        }
        err.printf(Locale.ROOT, "  grid: %d cells: %s%n", grid.size(), axes);
        err.printf(Locale.ROOT, "  time: %d steps to t = %s on a %s mesh%n", mesh.steps(),
            mesh.end(), mesh.isUniform() ? "uniform"
                : "graded (r = " + mesh.grading() + ")");
        err.printf(Locale.ROOT, "  scheme: %s%n",
            schemes.describe(problem.scheme(), problem.history()));
        err.printf(Locale.ROOT, "  memory: about %s of the %s the JVM may use%n",
            MemoryEstimate.format(memory.totalBytes()),
            MemoryEstimate.format(Runtime.getRuntime().maxMemory()));
        err.printf(Locale.ROOT, "  output: %s%n", folder);
        err.flush();
    }

    private static String formatted(double[] values) {
        StringBuilder text = new StringBuilder("(");
        for (int a = 0; a < values.length; a++) {
            text.append(a == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g",
                values[a]));
        }
        return text.append(')').toString();
    }

    /** The solver's problem; a refusal of the solver is prefixed with the problem file. */
    private FokkerPlanckProblem toProblem(ProblemSpec problemSpec) {
        try {
            return ProblemMapper.toProblem(problemSpec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problemFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads the chart machinery on a daemon thread while the solve runs (see
     * {@link SolutionCharts#warmUp()}).
     */
    private static void startChartWarmUp() {
        Thread warmUp = new Thread(SolutionCharts::warmUp, "chart-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void describe(PrintWriter err, ProblemSpec spec, FokkerPlanckProblem problem,
                                 SolveSchemes schemes, Path folder) {
        Grid1D grid = problem.grid();
        TimeMesh mesh = problem.timeMesh();
        err.printf(Locale.ROOT, "fracdyn: solving '%s' from %s%n", spec.name(), spec.source());
        err.printf(Locale.ROOT, "  equation: alpha = %s, D = %s, gamma = %s (kT = %s); %s%n",
            problem.alpha(), problem.diffusion(), problem.friction(), problem.temperature(),
            problem.potential().description());
        err.printf(Locale.ROOT, "  grid: %d cells of width %.4g on [%s, %s], %s boundary%n",
            grid.cells(), grid.width(), grid.min(), grid.max(), problem.boundary().label());
        err.printf(Locale.ROOT, "  time: %d steps to t = %s on a %s mesh%n", mesh.steps(),
            mesh.end(), mesh.isUniform() ? "uniform"
                : "graded (r = " + mesh.grading() + ")");
        err.printf(Locale.ROOT, "  scheme: %s%n",
            schemes.describe(problem.scheme(), problem.history()));
        err.printf(Locale.ROOT, "  output: %s%n", folder);
        err.flush();
    }

    /**
     * Refuses, before anything is allocated, output that would not fit: more than
     * {@value #MAX_MOMENT_ROWS} moment rows, or profiles kept in memory taking more than a
     * quarter of the heap.
     */
    private static void requireOutputFits(FokkerPlanckProblem problem, OutputRequest request) {
        requireMomentRowsFit(problem.timeMesh().steps(), request);
        long profileBytes = 8L * problem.grid().cells() * (request.times().length + 1L);
        long allowed = Runtime.getRuntime().maxMemory() / 4;
        if (profileBytes > allowed) {
            throw new IllegalArgumentException("output.times: " + request.times().length
                + " profiles of " + problem.grid().cells() + " cells need " + profileBytes
                + " bytes: expected at most " + allowed + " (a quarter of the heap); ask for "
                + "fewer times or raise the heap (FRACDYN_JAVA_OPTS=-Xmx...)");
        }
    }

    /** Refuses more than {@value #MAX_MOMENT_ROWS} moment rows. */
    private static void requireMomentRowsFit(int steps, OutputRequest request) {
        long rows = (request.every() > 0 ? steps / request.every() : 0)
            + request.times().length + 2L;
        if (rows > MAX_MOMENT_ROWS) {
            throw new IllegalArgumentException("output.every = " + request.every()
                + " with time.steps = " + steps + " gives up to " + rows + " moment rows (about "
                + rows * MOMENT_ROW_BYTES + " bytes in memory): expected at most "
                + MAX_MOMENT_ROWS + " rows; raise output.every");
        }
    }

    /**
     * Refuses, before the solve, an output folder that could not be created: one that exists
     * as a file, or whose nearest existing parent is not a writable folder.
     */
    private static void requireCreatable(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("--out = " + folder
                + ": exists and is not a folder; expected a folder or a new path");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new IllegalArgumentException("--out = " + folder + ": cannot be created, "
                + existing + " is not a writable folder; expected a writable location");
        }
    }

    /**
     * Runs a solve with a progress bar. A numerical failure is reported on err (and the result
     * is empty, exit 1); bad input found by the solver names the problem file.
     */
    private <S> Optional<S> withProgress(PrintWriter err,
                                         java.util.function.Function<ProgressListener, S> solve) {
        try (TerminalProgress progress = TerminalProgress.toStderr("solve")) {
            return Optional.of(solve.apply((step, total, time) -> progress.update(step, total,
                String.format(Locale.ROOT, "t = %.4g", time))));
        } catch (SolveFailedException e) {
            err.println("fracdyn: the solve failed at " + e.getMessage());
            err.flush();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problemFile + ": " + e.getMessage(), e);
        }
    }
}
