package org.fracdyn.nn.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files, the format of the MNIST and Fashion-MNIST distributions (LeCun, Cortes and
 * Burges, "The MNIST database of handwritten digits", 1998): a big-endian magic number
 * {@code 0x00 0x00 <type> <ndim>}, {@code ndim} big-endian int32 dimensions, then the data.
 * Only unsigned bytes (type {@code 0x08}) are read: images with 3 dimensions (count, rows,
 * columns), each pixel mapped to {@code value / 255} in [0, 1], and labels with 1 dimension.
 * Gzipped files are recognised by their content, whatever their name.
 *
 * <p>Every problem (wrong magic, wrong type or rank, a truncated file, counts that disagree) is
 * an {@link UncheckedIOException} naming the file and what was wrong.
 */
public final class IdxReader {

    /** The usual file names of the training images. */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    /** The usual file names of the training labels. */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    /** The usual file names of the test images. */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    /** The usual file names of the test labels. */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private static final int UNSIGNED_BYTE = 0x08;
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private IdxReader() {
    }

    /** The header of an IDX file: its dimensions. */
    private record Header(int[] dimensions) {
        long size() {
            long size = 1;
            for (int dimension : dimensions) {
                size *= dimension;
            }
            return size;
        }
    }

    /**
     * Reads an image file ({@code idx3-ubyte}).
     *
     * @param imagesFile the file, gzipped or not
     * @param labelsFile the matching label file ({@code idx1-ubyte})
     * @return the images with their labels; the class count is the largest label plus one
     */
    public static LabelledImages read(Path imagesFile, Path labelsFile) {
        int[] labels = readLabels(labelsFile);
        try (DataInputStream in = open(imagesFile)) {
            Header header = readHeader(imagesFile, in, 3);
            int[] dims = header.dimensions();
            if (dims[0] != labels.length) {
                throw bad(imagesFile, dims[0] + " images but " + labelsFile + " holds "
                    + labels.length + " labels");
            }
            if (dims[0] < 1 || dims[1] < 1 || dims[2] < 1) {
                throw bad(imagesFile, "dimensions " + dims[0] + " x " + dims[1] + " x " + dims[2]
                    + ": expected at least one image of at least 1 x 1");
            }
            float[] pixels = new float[(int) header.size()];
            byte[] buffer = new byte[dims[1] * dims[2]];
            for (int i = 0; i < dims[0]; i++) {
                readFully(imagesFile, in, buffer, header.size(), (long) i * buffer.length);
                int at = i * buffer.length;
                for (int p = 0; p < buffer.length; p++) {
                    pixels[at + p] = (buffer[p] & 0xff) / 255f;
                }
            }
            int classes = 0;
            for (int label : labels) {
                classes = Math.max(classes, label + 1);
            }
            return new LabelledImages(dims[0], dims[1], dims[2], pixels, labels, classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX images " + imagesFile + ": "
                + e.getMessage(), e);
        }
    }

    /**
     * Reads a label file ({@code idx1-ubyte}).
     *
     * @param labelsFile the file, gzipped or not
     * @return the labels, each in [0, 255]
     */
    public static int[] readLabels(Path labelsFile) {
        try (DataInputStream in = open(labelsFile)) {
            Header header = readHeader(labelsFile, in, 1);
            byte[] bytes = new byte[(int) header.size()];
            readFully(labelsFile, in, bytes, header.size(), 0);
            int[] labels = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                labels[i] = bytes[i] & 0xff;
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX labels " + labelsFile + ": "
                + e.getMessage(), e);
        }
    }

    /**
     * Reads the training set of a folder holding the usual MNIST file names.
     *
     * @param folder the folder
     * @return the training images and labels
     */
    public static LabelledImages readTrainingSet(Path folder) {
        return read(find(folder, TRAIN_IMAGES), find(folder, TRAIN_LABELS));
    }

    /**
     * Reads the test set of a folder holding the usual MNIST file names.
     *
     * @param folder the folder
     * @return the test images and labels
     */
    public static LabelledImages readTestSet(Path folder) {
        return read(find(folder, TEST_IMAGES), find(folder, TEST_LABELS));
    }

    /**
     * Finds a file by its usual name, with or without {@code .gz}.
     *
     * @param folder the folder
     * @param baseName e.g. {@link #TRAIN_IMAGES}
     * @return the file
     * @throws UncheckedIOException naming both candidates when neither exists
     */
    public static Path find(Path folder, String baseName) {
        Path plain = folder.resolve(baseName);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gzipped = folder.resolve(baseName + ".gz");
        if (Files.isRegularFile(gzipped)) {
            return gzipped;
        }
        throw new UncheckedIOException(new IOException("no IDX file " + plain + " or "
            + gzipped));
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int first = raw.read();
        int second = raw.read();
        raw.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)
            : raw;
        return new DataInputStream(in);
    }

    private static Header readHeader(Path file, DataInputStream in, int rank) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw bad(file, "shorter than the 4-byte IDX magic number");
        }
        if ((magic >>> 16) != 0) {
            throw bad(file, String.format("magic number 0x%08x: an IDX file starts with 0x0000",
                magic));
        }
        int type = (magic >>> 8) & 0xff;
        int ndim = magic & 0xff;
        if (type != UNSIGNED_BYTE) {
            throw bad(file, String.format("data type 0x%02x: only unsigned bytes (0x08) are read",
                type));
        }
        if (ndim != rank) {
            throw bad(file, ndim + " dimensions: expected " + rank
                + (rank == 3 ? " (images: count, rows, columns)" : " (labels)"));
        }
        int[] dims = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            try {
                dims[d] = in.readInt();
            } catch (EOFException e) {
                throw bad(file, "truncated header: dimension " + (d + 1) + " of " + ndim
                    + " missing");
            }
            if (dims[d] < 0) {
                throw bad(file, "dimension " + (d + 1) + " = " + dims[d] + ": negative");
            }
        }
        Header header = new Header(dims);
        if (header.size() > MAX_VALUES) {
            throw bad(file, header.size() + " values (" + header.size() * 4
                + " bytes as floats): more than one Java array holds");
        }
        return header;
    }

    private static void readFully(Path file, DataInputStream in, byte[] buffer, long expected,
                                  long alreadyRead) throws IOException {
        int done = 0;
        while (done < buffer.length) {
            int got = in.read(buffer, done, buffer.length - done);
            if (got < 0) {
                throw bad(file, "truncated: the header promises " + expected
                    + " data bytes, the file ends after " + (alreadyRead + done));
            }
            done += got;
        }
    }

    private static UncheckedIOException bad(Path file, String what) {
        return new UncheckedIOException(file + ": " + what, new IOException(what));
    }
}
