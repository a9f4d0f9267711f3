package org.fracdyn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyArraysTest {

    @TempDir
    Path folder;

    @Test
    void oneTwoAndThreeDimensionalArraysRoundTrip() {
        for (int[] shape : List.of(new int[] {5}, new int[] {2, 3}, new int[] {2, 3, 4},
                new int[] {0})) {
            int count = 1;
            for (int n : shape) {
                count *= n;
            }
            double[] data = new double[count];
            for (int i = 0; i < count; i++) {
                data[i] = Math.sin(i) / 3.0;
            }
            Path file = folder.resolve("a" + shape.length + "_" + count + ".npy");

            NpyArrays.writeNpy(file, new NdArray(data, shape));
            NdArray back = NpyArrays.readNpy(file);

            assertArrayEquals(shape, back.shape());
            assertArrayEquals(data, back.data(), 0.0);
        }
    }

    @Test
    void numpyReadsOurFileInCOrder() throws Exception {
        Path file = folder.resolve("grid.npy");
        NpyArrays.writeNpy(file, NdArray.ofRows(new double[][] {{0.1, 0.2, 0.3}, {1, 2, 3}}));

        String printed = Python.run("import numpy,sys\n"
            + "a=numpy.load(sys.argv[1])\n"
            + "print(a.dtype, a.shape, repr(float(a[0,2])), repr(float(a[1,0])))",
            file.toString());

        assertEquals("float64 (2, 3) 0.3 1.0", printed);
    }

    @Test
    void weReadWhatNumpyWrites() throws Exception {
        Path file = folder.resolve("numpy.npy");
        Python.run("import numpy,sys\n"
            + "numpy.save(sys.argv[1], numpy.arange(24, dtype='<f8').reshape(2,3,4) / 8)",
            file.toString());

        NdArray array = NpyArrays.readNpy(file);

        assertArrayEquals(new int[] {2, 3, 4}, array.shape());
        double[] data = array.data();
        for (int i = 0; i < 24; i++) {
            assertEquals(i / 8.0, data[i], 0.0, "element " + i + " in C order");
        }
    }

    @Test
    void aFortranOrderedFileIsRefusedRatherThanMisread() throws Exception {
        Path file = folder.resolve("fortran.npy");
        Python.run("import numpy,sys\n"
            + "numpy.save(sys.argv[1], numpy.asfortranarray(numpy.arange(6.0).reshape(2,3)))",
            file.toString());

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> NpyArrays.readNpy(file));

        assertEquals("cannot read " + file + ": the array is in Fortran order: expected C "
            + "order (save numpy.ascontiguousarray(a) instead)", error.getMessage());
    }

    @Test
    void npzHoldsNamedArraysThatNumpyReads() throws Exception {
        Path file = folder.resolve("fields.npz");
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        arrays.put("x", NdArray.of(-1, 0, 1));
        arrays.put("P", NdArray.ofRows(new double[][] {{0.25, 0.5, 0.25}, {0.3, 0.4, 0.3}}));

        NpyArrays.writeNpz(file, arrays);

        assertEquals(arrays, NpyArrays.readNpz(file));
        String printed = Python.run("import numpy,sys\n"
            + "z=numpy.load(sys.argv[1])\n"
            + "print(sorted(z.files), z['P'].shape, repr(float(z['P'][1,1])))",
            file.toString());
        assertEquals("['P', 'x'] (2, 3) 0.4", printed);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = folder.resolve("none.npy");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> NpyArrays.readNpy(file));

        assertEquals("cannot read " + file + ": no such file", error.getMessage());
    }

    @Test
    void aShapeThatDoesNotMatchTheDataIsRefused() {
        assertThrows(IllegalArgumentException.class,
            () -> new NdArray(new double[6], new int[] {4, 2}));
    }
}
