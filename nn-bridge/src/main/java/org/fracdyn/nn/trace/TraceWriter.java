package org.fracdyn.nn.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fracdyn.io.AtomicFiles;
import org.jetbrains.bio.npy.NpyFile;
import org.jetbrains.bio.npy.NpzFile;

/**
 * Writes a whole {@link Trace} atomically (temporary file, then rename) in any
 * {@link TraceFormat}. Numbers are written at full precision ({@link Double#toString}, which
 * round-trips exactly); a metric that a row did not record is an empty CSV cell, an absent
 * JSON key, or NaN in NumPy arrays.
 */
public final class TraceWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceWriter() {
    }

    /**
     * Writes a trace in the format of the file's extension.
     *
     * @param trace the trace
     * @param file the target; parent folders are created
     * @throws UncheckedIOException naming the file when writing fails
     */
    public static void write(Trace trace, Path file) {
        write(trace, file, TraceFormat.of(file));
    }

    /**
     * Writes a trace in the given format.
     *
     * @param trace the trace
     * @param file the target
     * @param format the format
     */
    public static void write(Trace trace, Path file, TraceFormat format) {
        switch (format) {
            case CSV -> AtomicFiles.writeText(file, out -> writeCsv(trace, out));
            case JSON_LINES -> AtomicFiles.writeText(file, out -> writeJsonLines(trace, out));
            case NPZ -> writeNpz(trace, file);
            case NPY -> writeNpy(trace, file);
            default -> throw new IllegalStateException(format.name());
        }
    }

    /** @return the header of a CSV trace: step, epoch if any, then the columns */
    static List<String> header(Trace trace) {
        List<String> header = new ArrayList<>();
        header.add(Trace.STEP);
        if (trace.hasEpochs()) {
            header.add(Trace.EPOCH);
        }
        header.addAll(trace.columnNames());
        return header;
    }

    /** Formats one value for CSV: empty for NaN, else the shortest exact decimal. */
    static String csvCell(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static void writeCsv(Trace trace, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(header(trace));
        List<String> names = trace.columnNames();
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < trace.rowCount(); row++) {
            cells.clear();
            cells.add(Long.toString(trace.stepAt(row)));
            if (trace.hasEpochs()) {
                cells.add(Long.toString(trace.epochAt(row)));
            }
            for (String name : names) {
                cells.add(csvCell(trace.valueAt(name, row)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static void writeJsonLines(Trace trace, Writer out) throws IOException {
        List<String> names = trace.columnNames();
        for (int row = 0; row < trace.rowCount(); row++) {
            ObjectNode node = JSON.createObjectNode();
            node.put(Trace.STEP, trace.stepAt(row));
            if (trace.hasEpochs()) {
                node.put(Trace.EPOCH, trace.epochAt(row));
            }
            for (String name : names) {
                double value = trace.valueAt(name, row);
                if (!Double.isNaN(value)) {
                    node.put(name, value);
                }
            }
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
        }
    }

    private static void writeNpz(Trace trace, Path file) {
        writeThroughTemporary(file, temporary -> {
            try (NpzFile.Writer writer = NpzFile.write(temporary, true)) {
                writer.write(Trace.STEP, trace.steps());
                trace.epochs().ifPresent(epochs -> writer.write(Trace.EPOCH, epochs));
                for (String name : trace.columnNames()) {
                    writer.write(name, trace.column(name));
                }
            }
        });
    }

    private static void writeNpy(Trace trace, Path file) {
        List<String> header = header(trace);
        int rows = trace.rowCount();
        int width = header.size();
        double[] table = new double[rows * width];
        for (int row = 0; row < rows; row++) {
            int at = row * width;
            table[at++] = trace.stepAt(row);
            if (trace.hasEpochs()) {
                table[at++] = trace.epochAt(row);
            }
            for (String name : trace.columnNames()) {
                table[at++] = trace.valueAt(name, row);
            }
        }
        writeThroughTemporary(file, temporary ->
            NpyFile.write(temporary, table, new int[] {rows, width}));
        ObjectNode sidecar = JSON.createObjectNode();
        header.forEach(sidecar.putArray("columns")::add);
        AtomicFiles.writeString(TraceFormat.columnsSidecar(file), sidecar.toPrettyString() + "\n");
    }

    /** Lets a library that writes only to a path write atomically through a temporary file. */
    private static void writeThroughTemporary(Path file, PathContent content) {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(),
                "." + absolute.getFileName(), ".tmp" + extensionOf(absolute));
            content.writeTo(temporary);
            Path written = temporary;
            AtomicFiles.write(absolute, out -> Files.copy(written, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a hidden .tmp file is left behind; the target itself is complete
                }
            }
        }
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    @FunctionalInterface
    private interface PathContent {
        void writeTo(Path temporary) throws IOException;
    }
}
