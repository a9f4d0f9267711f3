package org.fracdyn.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short python3 script, the independent reader our files are checked against. Tests
 * that need it are skipped (with a message) when python3 or numpy is missing.
 */
final class Python {

    private Python() {
    }

    /**
     * @param script the program, given with -c
     * @param arguments its sys.argv[1:]
     * @return what it printed on stdout
     */
    static String run(String script, String... arguments) throws IOException,
            InterruptedException {
        assumeTrue(available(), "python3 with numpy is not installed: skipping the check "
            + "that Python reads the file");
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("python3 failed: " + output);
        }
        return output.strip();
    }

    private static boolean available() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import numpy")
                .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
