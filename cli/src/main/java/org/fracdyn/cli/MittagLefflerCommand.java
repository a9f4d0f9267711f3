package org.fracdyn.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.fracdyn.solver.special.MittagLeffler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn mittag-leffler --alpha A [--beta B] [--] Z...}: prints E_{A,B}(z) for each
 * z, one value per line, as the shortest decimal that reads back to the same double.
 *
 * <p>Ranges as in {@link MittagLeffler}: 0 &lt; alpha &lt;= 2, beta &gt; 0, z finite. A value
 * outside them, or a z that is not a number, is reported in one line with exit code 2.
 */
@Command(
    name = "mittag-leffler",
    mixinStandardHelpOptions = true,
    description = {
        "Evaluate the Mittag-Leffler function E_{alpha,beta}(z) for real z.",
        "Prints one value per line, at full double precision."
    })
public final class MittagLefflerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "A",
        description = "first parameter, 0 < A <= 2")
    private double alpha;

    @Option(names = "--beta", paramLabel = "B", defaultValue = "1",
        description = "second parameter, B > 0 (default: ${DEFAULT-VALUE})")
    private double beta;

    @Parameters(arity = "1..*", paramLabel = "Z",
        description = "arguments; put -- before the first one if it is negative")
    private List<String> arguments;

    @Override
    public Integer call() {
        double[] values = new double[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parseArgument(arguments.get(i));
        }

        double[] results = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            results[i] = MittagLeffler.evaluate(alpha, beta, values[i]);
        }

        PrintWriter out = spec.commandLine().getOut();
        for (double result : results) {
            out.println(Double.toString(result));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static double parseArgument(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(
                "z = '" + text + "': expected a real number", notANumber);
        }
    }
}
