package org.fracdyn.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

/**
 * Builds a CSV table column by column and writes it atomically per RFC 4180 with a header.
 * Numbers are written in {@link java.util.Locale#ROOT} at full precision: a double as
 * {@link Double#toString} writes it (the shortest text that reads back to the same value,
 * e.g. {@code 0.1}, {@code 1.0E-7}, {@code NaN}), an integer column without a decimal point.
 * Every column must have the same length. Not thread-safe.
 */
public final class CsvTableWriter {

    private final Map<String, String[]> columns = new LinkedHashMap<>();

    CsvTableWriter() {
    }

    /**
     * Adds a column of doubles.
     *
     * @param name the header name, unique and not empty
     * @param values the values, copied
     * @return this writer
     * @throws IllegalArgumentException for a repeated or empty name
     */
    public CsvTableWriter column(String name, double[] values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Double.toString(values[i]);
        }
        return add(name, cells);
    }

    /**
     * Adds a column of integers (step numbers, counts).
     *
     * @param name the header name, unique and not empty
     * @param values the values, copied
     * @return this writer
     * @throws IllegalArgumentException for a repeated or empty name
     */
    public CsvTableWriter column(String name, long[] values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Long.toString(values[i]);
        }
        return add(name, cells);
    }

    /**
     * Adds a column of text, quoted where RFC 4180 requires it.
     *
     * @param name the header name, unique and not empty
     * @param values the cells, copied; none null
     * @return this writer
     * @throws IllegalArgumentException for a repeated or empty name
     */
    public CsvTableWriter column(String name, List<String> values) {
        return add(name, values.toArray(new String[0]));
    }

    /**
     * Writes the table atomically (temporary file, then rename).
     *
     * @param file the file to write; its folder is created
     * @throws IllegalArgumentException if there are no columns or their lengths differ
     * @throws UncheckedIOException naming the file if the write fails
     */
    public void write(Path file) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("CSV table for " + file + ": no columns");
        }
        int rows = columns.values().iterator().next().length;
        for (Map.Entry<String, String[]> column : columns.entrySet()) {
            if (column.getValue().length != rows) {
                throw new IllegalArgumentException("CSV table for " + file + ": column '"
                    + column.getKey() + "' has " + column.getValue().length
                    + " rows: expected " + rows + " like the first column");
            }
        }

        List<String[]> cells = new ArrayList<>(columns.values());
        AtomicFiles.writeText(file, out -> {
            CSVPrinter printer = new CSVPrinter(out, CsvTables.WRITE_FORMAT);
            printer.printRecord(columns.keySet());
            Object[] record = new Object[cells.size()];
            for (int row = 0; row < rows; row++) {
                for (int c = 0; c < record.length; c++) {
                    record[c] = cells.get(c)[row];
                }
                printer.printRecord(record);
            }
            printer.flush();
        });
    }

    private CsvTableWriter add(String name, String[] cells) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("CSV column name = '" + name
                + "': expected a non-empty name");
        }
        if (columns.containsKey(name)) {
            throw new IllegalArgumentException("CSV column name = '" + name
                + "': already used; expected a unique name");
        }
        columns.put(name, cells);
        return this;
    }
}
