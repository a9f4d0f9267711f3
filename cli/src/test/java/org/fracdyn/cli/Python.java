package org.fracdyn.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs python3 with numpy as the independent reader of the files fracdyn writes; a test that
 * needs it is skipped, saying why, when python3 or numpy is not installed.
 */
final class Python {

    private Python() {
    }

    /**
     * @param script the program, passed with -c
     * @param arguments its sys.argv[1:]
     * @return what it printed, stripped
     */
    static String run(String script, String... arguments) throws IOException,
            InterruptedException {
        assumeTrue(hasNumpy(), "python3 with numpy is missing: the NumPy check is skipped");
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("python3 failed: " + printed);
        }
        return printed.strip();
    }

    private static boolean hasNumpy() {
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
