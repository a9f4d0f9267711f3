package org.fracdyn.io;

import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jetbrains.bio.npy.NpyArray;
import org.jetbrains.bio.npy.NpyFile;
import org.jetbrains.bio.npy.NpzEntry;
import org.jetbrains.bio.npy.NpzFile;

/**
 * NumPy files: {@code .npy} (one array) and {@code .npz} (a zip of named arrays), float64,
 * little-endian, C order, written atomically (temporary file, then rename) through
 * org.jetbrains.bio:npy. In Python: {@code numpy.load("P.npy")}, {@code numpy.load("f.npz")}.
 *
 * <p>Limitations: only float64 is written and read (other dtypes are refused by the
 * library). A {@code .npy} file in Fortran order is refused with a hint; inside a
 * {@code .npz} the order is not checked, so save those with NumPy's default C order.
 */
public final class NpyArrays {

    private NpyArrays() {
    }

    /**
     * Writes one array to a {@code .npy} file.
     *
     * @param file the file to write; its folder is created
     * @param array the array
     * @throws UncheckedIOException naming the file if the write fails
     */
    public static void writeNpy(Path file, NdArray array) {
        double[] data = array.data();
        int[] shape = array.shape();
        AtomicFiles.writeFile(file, temporary -> {
            Files.delete(temporary);
            NpyFile.write(temporary, data, shape, ByteOrder.LITTLE_ENDIAN);
        });
    }

    /**
     * Reads one array from a {@code .npy} file.
     *
     * @param file the file to read
     * @return the array, converted to double
     * @throws UncheckedIOException {@code cannot read FILE: ...}
     */
    public static NdArray readNpy(Path file) {
        requireExists(file);
        refuseFortranOrder(file);
        try {
            return toNdArray(NpyFile.read(file, Integer.MAX_VALUE));
        } catch (RuntimeException e) {
            throw new UncheckedIOException("cannot read " + file + ": not a float64 .npy file ("
                + e.getMessage() + ")", new java.io.IOException(e));
        }
    }

    /**
     * Writes named arrays to an uncompressed {@code .npz} file.
     *
     * @param file the file to write; its folder is created
     * @param arrays the arrays by name (names become {@code name.npy} inside the zip), in order
     * @throws IllegalArgumentException if there are no arrays
     * @throws UncheckedIOException naming the file if the write fails
     */
    public static void writeNpz(Path file, Map<String, NdArray> arrays) {
        if (arrays.isEmpty()) {
            throw new IllegalArgumentException(".npz file " + file + ": no arrays to write");
        }
        Map<String, NdArray> copy = new LinkedHashMap<>(arrays);
        AtomicFiles.writeFile(file, temporary -> {
            try (NpzFile.Writer writer = NpzFile.write(temporary, false)) {
                for (Map.Entry<String, NdArray> entry : copy.entrySet()) {
                    NdArray array = entry.getValue();
                    writer.write(entry.getKey(), array.data(), array.shape(),
                        ByteOrder.LITTLE_ENDIAN);
                }
            }
        });
    }

    /**
     * Reads every array of a {@code .npz} file.
     *
     * @param file the file to read
     * @return the arrays by name (without {@code .npy}), in file order
     * @throws UncheckedIOException {@code cannot read FILE: ...}
     */
    public static Map<String, NdArray> readNpz(Path file) {
        requireExists(file);
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        try (NpzFile.Reader reader = NpzFile.read(file)) {
            for (NpzEntry entry : reader.introspect()) {
                arrays.put(entry.getName(), toNdArray(reader.get(entry.getName(),
                    Integer.MAX_VALUE)));
            }
        } catch (RuntimeException e) {
            throw new UncheckedIOException("cannot read " + file + ": not a float64 .npz file ("
                + e.getMessage() + ")", new java.io.IOException(e));
        }
        return arrays;
    }

    private static NdArray toNdArray(NpyArray array) {
        return new NdArray(array.asDoubleArray(), array.getShape());
    }

    /**
     * Reads the header of a .npy file (magic, version, header length, then a Python dict) to
     * refuse Fortran order, which the library would silently read as C order.
     */
    private static void refuseFortranOrder(Path file) {
        byte[] start = new byte[1024];
        int count;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            count = in.readNBytes(start, 0, start.length);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String header = new String(start, 0, count, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (header.replace(" ", "").contains("'fortran_order':True")) {
            throw new UncheckedIOException("cannot read " + file + ": the array is in Fortran "
                + "order: expected C order (save numpy.ascontiguousarray(a) instead)",
                new java.io.IOException("fortran order"));
        }
    }

    private static void requireExists(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException("cannot read " + file + ": no such file",
                new NoSuchFileException(file.toString()));
        }
    }
}
