package org.fracdyn.nn.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, byte by byte after the IDX specification. */
public final class IdxTestFiles {

    /** Where Debian's dataset-fashion-mnist package puts its files. */
    public static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    private IdxTestFiles() {
    }

    /** @return IDX bytes: magic 0x0000 08 ndim, dimensions, data */
    public static byte[] idx(int[] dimensions, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x0800 | dimensions.length);
        for (int dimension : dimensions) {
            out.writeInt(dimension);
        }
        out.write(data);
        out.flush();
        return bytes.toByteArray();
    }

    /** Writes bytes, gzipped when the name ends with .gz. */
    public static Path write(Path file, byte[] content) throws IOException {
        if (file.toString().endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(content);
            }
        } else {
            Files.write(file, content);
        }
        return file;
    }

    /**
     * Writes a pair of image and label files with the usual names into a folder.
     *
     * @param pixels count * rows * columns unsigned bytes
     */
    public static void writeSet(Path folder, String imagesName, String labelsName, int count,
                                int rows, int columns, byte[] pixels, byte[] labels,
                                boolean gzip) throws IOException {
        String suffix = gzip ? ".gz" : "";
        write(folder.resolve(imagesName + suffix), idx(new int[] {count, rows, columns}, pixels));
        write(folder.resolve(labelsName + suffix), idx(new int[] {count}, labels));
    }
}
