package org.fracdyn.nn.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceIoTest {

    @TempDir
    Path folder;

    private static Trace sample() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("total", new double[] {0.0, 0.1234567890123456789, 1e-300, 2.5});
        columns.put("layer:fc1.weight", new double[] {0.0, 0.1, 1.0 / 3.0, 2.0});
        columns.put("train_loss", new double[] {2.3, Double.NaN, Double.NaN, 0.7});
        columns.put("lr", new double[] {0.01, 0.01, 0.01, 0.005});
        return Trace.of(new long[] {0, 10, 20, 35}, new long[] {0, 0, 1, 1}, columns);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t.csv", "t.jsonl", "t.npz", "t.npy"})
    void roundTripIsExactInEveryFormat(String name) {
        Trace trace = sample();
        Path file = folder.resolve(name);

        TraceWriter.write(trace, file);
        Trace back = TraceReader.read(file);

        assertEquals(trace, back);
        assertEquals(List.of("fc1.weight"), back.layerNames());
        assertTrue(Double.isNaN(back.column("train_loss")[1]));
    }

    @Test
    void readsAHandWrittenCsvWithoutEpochs() throws Exception {
        Path file = folder.resolve("hand.csv");
        Files.writeString(file, "step,total,layer:a,test_acc\n0,0,0,\n5,0.5,0.25,0.9\n");

        Trace trace = TraceReader.read(file);

        assertArrayEquals(new long[] {0, 5}, trace.steps());
        assertTrue(trace.epochs().isEmpty());
        assertArrayEquals(new double[] {0, 0.5}, trace.total());
        assertEquals(0.9, trace.column("test_acc")[1]);
    }

    private String problemIn(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return assertThrows(UncheckedIOException.class, () -> TraceReader.read(file))
            .getMessage();
    }

    @Test
    void csvProblemsNameFileLineAndColumn() throws Exception {
        String header = "step,epoch,total,layer:a\n";
        assertTrue(problemIn("a.csv", header + "0,0,0,0\n,0,1,1\n")
            .matches(".*a\\.csv:3:1 \\(step\\): step is missing"), "missing step");
        assertTrue(problemIn("b.csv", header + "0,0,0,0\n5,0,1,1\n5,0,2,2\n")
            .contains("b.csv:4:1 (step): step = 5 after step 5"), "non-monotone");
        assertTrue(problemIn("c.csv", header + "0,0,0,0\n5,0,NaN,1\n")
            .contains("c.csv:3:3 (total)"), "NaN total");
        assertTrue(problemIn("d.csv", header + "0,0,0,0\n5,0,1,-0.5\n")
            .contains("d.csv:3:4 (layer:a): layer:a = -0.5"), "negative displacement");
        assertTrue(problemIn("e.csv", header + "0,0,0,0\n5,0,1\n")
            .contains("e.csv:3:"), "short row");
        assertTrue(problemIn("f.csv", header + "0,0,0,zero\n")
            .contains("f.csv:2:4 (layer:a): 'zero' is not a number"), "not a number");
        assertTrue(problemIn("g.csv", "epoch,step,total\n0,0,0\n")
            .contains("g.csv:1:1"), "header must start with step");
        assertTrue(problemIn("h.csv", header + "0,1,0,0\n1,0,0,0\n")
            .contains("h.csv:3:2 (epoch)"), "epochs going back");
        assertTrue(problemIn("i.csv", header + "0,0,0,\n")
            .contains("i.csv:2:4 (layer:a): layer:a is missing"), "empty displacement");
    }

    @Test
    void jsonLinesProblemsNameFileLineAndKey() throws Exception {
        assertTrue(problemIn("a.jsonl", "{\"step\":0,\"total\":0}\n{\"total\":1}\n")
            .contains("a.jsonl:2:step: step is missing"));
        assertTrue(problemIn("b.jsonl", "{\"step\":0,\"total\":0}\n{\"step\":3,\"total\":-1}\n")
            .contains("b.jsonl:2:total"));
        assertTrue(problemIn("c.jsonl", "{\"step\":0,\"total\":0}\n{\"step\":3,\"tot\n")
            .contains("c.jsonl:2:"));
        assertTrue(problemIn("d.jsonl", "{\"step\":4,\"total\":0}\n{\"step\":3,\"total\":1}\n")
            .contains("d.jsonl:2:step: step = 3 after step 4"));
    }

    @Test
    void numpyProblemsNameFileRowAndArray() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("total", new double[] {0, 1, 2});
        Trace trace = Trace.of(new long[] {0, 1, 2}, null, columns);
        Path file = folder.resolve("t.npy");
        TraceWriter.write(trace, file);
        org.jetbrains.bio.npy.NpyFile.write(file, new double[] {0, 0, 1, Double.NaN},
            new int[] {2, 2});

        String message = assertThrows(UncheckedIOException.class,
            () -> TraceReader.read(file)).getMessage();

        assertTrue(message.contains("t.npy:1:total"), message);
    }

    @Test
    void fortranOrderNpyIsRefusedWithTheRemedy() throws Exception {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("total", new double[] {0, 1, 2});
        Path file = folder.resolve("f.npy");
        TraceWriter.write(Trace.of(new long[] {0, 1, 2}, null, columns), file);
        byte[] bytes = Files.readAllBytes(file);
        String latin1 = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1.replace("'fortran_order': False", "'fortran_order': True ")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        String message = assertThrows(UncheckedIOException.class,
            () -> TraceReader.read(file)).getMessage();

        assertTrue(message.contains("f.npy:0:order") && message.contains("ascontiguousarray"),
            message);
    }

    @Test
    void aMissingFileIsCalledMissing() {
        Path file = folder.resolve("absent.csv");

        String message = assertThrows(UncheckedIOException.class,
            () -> TraceReader.read(file)).getMessage();

        assertTrue(message.endsWith("absent.csv: no such file"), message);
    }

    @Test
    void recorderKeepsEveryRowWhenNeverClosed() {
        Path file = folder.resolve("live.csv");
        TraceRecorder recorder = new TraceRecorder(file, true, List.of("total", "train_loss"));
        recorder.record(0, 0, new double[] {0, Double.NaN});
        recorder.record(10, 0, new double[] {0.5, 1.5});

        Trace partial = TraceReader.read(file);

        assertArrayEquals(new long[] {0, 10}, partial.steps());
        assertArrayEquals(new double[] {0, 0.5}, partial.total());
        assertThrows(IllegalArgumentException.class,
            () -> recorder.record(10, 0, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
            () -> recorder.record(20, 0, new double[] {Double.NaN, 1}));
        recorder.close();
        assertEquals(2, TraceReader.read(file).rowCount());
    }

    @Test
    void traceRefusesABrokenTable() {
        Map<String, double[]> noTotal = new LinkedHashMap<>();
        noTotal.put("layer:a", new double[] {0});
        assertThrows(IllegalArgumentException.class,
            () -> Trace.of(new long[] {0}, null, noTotal));
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("total", new double[] {0, 1});
        assertThrows(IllegalArgumentException.class,
            () -> Trace.of(new long[] {3, 2}, null, columns));
    }
}
