package org.fracdyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Runs {@code fracdyn mittag-leffler} through the application's own command line. */
class MittagLefflerCommandTest {

    /** The output and exit code of one run. */
    private record Run(int exitCode, String out, String err) {
        String[] lines() {
            return out.strip().split("\\R");
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FracdynCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** E_1(z) = e^z and E_2(-x^2) = cos x (closed forms); 1e-12 is the function's contract. */
    @Test
    void printsOneValuePerArgument() {
        Run result = run("mittag-leffler", "--alpha", "1", "--", "-2", "0", "1.5");

        assertEquals(0, result.exitCode(), result.err());
        String[] lines = result.lines();
        assertEquals(3, lines.length, result.out());
        assertEquals(Math.exp(-2.0), Double.parseDouble(lines[0]), 1e-12);
        assertEquals("1.0", lines[1]);
        assertEquals(Math.exp(1.5), Double.parseDouble(lines[2]), 1e-12 * Math.exp(1.5));

        Run cosine = run("mittag-leffler", "--alpha", "2", "--", "-9");
        assertEquals(0, cosine.exitCode(), cosine.err());
        assertEquals(Math.cos(3.0), Double.parseDouble(cosine.lines()[0]), 1e-12);
    }

    /**
     * E_{1/2,1/2}(-1) = 0.13660600739194928 from the table in /work/shared/REFERENCES.md;
     * printed with Double.toString, so it reads back to the very double computed.
     */
    @Test
    void takesTheSecondParameterAndPrintsFullPrecision() {
        Run result = run("mittag-leffler", "--alpha", "0.5", "--beta", "0.5", "--", "-1");

        assertEquals(0, result.exitCode(), result.err());
        String printed = result.lines()[0];
        assertEquals(0.13660600739194928, Double.parseDouble(printed), 1e-12);
        assertEquals(Double.toString(Double.parseDouble(printed)), printed);
    }

    @Test
    void refusesAnOrderBeyondTheSupportedRange() {
        Run result = run("mittag-leffler", "--alpha", "2.5", "1");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertOneLineNaming("alpha", result.err());
    }

    @Test
    void refusesANonPositiveSecondParameter() {
        Run result = run("mittag-leffler", "--alpha", "0.5", "--beta", "0", "1");

        assertEquals(2, result.exitCode());
        assertOneLineNaming("beta", result.err());
    }

    @Test
    void refusesAnArgumentThatIsNotANumber() {
        Run result = run("mittag-leffler", "--alpha", "0.5", "1", "abc");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out(), "nothing is printed before the input is checked");
        assertOneLineNaming("z", result.err());
        assertTrue(result.err().contains("abc"), result.err());
    }

    @Test
    void refusesAMissingOrder() {
        Run result = run("mittag-leffler", "1");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--alpha"), result.err());
    }

    private static void assertOneLineNaming(String argument, String err) {
        String message = err.strip();
        assertTrue(message.startsWith("fracdyn: " + argument + " = "), err);
        assertEquals(1, message.lines().count(), err);
    }
}
