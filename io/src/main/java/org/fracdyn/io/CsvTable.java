package org.fracdyn.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A CSV table as read from a file: the header and the cells, each cell remembering the line
 * it came from, so that a malformed number is reported as {@code file:line:column: message}.
 * Columns are looked up by their header name; the column number in messages counts fields
 * from 1. Immutable.
 */
public final class CsvTable {

    private final Path source;
    private final List<String> header;
    private final Map<String, Integer> indexByName;
    private final List<String[]> rows;
    private final long[] lines;

    CsvTable(Path source, List<String> header, Map<String, Integer> indexByName,
             List<String[]> rows, long[] lines) {
        this.source = source;
        this.header = List.copyOf(header);
        this.indexByName = Map.copyOf(indexByName);
        this.rows = List.copyOf(rows);
        this.lines = lines.clone();
    }

    /** @return the file the table was read from */
    public Path source() {
        return source;
    }

    /** @return the column names, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the number of data rows (the header not counted) */
    public int rowCount() {
        return rows.size();
    }

    /**
     * @param name a column name
     * @return whether the header has that column
     */
    public boolean hasColumn(String name) {
        return indexByName.containsKey(name);
    }

    /**
     * The cells of one column as text.
     *
     * @param name the column name, as in the header
     * @return the cells, top to bottom
     * @throws UncheckedIOException naming the file and the columns it has, if there is no
     *     such column
     */
    public List<String> strings(String name) {
        int index = indexOf(name);
        List<String> cells = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            cells.add(row[index]);
        }
        return Collections.unmodifiableList(cells);
    }

    /**
     * The cells of one column as numbers. A cell must be a decimal number as written by
     * {@link Double#toString} or by Python ({@code 1.5}, {@code -2e-3}, {@code NaN},
     * {@code inf}, {@code Infinity}); blank cells and anything else are refused.
     *
     * @param name the column name, as in the header
     * @return the values, top to bottom
     * @throws UncheckedIOException {@code file:line:column: name = 'cell': expected a number}
     */
    public double[] doubles(String name) {
        int index = indexOf(name);
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            String cell = rows.get(i)[index];
            Double value = parseNumber(cell);
            if (value == null) {
                throw CsvTables.failure(source, lines[i], index + 1,
                    "column '" + name + "' = '" + cell + "': expected a number");
            }
            values[i] = value;
        }
        return values;
    }

    /**
     * The line in the file of a data row, for messages about its values.
     *
     * @param row the row index, from 0
     * @return the line number, from 1
     */
    public long lineOf(int row) {
        return lines[row];
    }

    /**
     * The column number (from 1) of a named column, for messages about its values.
     *
     * @param name the column name
     * @return its field number, from 1
     */
    public int columnNumberOf(String name) {
        return indexOf(name) + 1;
    }

    private int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw CsvTables.failure(source, 1, 1,
                "no column '" + name + "': the header has " + String.join(", ", header));
        }
        return index;
    }

    private static Double parseNumber(String cell) {
        String text = cell.strip();
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))
                && text.charAt(text.length() - 1) != '.') {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
