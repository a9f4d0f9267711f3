package org.fracdyn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code fracdyn} application: one subcommand per job.
 *
 * <p>Exit codes: 0 success, 1 an internal failure, 2 bad input (a usage error, an invalid
 * value, an unreadable or malformed file). Subcommands signal bad input by throwing
 * {@link IllegalArgumentException} or {@link java.io.UncheckedIOException}; the handler
 * installed by {@link #newCommandLine()} turns those into a one-line message and exit 2.
 */
@Command(
    name = "fracdyn",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersionProvider.class,
    description = "Fractional and fractal diffusion: solve, simulate, fit and validate.",
    subcommands = {
        CommandLine.HelpCommand.class,
        MittagLefflerCommand.class,
        SolveCommand.class,
        ValidateCommand.class,
        PercolateCommand.class,
        WalkCommand.class,
        CtrwCommand.class,
        BenchCommand.class,
        TrainCommand.class,
        FitCommand.class,
        LlcCommand.class,
        picocli.AutoComplete.GenerateCompletion.class
    })
public final class FracdynCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /**
     * Builds the command line with fracdyn's exit codes and error handling.
     *
     * @return a ready command line; {@code execute(args)} returns the exit code
     */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new FracdynCommand());
        commandLine.setExecutionExceptionHandler(new BadInputHandler());
        commandLine.setExitCodeExceptionMapper(error ->
            error instanceof CommandLine.ParameterException || ExitCodes.isBadInput(error)
                ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Reports bad input in one line (exit 2) and anything else with its stack trace (exit 1). */
    private static final class BadInputHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(
                Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
            PrintWriter err = commandLine.getErr();
            if (ExitCodes.isBadInput(error)) {
                err.println("fracdyn: " + error.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            err.println("fracdyn: internal failure: " + error);
            error.printStackTrace(err);
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
