package org.fracdyn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.fracdyn.io.RunFolder;
import org.fracdyn.validation.ValidationCatalogue;
import org.fracdyn.validation.ValidationReport;
import org.fracdyn.validation.ValidationSuite;
import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.Verdict;
import org.fracdyn.validation.report.ReportWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn validate}: runs the theory checks and writes the report. Exit 0 when no check
 * fails, 1 when one does, 2 on bad input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Run the theory checks and write report.md, report.json and report.html.",
        "Exit code 0 when no check fails, 1 otherwise. A claim of the paper that the data do"
            + " not support is reported as 'not supported' and does not fail the run."})
public final class ValidateCommand implements Callable<Integer> {

    static final class Thoroughness {
        @Option(names = "--quick", description = "A run of a few minutes (the default; CI).")
        boolean quick;

        @Option(names = "--full", description = "The publication-grade run.")
        boolean full;
    }

    @ArgGroup(exclusive = true)
    private Thoroughness thoroughness;

    @Option(names = "--only", split = ",", paramLabel = "GROUP",
        description = "Only these groups: solver-exact, solver-convergence, special-functions,"
            + " lattice, ctrw, bridge, paper.")
    private List<String> only = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: "
        + "runs/validation-quick or runs/validation-full).")
    private Path out;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).",
        defaultValue = "20261203")
    private long seed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CheckContext.Mode mode = thoroughness != null && thoroughness.full
            ? CheckContext.Mode.FULL : CheckContext.Mode.QUICK;
        Set<CheckGroup> groups = EnumSet.noneOf(CheckGroup.class);
        only.forEach(name -> groups.add(CheckGroup.fromLabel(name)));
        // Refuse an --out that is (or lies under) an existing file before any check runs.
        Path folder = RunFolder.resolve(out != null ? out
            : Path.of("runs", "validation-" + mode.name().toLowerCase(Locale.ROOT)), null);
        ValidationSuite suite = new ValidationSuite(ValidationCatalogue.all()).only(groups);
        PrintWriter err = spec.commandLine().getErr();
        // The expected duration is that of all the groups; with --only it would mislead.
        err.printf(Locale.ROOT, "fracdyn: running %d checks (%s run%s)%n",
            suite.checks().size(), mode.name().toLowerCase(Locale.ROOT),
            groups.isEmpty() ? ", expected " + ValidationCatalogue.expectedDuration(mode) : "");
        err.flush();

        ValidationReport report = suite.run(mode, folder, seed, new ValidationSuite.Listener() {
            @Override
            public void started(int index, int total, Check check) {
                err.printf(Locale.ROOT, "[%d/%d] %s ... ", index + 1, total, check.id());
                err.flush();
            }

            @Override
            public void finished(int index, int total, CheckResult result) {
                err.printf(Locale.ROOT, "%s (%.1f s)%n", result.verdict().label(),
                    result.seconds());
                err.flush();
            }
        });
        new ReportWriter(environment()).write(report, folder);

        PrintWriter outWriter = spec.commandLine().getOut();
        outWriter.printf(Locale.ROOT, "%d pass, %d fail, %d inconclusive; %d claims of the paper"
            + " not supported by the data; report: %s%n",
            report.count(Verdict.PASS), report.count(Verdict.FAIL),
            report.count(Verdict.INCONCLUSIVE), report.count(Verdict.NOT_SUPPORTED),
            folder.resolve("report.md"));
        outWriter.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.INTERNAL;
    }

    private static String environment() {
        return String.format(Locale.ROOT, "fracdyn %s, Java %s, %s %s, %d cores.",
            ManifestVersionProvider.version(), System.getProperty("java.version"),
            System.getProperty("os.name"), System.getProperty("os.arch"),
            Runtime.getRuntime().availableProcessors());
    }
}
