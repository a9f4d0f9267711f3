package org.fracdyn.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV tables per RFC 4180 (comma separated, CRLF line ends, double-quote quoting) with one
 * header line. Reading gives a {@link CsvTable} whose columns are looked up by name; writing
 * goes through {@link CsvTableWriter}, atomically.
 *
 * <p>Errors in a file are {@link UncheckedIOException}s reading
 * {@code file:line:column: message}, the column counting fields from 1.
 */
public final class CsvTables {

    /** The format fracdyn writes: RFC 4180. */
    static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180;

    private static final CSVFormat READ_FORMAT = CSVFormat.RFC4180.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true)
        .get();

    private CsvTables() {
    }

    /**
     * Starts a table to write.
     *
     * @return an empty writer; add columns, then {@link CsvTableWriter#write(Path)}
     */
    public static CsvTableWriter writer() {
        return new CsvTableWriter();
    }

    /**
     * Reads a CSV file with a header line. Every row must have as many fields as the header.
     *
     * @param file the file to read
     * @return the table
     * @throws UncheckedIOException {@code cannot read FILE: no such file}, or
     *     {@code file:line:column: message} for a malformed file
     */
    public static CsvTable read(Path file) {
        String text = readText(file);
        long[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text)).setFormat(READ_FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw failure(file, 1, 1, "no header line: expected column names, e.g. x,V");
            }
            Map<String, Integer> indexByName = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).isEmpty()) {
                    throw failure(file, 1, i + 1, "empty column name in the header");
                }
                indexByName.put(header.get(i), i);
            }

            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = lineOf(lineStarts, skipLineBreaks(text, record.getCharacterPosition()));
                if (record.size() != header.size()) {
                    throw failure(file, line, Math.min(record.size(), header.size()) + 1,
                        record.size() + " fields: expected " + header.size()
                        + " as in the header (" + String.join(",", header) + ")");
                }
                rows.add(record.values());
                lines.add(line);
            }
            return new CsvTable(file, header, indexByName, rows,
                lines.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof UncheckedIOException) {
                throw (UncheckedIOException) e;
            }
            throw failure(file, 1, 1, "malformed CSV: " + e.getMessage());
        }
    }

    static UncheckedIOException failure(Path file, long line, int column, String message) {
        String text = file + ":" + line + ":" + column + ": " + message;
        return new UncheckedIOException(text, new IOException(text));
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long[] lineStarts(String text) {
        long[] starts = new long[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * count);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** Empty lines before a record are skipped by the parser but counted in its position. */
    private static long skipLineBreaks(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static long lineOf(long[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
