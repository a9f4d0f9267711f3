package org.fracdyn.nn.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jetbrains.bio.npy.NpyArray;
import org.jetbrains.bio.npy.NpyFile;
import org.jetbrains.bio.npy.NpzEntry;
import org.jetbrains.bio.npy.NpzFile;

/**
 * Reads a {@link Trace} from any {@link TraceFormat}, checking the schema row by row.
 *
 * <p>Anything malformed (a missing or non-integer step, steps that do not increase, a NaN or a
 * negative displacement, a cell that is not a number, a row of the wrong width) is reported as
 * an {@link UncheckedIOException} whose message starts with {@code file:line:column} (CSV: line
 * of the file and 1-based column with its name; JSON lines: line and key; NumPy: array name
 * and row). Nothing is returned from a file with any problem: there is no partial load.
 *
 * <p>In CSV an empty cell, and in JSON lines an absent key or {@code null}, means "not
 * recorded in this row"; this is allowed for metric columns only. A literal {@code NaN} text is
 * refused everywhere: a metric that was not recorded is written as an empty cell.
 */
public final class TraceReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceReader() {
    }

    /**
     * Reads a trace in the format of its extension.
     *
     * @param file the trace file
     * @return the trace
     * @throws UncheckedIOException with file, line and column of the first problem
     */
    public static Trace read(Path file) {
        return read(file, TraceFormat.of(file));
    }

    /**
     * Reads a trace in a given format.
     *
     * @param file the trace file
     * @param format its format
     * @return the trace
     */
    public static Trace read(Path file, TraceFormat format) {
        try {
            return switch (format) {
                case CSV -> readCsv(file);
                case JSON_LINES -> readJsonLines(file);
                case NPZ -> readNpz(file);
                case NPY -> readNpy(file);
            };
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof UncheckedIOException) {
                throw e;
            }
            throw new UncheckedIOException(file + ": not a readable " + format + " trace: "
                + e.getMessage(), new IOException(e));
        }
    }

    /**
     * Refuses a .npy file in Fortran order (what numpy.save writes for a transposed array such
     * as {@code numpy.array([step, total]).T}) with the remedy, before the library's terse
     * refusal. The header dict sits in the first bytes (magic, version, length, dict).
     */
    private static void refuseFortranOrder(Path file) throws IOException {
        byte[] start;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(1024);
        }
        String header = new String(start, StandardCharsets.ISO_8859_1).replace(" ", "");
        if (header.contains("'fortran_order':True")) {
            throw malformed(file, 0, "order", "the array is in Fortran order (numpy.save of a "
                + "transposed array, e.g. numpy.array([step, total]).T): save "
                + "numpy.ascontiguousarray(a) instead");
        }
    }

    private static UncheckedIOException malformed(Path file, long line, String column,
                                                  String what) {
        return new UncheckedIOException(file + ":" + line + ":" + column + ": " + what,
            new IOException(what));
    }

    /** Collects rows and checks each as it comes. */
    private static final class Builder {
        private final Path file;
        private final List<String> names;
        private final boolean withEpochs;
        private final List<Long> steps = new ArrayList<>();
        private final List<Long> epochs = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();

        Builder(Path file, List<String> names, boolean withEpochs) {
            this.file = file;
            this.names = names;
            this.withEpochs = withEpochs;
        }

        void checkStep(long step, long line, String column) {
            boolean first = steps.isEmpty();
            String problem = TraceChecks.stepProblem(step, first ? 0 : steps.get(steps.size() - 1),
                first);
            if (problem != null) {
                throw malformed(file, line, column, problem);
            }
        }

        void checkEpoch(long epoch, long line, String column) {
            boolean first = epochs.isEmpty();
            String problem = TraceChecks.epochProblem(epoch,
                first ? 0 : epochs.get(epochs.size() - 1), first);
            if (problem != null) {
                throw malformed(file, line, column, problem);
            }
        }

        void checkValue(String name, double value, long line, String column) {
            String problem = TraceChecks.valueProblem(name, value);
            if (problem != null) {
                throw malformed(file, line, column, problem);
            }
        }

        void add(long step, long epoch, double[] values) {
            steps.add(step);
            if (withEpochs) {
                epochs.add(epoch);
            }
            rows.add(values);
        }

        Trace build() {
            int count = rows.size();
            long[] stepArray = new long[count];
            long[] epochArray = withEpochs ? new long[count] : null;
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (String name : names) {
                columns.put(name, new double[count]);
            }
            for (int row = 0; row < count; row++) {
                stepArray[row] = steps.get(row);
                if (withEpochs) {
                    epochArray[row] = epochs.get(row);
                }
                double[] values = rows.get(row);
                for (int c = 0; c < names.size(); c++) {
                    columns.get(names.get(c))[row] = values[c];
                }
            }
            return Trace.of(stepArray, epochArray, columns);
        }
    }

    private static void checkHeader(Path file, List<String> header, long line) {
        if (header.isEmpty() || !header.get(0).equals(Trace.STEP)) {
            throw malformed(file, line, "1", "header = " + header
                + ": the first column must be 'step'");
        }
        if (!header.contains(Trace.TOTAL)) {
            throw malformed(file, line, "1", "header = " + header
                + ": a trace needs the column 'total'");
        }
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty() || header.indexOf(name) != c
                || (c > 0 && name.equals(Trace.STEP))
                || (c > 1 && name.equals(Trace.EPOCH))) {
                throw malformed(file, line, (c + 1) + " (" + name + ")",
                    "column name '" + name + "' is empty, repeated or misplaced"
                    + " (epoch may only be the second column)");
            }
        }
    }

    private static Trace readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                 .setFormat(CSVFormat.RFC4180).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw malformed(file, 1, "1", "empty file: expected a header starting with step");
            }
            CSVRecord headerRecord = records.next();
            List<String> header = new ArrayList<>(headerRecord.toList());
            checkHeader(file, header, 1);
            boolean withEpochs = header.size() > 1 && header.get(1).equals(Trace.EPOCH);
            int first = withEpochs ? 2 : 1;
            List<String> names = header.subList(first, header.size());
            Builder builder = new Builder(file, names, withEpochs);
            long line;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                line = record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw malformed(file, line, Integer.toString(record.size()), "row has "
                        + record.size() + " cells; the header has " + header.size());
                }
                long step = parseLong(file, line, 1, Trace.STEP, record.get(0));
                builder.checkStep(step, line, "1 (step)");
                long epoch = 0;
                if (withEpochs) {
                    epoch = parseLong(file, line, 2, Trace.EPOCH, record.get(1));
                    builder.checkEpoch(epoch, line, "2 (epoch)");
                }
                double[] values = new double[names.size()];
                for (int c = 0; c < names.size(); c++) {
                    String name = names.get(c);
                    String column = (first + c + 1) + " (" + name + ")";
                    values[c] = parseDouble(file, line, column, record.get(first + c));
                    builder.checkValue(name, values[c], line, column);
                }
                builder.add(step, epoch, values);
            }
            return builder.build();
        }
    }

    private static long parseLong(Path file, long line, int column, String name, String text) {
        String where = column + " (" + name + ")";
        if (text.isBlank()) {
            throw malformed(file, line, where, name + " is missing");
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw malformed(file, line, where, name + " = '" + text + "': expected an integer");
        }
    }

    private static double parseDouble(Path file, long line, String column, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return Double.NaN;
        }
        if (trimmed.equalsIgnoreCase("nan") || trimmed.equalsIgnoreCase("+nan")
            || trimmed.equalsIgnoreCase("-nan")) {
            throw malformed(file, line, column, "'" + text
                + "': NaN is not allowed; leave the cell empty when nothing was recorded");
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw malformed(file, line, column, "'" + text + "' is not a number");
        }
    }

    private static Trace readJsonLines(Path file) throws IOException {
        Builder builder = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            List<String> names = null;
            boolean withEpochs = false;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    throw malformed(file, line, Integer.toString(e.getLocation().getColumnNr()),
                        "not valid JSON: " + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    throw malformed(file, line, "1", "expected a JSON object per line");
                }
                if (names == null) {
                    names = new ArrayList<>();
                    Iterator<String> fields = node.fieldNames();
                    while (fields.hasNext()) {
                        String name = fields.next();
                        if (name.equals(Trace.EPOCH)) {
                            withEpochs = true;
                        } else if (!name.equals(Trace.STEP)) {
                            names.add(name);
                        }
                    }
                    if (!names.contains(Trace.TOTAL)) {
                        throw malformed(file, line, "total", "the first row has no 'total'");
                    }
                    builder = new Builder(file, names, withEpochs);
                }
                Iterator<String> fields = node.fieldNames();
                while (fields.hasNext()) {
                    String name = fields.next();
                    if (!name.equals(Trace.STEP) && !name.equals(Trace.EPOCH)
                        && !names.contains(name)) {
                        throw malformed(file, line, name, "key '" + name
                            + "' is not in the first row; every column must appear there");
                    }
                }
                long step = jsonLong(file, line, node, Trace.STEP);
                builder.checkStep(step, line, Trace.STEP);
                long epoch = 0;
                if (withEpochs) {
                    epoch = jsonLong(file, line, node, Trace.EPOCH);
                    builder.checkEpoch(epoch, line, Trace.EPOCH);
                }
                double[] values = new double[names.size()];
                for (int c = 0; c < names.size(); c++) {
                    String name = names.get(c);
                    JsonNode value = node.get(name);
                    if (value == null || value.isNull()) {
                        values[c] = Double.NaN;
                    } else if (value.isNumber()) {
                        values[c] = value.asDouble();
                    } else {
                        throw malformed(file, line, name, name + " = " + value
                            + ": expected a number or null");
                    }
                    builder.checkValue(name, values[c], line, name);
                }
                builder.add(step, epoch, values);
            }
        }
        if (builder == null) {
            throw malformed(file, 1, "1", "empty file: expected one JSON object per row");
        }
        return builder.build();
    }

    private static long jsonLong(Path file, long line, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw malformed(file, line, name, name + " is missing");
        }
        if (!value.canConvertToExactIntegral() && !value.isIntegralNumber()) {
            throw malformed(file, line, name, name + " = " + value + ": expected an integer");
        }
        return value.asLong();
    }

    private static Trace readNpz(Path file) {
        try (NpzFile.Reader reader = NpzFile.read(file)) {
            List<String> names = new ArrayList<>();
            boolean withEpochs = false;
            boolean withSteps = false;
            for (NpzEntry entry : reader.introspect()) {
                String name = entry.getName();
                if (name.endsWith(".npy")) {
                    name = name.substring(0, name.length() - 4);
                }
                if (name.equals(Trace.STEP)) {
                    withSteps = true;
                } else if (name.equals(Trace.EPOCH)) {
                    withEpochs = true;
                } else {
                    names.add(name);
                }
            }
            if (!withSteps) {
                throw malformed(file, 0, Trace.STEP, "no array named 'step'");
            }
            if (!names.contains(Trace.TOTAL)) {
                throw malformed(file, 0, Trace.TOTAL, "no array named 'total'");
            }
            long[] steps = integers(file, reader.get(Trace.STEP, Integer.MAX_VALUE), Trace.STEP);
            long[] epochs = withEpochs
                ? integers(file, reader.get(Trace.EPOCH, Integer.MAX_VALUE), Trace.EPOCH) : null;
            Builder builder = new Builder(file, names, withEpochs);
            List<double[]> columns = new ArrayList<>();
            for (String name : names) {
                double[] values = reals(reader.get(name, Integer.MAX_VALUE));
                if (values.length != steps.length) {
                    throw malformed(file, 0, name, "array '" + name + "' has " + values.length
                        + " values; 'step' has " + steps.length);
                }
                columns.add(values);
            }
            if (epochs != null && epochs.length != steps.length) {
                throw malformed(file, 0, Trace.EPOCH, "array 'epoch' has " + epochs.length
                    + " values; 'step' has " + steps.length);
            }
            for (int row = 0; row < steps.length; row++) {
                builder.checkStep(steps[row], row, Trace.STEP);
                if (epochs != null) {
                    builder.checkEpoch(epochs[row], row, Trace.EPOCH);
                }
                double[] values = new double[names.size()];
                for (int c = 0; c < names.size(); c++) {
                    values[c] = columns.get(c)[row];
                    checkArrayValue(builder, names.get(c), values[c], row);
                }
                builder.add(steps[row], epochs == null ? 0 : epochs[row], values);
            }
            return builder.build();
        }
    }

    /** NumPy arrays have no empty cell: NaN in a metric column means "not recorded". */
    private static void checkArrayValue(Builder builder, String name, double value, int row) {
        if (Double.isNaN(value) && !TraceChecks.isDisplacement(name)) {
            return;
        }
        builder.checkValue(name, value, row, name);
    }

    private static long[] integers(Path file, NpyArray array, String name) {
        Object data = array.getData();
        if (data instanceof long[]) {
            return (long[]) data;
        }
        if (data instanceof int[]) {
            int[] ints = (int[]) data;
            long[] longs = new long[ints.length];
            for (int i = 0; i < ints.length; i++) {
                longs[i] = ints[i];
            }
            return longs;
        }
        throw malformed(file, 0, name, "array '" + name + "' holds "
            + data.getClass().getSimpleName() + ": expected int64 or int32");
    }

    private static double[] reals(NpyArray array) {
        Object data = array.getData();
        if (data instanceof double[]) {
            return (double[]) data;
        }
        if (data instanceof float[]) {
            float[] floats = (float[]) data;
            double[] doubles = new double[floats.length];
            for (int i = 0; i < floats.length; i++) {
                doubles[i] = floats[i];
            }
            return doubles;
        }
        if (data instanceof long[]) {
            long[] longs = (long[]) data;
            double[] doubles = new double[longs.length];
            for (int i = 0; i < longs.length; i++) {
                doubles[i] = longs[i];
            }
            return doubles;
        }
        throw new IllegalArgumentException("array holds " + data.getClass().getSimpleName()
            + ": expected float64, float32 or int64");
    }

    private static Trace readNpy(Path file) throws IOException {
        Path sidecar = TraceFormat.columnsSidecar(file);
        if (!Files.exists(sidecar)) {
            throw malformed(file, 0, "columns", "no sidecar " + sidecar.getFileName()
                + " naming the columns");
        }
        JsonNode columnsNode = JSON.readTree(sidecar.toFile()).get("columns");
        if (columnsNode == null || !columnsNode.isArray()) {
            throw malformed(sidecar, 1, "columns", "expected {\"columns\": [names...]}");
        }
        List<String> header = new ArrayList<>();
        columnsNode.forEach(name -> header.add(name.asText()));
        checkHeader(sidecar, header, 1);
        refuseFortranOrder(file);
        NpyArray array = NpyFile.read(file, Integer.MAX_VALUE);
        int[] shape = array.getShape();
        if (shape.length != 2 || shape[1] != header.size()) {
            throw malformed(file, 0, "shape", "shape " + java.util.Arrays.toString(shape)
                + ": expected (rows, " + header.size() + ") for the columns of " + sidecar);
        }
        double[] table = reals(array);
        boolean withEpochs = header.size() > 1 && header.get(1).equals(Trace.EPOCH);
        int first = withEpochs ? 2 : 1;
        List<String> names = header.subList(first, header.size());
        Builder builder = new Builder(file, names, withEpochs);
        int width = shape[1];
        for (int row = 0; row < shape[0]; row++) {
            long step = integral(file, row, Trace.STEP, table[row * width]);
            builder.checkStep(step, row, Trace.STEP);
            long epoch = 0;
            if (withEpochs) {
                epoch = integral(file, row, Trace.EPOCH, table[row * width + 1]);
                builder.checkEpoch(epoch, row, Trace.EPOCH);
            }
            double[] values = new double[names.size()];
            for (int c = 0; c < names.size(); c++) {
                values[c] = table[row * width + first + c];
                checkArrayValue(builder, names.get(c), values[c], row);
            }
            builder.add(step, epoch, values);
        }
        return builder.build();
    }

    private static long integral(Path file, int row, String name, double value) {
        if (!(value == Math.rint(value)) || Math.abs(value) > 0x1p53) {
            throw malformed(file, row, name, name + " = " + value + ": expected an integer");
        }
        return (long) value;
    }
}
