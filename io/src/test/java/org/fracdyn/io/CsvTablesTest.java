package org.fracdyn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {

    /** Values whose shortest decimal forms are awkward: thirds, subnormals, signed zero. */
    private static final double[] AWKWARD = {
        0.1, 1.0 / 3.0, -2.5e-300, Double.MIN_VALUE, -0.0, 1e22, 123456789.125, Double.NaN
    };

    @TempDir
    Path folder;

    @Test
    void numbersRoundTripExactly() {
        Path file = folder.resolve("t.csv");
        long[] steps = {0, 1, 2, 3, 4, 5, 6, Long.MAX_VALUE};

        CsvTables.writer().column("step", steps).column("value", AWKWARD).write(file);
        CsvTable table = CsvTables.read(file);

        assertEquals(List.of("step", "value"), table.header());
        assertEquals(AWKWARD.length, table.rowCount());
        assertArrayEquals(AWKWARD, table.doubles("value"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "9223372036854775807"),
            table.strings("step"));
    }

    @Test
    void pythonReadsTheSameNumbers() throws Exception {
        Path file = folder.resolve("py.csv");
        CsvTables.writer().column("value", AWKWARD).write(file);

        // Python's csv module and float() are an independent reader of RFC 4180 and of
        // decimal numbers; repr() prints the shortest round-trip form of each double.
        String printed = Python.run("import csv,sys\n"
            + "rows=list(csv.DictReader(open(sys.argv[1],newline='')))\n"
            + "print(' '.join(repr(float(r['value'])) for r in rows))", file.toString());

        String[] values = printed.split(" ");
        assertEquals(AWKWARD.length, values.length);
        for (int i = 0; i < AWKWARD.length; i++) {
            double fromPython = values[i].equals("nan") ? Double.NaN
                : Double.parseDouble(values[i]);
            assertEquals(AWKWARD[i], fromPython, 0.0, "row " + i);
        }
    }

    @Test
    void textIsQuotedAsRfc4180Says() throws IOException {
        Path file = folder.resolve("q.csv");

        CsvTables.writer().column("label", List.of("plain", "a,b", "say \"hi\"")).write(file);

        // RFC 4180, section 2: CRLF line breaks; fields with commas or quotes are enclosed in
        // double quotes, and a quote inside is doubled.
        assertEquals("label\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n",
            Files.readString(file));
        assertEquals(List.of("plain", "a,b", "say \"hi\""), CsvTables.read(file).strings("label"));
    }

    @Test
    void aMalformedCellIsReportedWithFileLineAndColumn() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "x,V\n0.0,1.0\n\n0.5,oops\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> CsvTables.read(file).doubles("V"));

        assertEquals(file + ":4:2: column 'V' = 'oops': expected a number", error.getMessage());
    }

    @Test
    void numbersWithJavaSuffixesAreRefused() throws IOException {
        Path file = folder.resolve("suffix.csv");
        Files.writeString(file, "x\n1.0d\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> CsvTables.read(file).doubles("x"));

        assertTrue(error.getMessage().startsWith(file + ":2:1: "), error.getMessage());
    }

    @Test
    void aRowWithTooFewFieldsIsReportedWithItsLine() throws IOException {
        Path file = folder.resolve("short.csv");
        Files.writeString(file, "x,V\n0,1\n2\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> CsvTables.read(file));

        assertTrue(error.getMessage().startsWith(file + ":3:2: 1 fields: expected 2"),
            error.getMessage());
    }

    @Test
    void anUnknownColumnNamesTheHeader() throws IOException {
        Path file = folder.resolve("h.csv");
        Files.writeString(file, "x,p\n0,1\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> CsvTables.read(file).doubles("V"));

        assertTrue(error.getMessage().contains("no column 'V': the header has x, p"),
            error.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = folder.resolve("absent.csv");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> CsvTables.read(file));

        assertEquals("cannot read " + file + ": no such file", error.getMessage());
    }

    @Test
    void columnsOfDifferentLengthsAreRefused() {
        CsvTableWriter writer = CsvTables.writer()
            .column("a", new double[] {1, 2}).column("b", new double[] {1});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> writer.write(folder.resolve("n.csv")));

        assertTrue(error.getMessage().contains("column 'b' has 1 rows: expected 2"),
            error.getMessage());
    }

    @Test
    void aRepeatedColumnNameIsRefused() {
        CsvTableWriter writer = CsvTables.writer().column("a", new double[] {1});

        assertThrows(IllegalArgumentException.class,
            () -> writer.column("a", new double[] {2}));
    }
}
