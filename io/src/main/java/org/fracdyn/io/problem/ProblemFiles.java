package org.fracdyn.io.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fracdyn.io.CsvTable;
import org.fracdyn.io.CsvTables;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * Reads problem files (YAML, or JSON) into a validated {@link ProblemSpec}, strictly: an
 * unknown key, a value of the wrong type and a value out of range are each refused with one
 * line {@code file:line:column: key.path = value: expected what is allowed}. The keys, their
 * ranges and defaults are documented in {@code docs/problem-file.md}.
 *
 * <p>Failures: {@link IllegalArgumentException} for anything wrong in the problem file
 * (syntax included), {@link UncheckedIOException} for a file that cannot be read
 * ({@code cannot read FILE: no such file}) and for malformed table files.
 */
public final class ProblemFiles {

    private static final List<String> TOP_KEYS = List.of("name", "alpha", "diffusion",
        "friction", "potential", "domain", "initial", "time", "output", "seed");
    private static final String POTENTIAL_TYPES =
        "free, linear, harmonic, double-well, periodic, table";
    private static final String INITIAL_TYPES = "delta, gaussian, uniform, boltzmann, table";

    /**
     * Smallest first time step t_1 = end (1/steps)^grading accepted: below it the implicit
     * matrix's diagonal, of order t_1^-alpha, leaves the double range.
     */
    static final double MIN_FIRST_STEP = 1e-300;

    /**
     * Smallest cell width h accepted: the operator's entries, of order D / h^2, must stay
     * far inside the double range.
     */
    static final double MIN_CELL_WIDTH = 1e-100;

    /** Largest problem file read, in bytes; a problem file is a few hundred bytes. */
    static final long MAX_FILE_BYTES = 1_000_000;

    private ProblemFiles() {
    }

    /**
     * Reads and validates a problem file. Table files named in it are resolved against the
     * problem file's folder and read.
     *
     * @param file a YAML or JSON problem file
     * @return the spec, with {@code source} the file
     * @throws IllegalArgumentException {@code file:line:column: message} for a bad problem,
     *     a folder, or a file (or stream) of more than {@value #MAX_FILE_BYTES} bytes
     * @throws UncheckedIOException if the file or a table file cannot be read, or is not
     *     UTF-8 text
     */
    public static ProblemSpec read(Path file) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("cannot read " + file
                    + ": a folder; expected a YAML or JSON problem file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("cannot read " + file + ": more than "
                    + MAX_FILE_BYTES + " bytes; expected a problem file of at most "
                    + MAX_FILE_BYTES + " bytes");
            }
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException("cannot read " + file
                + ": not UTF-8 text; expected a YAML or JSON problem file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /**
     * Validates a problem given as text.
     *
     * @param text the YAML or JSON document
     * @param source the file it came from, used in messages, for the default name and to
     *     resolve table files; not read
     * @return the spec
     * @throws IllegalArgumentException {@code file:line:column: message} for a bad problem
     * @throws UncheckedIOException if a table file cannot be read
     */
    public static ProblemSpec parse(String text, Path source) {
        String fileName = source.toString();
        YamlNode root = new YamlTreeReader(fileName).parse(text);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new IllegalArgumentException(fileName + ":" + root.line() + ":"
                + root.column() + ": the document is " + root.describe()
                + ": expected a mapping of keys (" + String.join(", ", TOP_KEYS) + ")");
        }
        return new Reading(source, new Section(fileName, "", mapping)).problem();
    }

    /** The state of reading one file: its folder for tables, and the domain once known. */
    private static final class Reading {

        private final Path source;
        private final Section top;

        Reading(Path source, Section top) {
            this.source = source;
            this.top = top;
        }

        ProblemSpec problem() {
            top.allowOnly(TOP_KEYS);

            String nameRule = "a name of letters, digits, '.', '_' or '-' (it names the run "
                + "folder)";
            String name = top.has("name") ? top.anyText("name", nameRule) : defaultName(source);
            if (!ProblemSpec.isValidName(name)) {
                throw top.has("name") ? top.refuse("name", nameRule)
                    : new IllegalArgumentException(top.at(1, 1) + "the file name gives the run "
                        + "name '" + name + "': expected " + nameRule + "; add a name: key");
            }
            double alpha = top.number("alpha", "a number with 0 < alpha <= 1",
                a -> a > 0 && a <= 1);
            double diffusion = top.number("diffusion", "a number > 0 (D)", d -> d > 0);
            double friction = top.number("friction", 1.0, "a number > 0 (gamma)", g -> g > 0);
            long seed = top.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");

            DomainSpec domain = domain(top.section("domain", true,
                "a mapping with min, max, cells and optionally boundary, dims"));
            PotentialSpec potential = top.has("potential")
                ? potential(top.section("potential", false,
                    "a mapping with type (" + POTENTIAL_TYPES + ") and its parameters"), domain)
                : new PotentialSpec.Free();
            if (potential instanceof PotentialSpec.Periodic periodic
                    && domain.boundary() == Boundary.PERIODIC) {
                requireWholePeriods(top.section("potential", false, ""), periodic, domain);
            }
            InitialSpec initial = initial(top.section("initial", true,
                "a mapping with type (" + INITIAL_TYPES + ") and its parameters"), domain);
            TimeSpec time = time(top.section("time", true,
                "a mapping with end, steps and optionally grading, scheme, history"));
            OutputSpec output = output(top.section("output", false,
                "a mapping with times and/or every"), time);

            return new ProblemSpec(name, alpha, diffusion, friction, potential, domain,
                initial, time, output, seed, source);
        }

        private DomainSpec domain(Section section) {
            section.allowOnly(List.of("dims", "min", "max", "cells", "boundary"));

            int dims = (int) section.integer("dims", 1, 1, 1,
                "1 (2 and 3 dimensions are not supported yet)");
            double min = section.number("min", "a finite number", x -> true);
            double max = section.number("max", "a finite number > domain.min = " + min,
                x -> x > min);
            int cells = (int) section.integer("cells", 3, DomainSpec.MAX_CELLS,
                "an integer in [3, " + DomainSpec.MAX_CELLS + "] (each density array takes "
                + "8 bytes per cell; the limit is 80 MB)");
            double width = (max - min) / cells;
            if (!(Double.isFinite(max - min) && width >= MIN_CELL_WIDTH)) {
                throw section.refuse("max", "a number with a finite max - min and a cell"
                    + " width (max - min) / cells of at least " + MIN_CELL_WIDTH + " (it is "
                    + width + " here)");
            }
            Boundary boundary = Boundary.REFLECTING;
            if (section.has("boundary")) {
                String label = section.text("boundary", "one of " + boundaryLabels());
                try {
                    boundary = Boundary.fromLabel(label);
                } catch (IllegalArgumentException e) {
                    throw section.refuse("boundary", "one of " + boundaryLabels());
                }
            }
            return new DomainSpec(dims, min, max, cells, boundary);
        }

        private PotentialSpec potential(Section section, DomainSpec domain) {
            String type = section.text("type", "one of " + POTENTIAL_TYPES);
            switch (type) {
                case "free":
                    section.allowOnly(List.of("type"));
                    return new PotentialSpec.Free();
                case "linear":
                    section.allowOnly(List.of("type", "force"));
                    return new PotentialSpec.Linear(
                        section.number("force", "a finite number (F in V = -F x)", f -> true));
                case "harmonic":
                    section.allowOnly(List.of("type", "k", "center"));
                    return new PotentialSpec.Harmonic(
                        section.number("k", "a number > 0 (V = k (x - center)^2 / 2)",
                            k -> k > 0),
                        section.number("center", 0.0, "a finite number", c -> true));
                case "double-well":
                    section.allowOnly(List.of("type", "a", "b"));
                    return new PotentialSpec.DoubleWell(
                        section.number("a", "a number > 0 (V = a x^4 - b x^2)",
                            a -> a > 0),
                        section.number("b", "a number > 0 (V = a x^4 - b x^2)",
                            b -> b > 0));
                case "periodic":
                    section.allowOnly(List.of("type", "amplitude", "period", "tilt"));
                    return new PotentialSpec.Periodic(
                        section.number("amplitude", "a number >= 0", a -> a >= 0),
                        section.number("period", "a number > 0", p -> p > 0),
                        section.number("tilt", 0.0, "a finite number", t -> true));
                case "table":
                    section.allowOnly(List.of("type", "file"));
                    return new PotentialSpec.Table(table(section, "V", domain, false,
                        org.fracdyn.solver.potential.Tabulated.MIN_POINTS,
                        " (the Akima spline needs " + org.fracdyn.solver.potential.Tabulated
                            .MIN_POINTS + " points)"));
                default:
                    throw section.refuse("type", "one of " + POTENTIAL_TYPES);
            }
        }

        /**
         * On a ring the cosine must be continuous where the ends meet: the domain length must
         * be a whole number of periods (to a relative 1e-9); the tilt is exempt.
         */
        private static void requireWholePeriods(Section section, PotentialSpec.Periodic
                periodic, DomainSpec domain) {
            double periods = domain.length() / periodic.period();
            long whole = Math.round(periods);
            if (whole < 1 || Math.abs(periods - whole) > 1e-9 * periods) {
                throw section.refuse("period", "a period that divides the periodic domain's "
                    + "length " + domain.length() + " (it holds " + periods + " periods)");
            }
        }

        private InitialSpec initial(Section section, DomainSpec domain) {
            String type = section.text("type", "one of " + INITIAL_TYPES);
            String inside = "a number in the domain [" + domain.min() + ", " + domain.max() + "]";
            switch (type) {
                case "delta":
                    section.allowOnly(List.of("type", "at"));
                    return new InitialSpec.Delta(section.number("at", inside,
                        x -> x >= domain.min() && x <= domain.max()));
                case "gaussian":
                    section.allowOnly(List.of("type", "mean", "sigma"));
                    return new InitialSpec.Gaussian(
                        section.number("mean", inside,
                            x -> x >= domain.min() && x <= domain.max()),
                        section.number("sigma", "a number > 0", s -> s > 0));
                case "uniform":
                    section.allowOnly(List.of("type"));
                    return new InitialSpec.Uniform();
                case "boltzmann":
                    section.allowOnly(List.of("type"));
                    return new InitialSpec.Boltzmann();
                case "table":
                    section.allowOnly(List.of("type", "file"));
                    return new InitialSpec.Table(table(section, "p", domain, true, 2, ""));
                default:
                    throw section.refuse("type", "one of " + INITIAL_TYPES);
            }
        }

        private TimeSpec time(Section section) {
            section.allowOnly(List.of("end", "steps", "grading", "scheme", "history"));

            double end = section.number("end", "a number > 0", t -> t > 0);
            int steps = (int) section.integer("steps", 1, TimeSpec.MAX_STEPS,
                "an integer in [1, " + TimeSpec.MAX_STEPS + "]");
            double grading = section.number("grading", 1.0,
                "a number >= 1 (t_n = end (n/steps)^grading)", r -> r >= 1);
            double firstStep = end * Math.pow(1.0 / steps, grading);
            if (!(firstStep >= MIN_FIRST_STEP)) {
                throw section.refuse("grading", "a number >= 1 whose first step"
                    + " end (1/steps)^grading is at least " + MIN_FIRST_STEP + " (it is "
                    + firstStep + " here)");
            }
            SchemeKind scheme = SchemeKind.L1;
            if (section.has("scheme")) {
                String expected = "one of " + schemeLabels();
                String label = section.text("scheme", expected);
                try {
                    scheme = SchemeKind.fromLabel(label);
                } catch (IllegalArgumentException e) {
                    throw section.refuse("scheme", expected);
                }
            }
            HistoryKind history = HistoryKind.DIRECT;
            if (section.has("history")) {
                String expected = "one of " + historyLabels();
                String label = section.text("history", expected);
                try {
                    history = HistoryKind.fromLabel(label);
                } catch (IllegalArgumentException e) {
                    throw section.refuse("history", expected);
                }
            }
            return new TimeSpec(end, steps, grading, scheme, history);
        }

        private OutputSpec output(Section section, TimeSpec time) {
            section.allowOnly(List.of("times", "every"));

            double[] times = {time.end()};
            if (section.has("times")) {
                String expected = "a list of increasing times in (0, time.end = " + time.end()
                    + "]";
                if (!(section.get("times") instanceof YamlNode.Sequence list)
                        || list.items().isEmpty()) {
                    throw section.refuse("times", expected);
                }
                times = new double[list.items().size()];
                for (int i = 0; i < times.length; i++) {
                    YamlNode item = list.items().get(i);
                    Double value = Section.asNumber(item);
                    if (value == null || !(value > 0 && value <= time.end())
                            || i > 0 && !(value > times[i - 1])) {
                        String after = i > 0 ? ", each > the one before (" + times[i - 1] + ")"
                            : "";
                        throw new IllegalArgumentException(
                            section.at(item.line(), item.column()) + "output.times[" + i
                            + "] = " + item.describe() + ": expected a time in (0, time.end = "
                            + time.end() + "]" + after);
                    }
                    times[i] = value;
                }
            }
            int every = (int) section.integer("every", 1, 1, time.steps(),
                "an integer in [1, time.steps = " + time.steps() + "]");
            return new OutputSpec(times, every);
        }

        private Tabulated table(Section section, String valueColumn, DomainSpec domain,
                                boolean density, int minRows, String why) {
            String given = section.text("file",
                "a CSV file name with header x," + valueColumn);
            Path file = resolveAgainstSource(given);
            if (!Files.isRegularFile(file)) {
                throw new UncheckedIOException(section.at("file") + section.qualified("file")
                    + " = '" + given + "': cannot read " + file + ": "
                    + (Files.exists(file) ? "not a regular file" : "no such file"),
                    new NoSuchFileException(file.toString()));
            }

            CsvTable csv = CsvTables.read(file);
            for (String column : List.of("x", valueColumn)) {
                if (!csv.hasColumn(column)) {
                    throw new UncheckedIOException(file + ":1:1: no column '" + column
                        + "': expected the header x," + valueColumn + " (the header has "
                        + String.join(",", csv.header()) + ")", new IOException(column));
                }
            }
            double[] x = csv.doubles("x");
            double[] y = csv.doubles(valueColumn);
            if (x.length < 2) {
                throw new UncheckedIOException(file + ":1:1: " + x.length
                    + " data rows: expected at least 2", new IOException("short table"));
            }
            for (int i = 0; i < x.length; i++) {
                checkCell(csv, i, "x", x[i], i == 0 || x[i] > x[i - 1],
                    i == 0 ? "a finite number" : "a finite number > " + x[i - 1]
                        + " (x strictly increasing)");
                checkCell(csv, i, valueColumn, y[i], !density || y[i] >= 0,
                    density ? "a finite number >= 0" : "a finite number");
            }
            if (density && Arrays.stream(y).allMatch(p -> p == 0)) {
                throw new UncheckedIOException(file + ":2:" + csv.columnNumberOf(valueColumn)
                    + ": every p is 0: expected a density with some mass",
                    new IOException("zero density"));
            }
            if (x[0] > domain.min() || x[x.length - 1] < domain.max()) {
                throw new IllegalArgumentException(section.at("file")
                    + section.qualified("file") + " = '" + given + "': x covers [" + x[0]
                    + ", " + x[x.length - 1] + "]: expected a table covering the domain ["
                    + domain.min() + ", " + domain.max() + "]");
            }
            if (x.length < minRows) {
                throw new UncheckedIOException(file + ":1:1: " + x.length
                    + " data rows: expected at least " + minRows + why,
                    new IOException("short table"));
            }
            return new Tabulated(file, x, y);
        }

        private static void checkCell(CsvTable csv, int row, String column, double value,
                                      boolean ok, String expected) {
            if (!ok || !Double.isFinite(value)) {
                throw new UncheckedIOException(csv.source() + ":" + csv.lineOf(row) + ":"
                    + csv.columnNumberOf(column) + ": " + column + " = " + value
                    + ": expected " + expected, new IOException("bad cell"));
            }
        }

        private Path resolveAgainstSource(String given) {
            Path path = Path.of(given);
            if (path.isAbsolute()) {
                return path.normalize();
            }
            Path folder = source.toAbsolutePath().getParent();
            return folder.resolve(path).normalize();
        }
    }

    private static String defaultName(Path source) {
        String fileName = source.getFileName() == null ? "problem"
            : source.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.isBlank() ? "problem" : stem;
    }

    static String boundaryLabels() {
        return Arrays.stream(Boundary.values()).map(Boundary::label)
            .collect(Collectors.joining(", "));
    }

    private static String schemeLabels() {
        return Arrays.stream(SchemeKind.values()).map(SchemeKind::label)
            .collect(Collectors.joining(", "));
    }

    private static String historyLabels() {
        return Arrays.stream(HistoryKind.values()).map(HistoryKind::label)
            .collect(Collectors.joining(", "));
    }
}
