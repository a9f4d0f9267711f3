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
import org.fracdyn.cli.solve.SolutionFiles;
import org.fracdyn.cli.solve.SolveSchemes;
import org.fracdyn.cli.solve.SolveSummary;
import org.fracdyn.io.RunFolder;
import org.fracdyn.io.problem.ProblemFiles;
import org.fracdyn.io.problem.ProblemMapper;
import org.fracdyn.io.problem.ProblemSpec;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.solve.FokkerPlanckSolver;
import org.fracdyn.solver.solve.OutputRequest;
import org.fracdyn.solver.solve.Solution;
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
 * {@code profiles.png}.
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
            + "profiles.png to the output folder."})
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
        ProblemSpec problemSpec = ProblemFiles.read(problemFile);
        FokkerPlanckProblem problem = toProblem(problemSpec);
        OutputRequest request = ProblemMapper.toOutputRequest(problemSpec);
        requireOutputFits(problem, request);
        Path folder = RunFolder.resolve(out, problemSpec.name());
        requireCreatable(folder);

        SolveSchemes schemes = new SolveSchemes();
        describe(err, problemSpec, problem, schemes, folder);
        startChartWarmUp();
        long start = System.nanoTime();
        Solution solution;
        try (TerminalProgress progress = TerminalProgress.toStderr("solve")) {
            solution = new FokkerPlanckSolver(schemes).solve(problem, request,
                (step, total, time) -> progress.update(step, total,
                    String.format(Locale.ROOT, "t = %.4g", time)));
        } catch (SolveFailedException e) {
            err.println("fracdyn: the solve failed at " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problemFile + ": " + e.getMessage(), e);
        }
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
        int steps = problem.timeMesh().steps();
        long rows = (request.every() > 0 ? steps / request.every() : 0)
            + request.times().length + 2L;
        if (rows > MAX_MOMENT_ROWS) {
            throw new IllegalArgumentException("output.every = " + request.every()
                + " with time.steps = " + steps + " gives up to " + rows + " moment rows (about "
                + rows * MOMENT_ROW_BYTES + " bytes in memory): expected at most "
                + MAX_MOMENT_ROWS + " rows; raise output.every");
        }
        long profileBytes = 8L * problem.grid().cells() * (request.times().length + 1L);
        long allowed = Runtime.getRuntime().maxMemory() / 4;
        if (profileBytes > allowed) {
            throw new IllegalArgumentException("output.times: " + request.times().length
                + " profiles of " + problem.grid().cells() + " cells need " + profileBytes
                + " bytes: expected at most " + allowed + " (a quarter of the heap); ask for "
                + "fewer times or raise the heap (FRACDYN_JAVA_OPTS=-Xmx...)");
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
}
