package org.fracdyn.nn.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the PyTorch recorder (nn-bridge/python/fracdyn_recorder.py) in a tiny training and
 * reads its trace with {@link TraceReader}. Skipped, with a message, where no Python with
 * torch is found (Debian: {@code apt-get install python3-torch}); the interpreter can be named
 * with the environment variable {@code FRACDYN_PYTHON}.
 */
class PythonRecorderTest {

    @TempDir
    Path folder;

    private static String run(List<String> command, Path output) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(output.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return null;
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return process.exitValue() == 0 ? text : null;
    }

    private String pythonWithTorch() throws Exception {
        List<String> candidates = new ArrayList<>();
        String named = System.getenv("FRACDYN_PYTHON");
        if (named != null && !named.isBlank()) {
            candidates.add(named);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String python : candidates) {
            try {
                if (run(List.of(python, "-c", "import torch"), folder.resolve("probe.txt"))
                    != null) {
                    return python;
                }
            } catch (IOException notThere) {
                // this interpreter does not exist; try the next
            }
        }
        return null;
    }

    @Test
    void theJavaReaderReadsAPyTorchTrace() throws Exception {
        String python = pythonWithTorch();
        assumeTrue(python != null, "no python3 with torch found (install Debian's python3-torch"
            + " or set FRACDYN_PYTHON): skipping the PyTorch recorder test");
        Path script = folder.resolve("tiny_training.py");
        try (var in = PythonRecorderTest.class.getResourceAsStream(
            "/org/fracdyn/nn/python/tiny_training.py")) {
            Files.copy(in, script);
        }
        Path recorderFolder = Path.of("python").toAbsolutePath();
        Path traceFile = folder.resolve("trace.csv");

        String output = run(List.of(python, script.toString(), recorderFolder.toString(),
            traceFile.toString()), folder.resolve("out.txt"));

        assertEquals(true, output != null, "the PyTorch script failed: "
            + Files.readString(folder.resolve("out.txt")));
        Trace trace = TraceReader.read(traceFile);
        assertArrayEquals(new long[] {0, 5, 10, 15, 20}, trace.steps());
        assertArrayEquals(new long[] {0, 1, 1, 2, 2}, trace.epochs().orElseThrow());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), trace.layerNames());
        assertEquals(0.0, trace.total()[0]);
        double finalTotal = Double.parseDouble(output.lines()
            .filter(line -> line.startsWith("final_total ")).findFirst().orElseThrow()
            .substring("final_total ".length()));
        // the same norm computed from the flattened vectors: equal up to summation order
        assertEquals(finalTotal, trace.total()[4], 1e-12 * finalTotal);
        assertEquals(0.1, trace.column(Trace.LR)[0]);
        assertEquals(true, Double.isNaN(trace.column(Trace.TRAIN_LOSS)[0]));
    }
}
