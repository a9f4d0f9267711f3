package org.fracdyn.nn.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void theJavaReaderReadsAPyTorchTrace() throws Exception {
        String python = PythonProcesses.withModule("torch", folder);
        assumeTrue(python != null, "no python3 with torch found (install Debian's python3-torch"
            + " or set FRACDYN_PYTHON): skipping the PyTorch recorder test");
        Path script = folder.resolve("tiny_training.py");
        try (var in = PythonRecorderTest.class.getResourceAsStream(
            "/org/fracdyn/nn/python/tiny_training.py")) {
            Files.copy(in, script);
        }
        Path recorderFolder = Path.of("python").toAbsolutePath();
        Path traceFile = folder.resolve("trace.csv");

        String output = PythonProcesses.run(List.of(python, script.toString(),
            recorderFolder.toString(), traceFile.toString()), folder.resolve("out.txt"));

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
