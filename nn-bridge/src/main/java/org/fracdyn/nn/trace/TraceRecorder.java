package org.fracdyn.nn.trace;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV trace row by row while training runs, so that an interrupted run keeps every
 * row recorded so far.
 *
 * <p>This file is the one exception to fracdyn's atomic writes: the header is written when the
 * recorder opens, and each row is appended and flushed to the operating system as soon as it
 * is recorded (a killed JVM loses nothing already recorded); {@link #close()} also forces the
 * file to the disk. The file read back with {@link TraceReader} is always a valid trace,
 * because every row is checked against the schema before it is written.
 *
 * <p>Not thread-safe: one training loop owns one recorder.
 */
public final class TraceRecorder implements AutoCloseable {

    private final Path file;
    private final boolean withEpochs;
    private final List<String> columns;
    private final FileOutputStream stream;
    private final CSVPrinter printer;
    private final List<String> cells = new ArrayList<>();
    private long lastStep;
    private long lastEpoch;
    private long rows;

    /**
     * Creates (or truncates) the file and writes the header.
     *
     * @param file the CSV file
     * @param withEpochs whether rows carry an epoch
     * @param columns the column names after step (and epoch), must include {@code total}
     * @throws UncheckedIOException naming the file when it cannot be created
     */
    public TraceRecorder(Path file, boolean withEpochs, List<String> columns) {
        if (!columns.contains(Trace.TOTAL)) {
            throw new IllegalArgumentException("columns = " + columns
                + ": a trace needs the column 'total'");
        }
        for (String name : columns) {
            if (name.isEmpty() || name.equals(Trace.STEP) || name.equals(Trace.EPOCH)
                || columns.indexOf(name) != columns.lastIndexOf(name)) {
                throw new IllegalArgumentException("columns = " + columns + ": '" + name
                    + "' is empty, reserved or repeated");
            }
        }
        this.file = file;
        this.withEpochs = withEpochs;
        this.columns = List.copyOf(columns);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            this.stream = new FileOutputStream(file.toFile());
            this.printer = new CSVPrinter(new BufferedWriter(
                new OutputStreamWriter(stream, StandardCharsets.UTF_8)), CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            header.add(Trace.STEP);
            if (withEpochs) {
                header.add(Trace.EPOCH);
            }
            header.addAll(this.columns);
            printer.printRecord(header);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create trace " + file + ": "
                + e.getMessage(), e);
        }
    }

    /** @return the file being written */
    public Path file() {
        return file;
    }

    /** @return the column names after step (and epoch) */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of rows written so far */
    public long rowCount() {
        return rows;
    }

    /**
     * Appends one row and flushes it.
     *
     * @param step the step, greater than the previous row's
     * @param epoch the epoch (ignored when the recorder has no epoch column)
     * @param values one value per column in {@link #columns()} order; NaN = not recorded
     *     (allowed for metrics only)
     * @throws IllegalArgumentException if the row breaks the schema (nothing is written)
     */
    public void record(long step, long epoch, double[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("values: " + values.length + " given for "
                + columns.size() + " columns " + columns);
        }
        String problem = TraceChecks.stepProblem(step, lastStep, rows == 0);
        if (problem == null && withEpochs) {
            problem = TraceChecks.epochProblem(epoch, lastEpoch, rows == 0);
        }
        for (int c = 0; problem == null && c < values.length; c++) {
            problem = TraceChecks.valueProblem(columns.get(c), values[c]);
        }
        if (problem != null) {
            throw new IllegalArgumentException("trace " + file + ", row at step " + step
                + ": " + problem);
        }
        cells.clear();
        cells.add(Long.toString(step));
        if (withEpochs) {
            cells.add(Long.toString(epoch));
        }
        for (double value : values) {
            cells.add(TraceWriter.csvCell(value));
        }
        try {
            printer.printRecord(cells);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to trace " + file + ": "
                + e.getMessage(), e);
        }
        lastStep = step;
        lastEpoch = epoch;
        rows++;
    }

    /** Forces the file to the disk and closes it. */
    @Override
    public void close() {
        try {
            printer.flush();
            stream.getChannel().force(true);
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close trace " + file + ": "
                + e.getMessage(), e);
        }
    }
}
