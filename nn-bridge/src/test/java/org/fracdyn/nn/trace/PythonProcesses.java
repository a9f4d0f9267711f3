package org.fracdyn.nn.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds and runs a Python interpreter for the interoperability tests. */
final class PythonProcesses {

    private PythonProcesses() {
    }

    /**
     * Runs a command, its output going to a file.
     *
     * @return the output, or null when the command failed or took more than 300 s
     */
    static String run(List<String> command, Path output) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(output.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return null;
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return process.exitValue() == 0 ? text : null;
    }

    /**
     * Finds a Python that can import a module: {@code $FRACDYN_PYTHON}, {@code python3} on the
     * path, then {@code /usr/bin/python3} (where Debian's python3-* packages install).
     *
     * @return the interpreter, or null when none can
     */
    static String withModule(String module, Path scratch) throws Exception {
        List<String> candidates = new ArrayList<>();
        String named = System.getenv("FRACDYN_PYTHON");
        if (named != null && !named.isBlank()) {
            candidates.add(named);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String python : candidates) {
            try {
                if (run(List.of(python, "-c", "import " + module), scratch.resolve("probe.txt"))
                    != null) {
                    return python;
                }
            } catch (IOException notThere) {
                // this interpreter does not exist; try the next
            }
        }
        return null;
    }
}
