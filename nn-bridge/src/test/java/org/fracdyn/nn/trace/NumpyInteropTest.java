package org.fracdyn.nn.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NumPy itself writes and reads the {@code .npz} and {@code .npy} traces (skipped, with a
 * message, where no Python with numpy is found).
 */
class NumpyInteropTest {

    @TempDir
    Path folder;

    @Test
    void numpyAndFracdynReadEachOthersFiles() throws Exception {
        String python = PythonProcesses.withModule("numpy", folder);
        assumeTrue(python != null, "no python3 with numpy found: skipping the NumPy interop test");
        Path fromNumpy = folder.resolve("numpy.npz");
        Path fromNumpyTable = folder.resolve("numpy.npy");
        String write = String.join("\n",
            "import numpy as np, json, sys",
            "np.savez(sys.argv[1], step=np.array([0, 10, 20]), epoch=np.array([0, 0, 1]),",
            "         total=np.array([0, 0.5, 1.0]),",
            "         **{'layer:fc1.weight': np.array([0, 0.4, 0.9]),",
            "            'test_acc': np.array([np.nan, np.nan, 0.8])})",
            "np.save(sys.argv[2], np.array([[0, 0.0], [3, 0.25]]))",
            "json.dump({'columns': ['step', 'total']}, open(sys.argv[2] + '.columns.json', 'w'))");

        String written = PythonProcesses.run(List.of(python, "-c", write, fromNumpy.toString(),
            fromNumpyTable.toString()), folder.resolve("out1.txt"));

        assertTrue(written != null, "numpy could not write the files");
        Trace trace = TraceReader.read(fromNumpy);
        assertArrayEquals(new long[] {0, 10, 20}, trace.steps());
        assertArrayEquals(new double[] {0, 0.4, 0.9}, trace.column("layer:fc1.weight"));
        assertTrue(Double.isNaN(trace.column("test_acc")[0]));
        assertEquals(0.8, trace.column("test_acc")[2]);
        assertArrayEquals(new double[] {0, 0.25}, TraceReader.read(fromNumpyTable).total());

        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("total", new double[] {0, 1.0 / 3});
        columns.put("layer:a", new double[] {0, 0.125});
        Trace ours = Trace.of(new long[] {0, 7}, new long[] {0, 2}, columns);
        TraceWriter.write(ours, folder.resolve("ours.npz"));
        TraceWriter.write(ours, folder.resolve("ours.npy"));
        String read = String.join("\n",
            "import numpy as np, json, sys",
            "z = np.load(sys.argv[1])",
            "a = np.load(sys.argv[2])",
            "names = json.load(open(sys.argv[2] + '.columns.json'))['columns']",
            "print(list(z.keys()), z['step'].dtype, repr(float(z['total'][1])),",
            "      repr(float(z['layer:a'][1])), a.shape, names, int(z['epoch'][1]))");

        String output = PythonProcesses.run(List.of(python, "-c", read,
            folder.resolve("ours.npz").toString(), folder.resolve("ours.npy").toString()),
            folder.resolve("out2.txt"));

        assertEquals("['step', 'epoch', 'total', 'layer:a'] int64 0.3333333333333333 0.125"
            + " (2, 4) ['step', 'epoch', 'total', 'layer:a'] 2", output.strip());
    }
}
