package org.fracdyn.io.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fracdyn.io.JsonDocuments;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemFilesTest {

    /** A valid problem, one key per line, so that line numbers in messages are easy to read. */
    private static final String VALID = String.join("\n",
        "alpha: 0.6",                                                    // line 1
        "diffusion: 1.0",                                                // line 2
        "friction: 2.0",                                                 // line 3
        "potential: {type: harmonic, k: 1.0, center: 0.5}",              // line 4
        "domain: {min: -8.0, max: 8.0, cells: 800, boundary: reflecting}", // line 5
        "initial: {type: gaussian, mean: 2.0, sigma: 0.05}",             // line 6
        "time: {end: 5.0, steps: 2000, grading: 1.0, scheme: L1, history: direct}", // 7
        "output: {times: [0.5, 1.0, 2.0, 5.0], every: 10}",              // line 8
        "seed: 7",                                                       // line 9
        "");

    @TempDir
    Path folder;

    @Test
    void aValidFileGivesTheSpecItDescribes() throws IOException {
        ProblemSpec spec = ProblemFiles.read(write("harmonic.yaml", VALID));

        assertEquals("harmonic", spec.name(), "the default name is the file name's stem");
        assertEquals(0.6, spec.alpha(), 0.0);
        assertEquals(2.0, spec.temperature(), 0.0, "kT = gamma D = 2 * 1");
        assertEquals(new PotentialSpec.Harmonic(1.0, 0.5), spec.potential());
        assertEquals(new DomainSpec(1, -8.0, 8.0, 800, Boundary.REFLECTING), spec.domain());
        assertEquals(0.02, spec.domain().spacing(), 1e-15, "16 / 800");
        assertEquals(new InitialSpec.Gaussian(2.0, 0.05), spec.initial());
        assertEquals(new TimeSpec(5.0, 2000, 1.0, SchemeKind.L1, HistoryKind.DIRECT),
            spec.time());
        assertArrayEquals(new double[] {0.5, 1.0, 2.0, 5.0}, spec.output().times(), 0.0);
        assertEquals(10, spec.output().every());
        assertEquals(7L, spec.seed());
    }

    @Test
    void omittedKeysTakeTheirDocumentedDefaults() throws IOException {
        ProblemSpec spec = ProblemFiles.read(write("minimal.yml", String.join("\n",
            "alpha: 1",
            "diffusion: 1e-3",
            "domain: {min: 0, max: 1, cells: 3}",
            "initial: {type: uniform}",
            "time: {end: 2, steps: 1}")));

        assertEquals("minimal", spec.name());
        assertEquals(1.0, spec.alpha(), 0.0);
        assertEquals(1e-3, spec.diffusion(), 0.0, "YAML 1.2 exponent form is a number");
        assertEquals(1.0, spec.friction(), 0.0);
        assertEquals(new PotentialSpec.Free(), spec.potential());
        assertEquals(Boundary.REFLECTING, spec.domain().boundary());
        assertEquals(new TimeSpec(2.0, 1, 1.0, SchemeKind.L1, HistoryKind.DIRECT),
            spec.time());
        assertArrayEquals(new double[] {2.0}, spec.output().times(), 0.0);
        assertEquals(1, spec.output().every());
        assertEquals(0L, spec.seed());
    }

    @Test
    void alphaAboveOneIsRefusedWithKeyValueAndLine() throws IOException {
        assertRefused(VALID.replace("alpha: 0.6", "alpha: 1.5"),
            ":1:8: alpha = 1.5: expected a number with 0 < alpha <= 1");
    }

    @Test
    void negativeCellsAreRefusedWithKeyValueAndLine() throws IOException {
        assertRefused(VALID.replace("cells: 800", "cells: -5"),
            ":5:38: domain.cells = -5: expected an integer in [3, 10000000]");
    }

    @Test
    void tooManyCellsAreRefusedWithTheMemoryTheyWouldNeed() throws IOException {
        String message = assertRefused(VALID.replace("cells: 800", "cells: 20000000"),
            ":5:38: domain.cells = 20000000: expected an integer in [3, 10000000]");
        assertTrue(message.contains("8 bytes per cell"), message);
    }

    @Test
    void fractionalCellsAreRefused() throws IOException {
        assertRefused(VALID.replace("cells: 800", "cells: 800.5"),
            ":5:38: domain.cells = 800.5: expected an integer");
    }

    @Test
    void aQuotedNumberIsNotAnInteger() throws IOException {
        assertRefused(VALID.replace("cells: 800", "cells: 'many'"),
            ":5:38: domain.cells = 'many': expected an integer");
    }

    @Test
    void quotedAndNonFiniteNumbersAreRefused() throws IOException {
        assertRefused(VALID.replace("alpha: 0.6", "alpha: '0.6'"),
            ":1:8: alpha = '0.6': expected a number with 0 < alpha <= 1");
        assertRefused(VALID.replace("diffusion: 1.0", "diffusion: .inf"),
            ":2:12: diffusion = .inf: expected a number > 0 (D)");
    }

    @Test
    void aNameThatIsNotASafeFolderNameIsRefused() throws IOException {
        assertRefused("name: ../up\n" + VALID,
            ":1:7: name = '../up': expected a name of letters, digits");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheAllowedKeys() throws IOException {
        String message = assertRefused(VALID.replace("seed: 7", "sed: 7"),
            ":9:1: unknown key 'sed': expected one of name, alpha, diffusion");
        assertTrue(message.contains("seed"), message);
    }

    @Test
    void anUnknownNestedKeyNamesItsPath() throws IOException {
        assertRefused(VALID.replace("boundary: reflecting", "boundry: reflecting"),
            ":5:43: unknown key 'domain.boundry': expected one of dims, min, max, cells, "
                + "boundary in domain");
    }

    @Test
    void aKeyOfAnotherPotentialTypeIsUnknown() throws IOException {
        assertRefused(VALID.replace("k: 1.0, center: 0.5", "amplitude: 1.0"),
            ":4:29: unknown key 'potential.amplitude': expected one of type, k, center");
    }

    @Test
    void aBadPotentialTypeNamesTheAllowedTypes() throws IOException {
        assertRefused(VALID.replace("type: harmonic", "type: harmonik"),
            ":4:19: potential.type = 'harmonik': expected one of free, linear, harmonic, "
                + "double-well, periodic, table");
    }

    @Test
    void aBadInitialTypeNamesTheAllowedTypes() throws IOException {
        assertRefused(VALID.replace("type: gaussian", "type: cauchy"),
            ":6:17: initial.type = 'cauchy': expected one of delta, gaussian, uniform, "
                + "boltzmann, table");
    }

    @Test
    void badSchemeHistoryAndBoundaryNamesAreRefused() throws IOException {
        assertRefused(VALID.replace("scheme: L1", "scheme: L3"),
            ":7:53: time.scheme = 'L3': expected one of L1, L2-1sigma");
        assertRefused(VALID.replace("history: direct", "history: slow"),
            ":7:66: time.history = 'slow': expected one of direct, fast");
        assertRefused(VALID.replace("boundary: reflecting", "boundary: sticky"),
            ":5:53: domain.boundary = 'sticky': expected one of reflecting, absorbing, "
                + "periodic");
    }

    @Test
    void outOfRangeTimesAreRefused() throws IOException {
        assertRefused(VALID.replace("end: 5.0", "end: -1"),
            ":7:13: time.end = -1: expected a number > 0");
        assertRefused(VALID.replace("steps: 2000", "steps: 0"),
            ":7:25: time.steps = 0: expected an integer in [1, 100000000]");
        assertRefused(VALID.replace("grading: 1.0", "grading: 0.5"),
            ":7:40: time.grading = 0.5: expected a number >= 1");
        assertRefused(VALID.replace("5.0], every", "6.0], every"),
            ":8:33: output.times[3] = 6.0: expected a time in (0, time.end = 5.0]");
        assertRefused(VALID.replace("[0.5, 1.0", "[1.0, 0.5"),
            ":8:23: output.times[1] = 0.5: expected a time in (0, time.end = 5.0], each > "
                + "the one before (1.0)");
        assertRefused(VALID.replace("every: 10", "every: 0"),
            ":8:46: output.every = 0: expected an integer in [1, time.steps = 2000]");
    }

    @Test
    void anEmptyDomainIsRefused() throws IOException {
        assertRefused(VALID.replace("max: 8.0", "max: -9.0"),
            ":5:26: domain.max = -9.0: expected a finite number > domain.min = -8.0");
    }

    @Test
    void aStartOutsideTheDomainIsRefused() throws IOException {
        assertRefused(VALID.replace("mean: 2.0", "mean: 20.0"),
            ":6:33: initial.mean = 20.0: expected a number in the domain [-8.0, 8.0]");
    }

    @Test
    void otherDimensionsAreRefusedForNow() throws IOException {
        assertRefused(VALID.replace("domain: {", "domain: {dims: 2, "),
            ":5:16: domain.dims = 2: expected 1 (2 and 3 dimensions are not supported yet)");
    }

    @Test
    void aMissingRequiredKeyIsNamed() throws IOException {
        assertRefused(VALID.replace("diffusion: 1.0\n", ""),
            ":1:1: diffusion is missing: expected a number > 0 (D)");
        assertRefused(VALID.replace("sigma: 0.05", "sigmaa: 0.05"),
            "unknown key 'initial.sigmaa'");
    }

    @Test
    void aRepeatedKeyIsRefused() throws IOException {
        assertRefused(VALID + "alpha: 0.5\n",
            ":10:1: key 'alpha' repeated (first at line 1): expected each key once");
    }

    @Test
    void aYamlSyntaxErrorGivesItsLine() throws IOException {
        // The list opened on line 3 is unclosed; SnakeYAML notices at the colon of line 4.
        assertRefused(VALID.replace("friction: 2.0", "friction: [2.0"),
            ":4:10: YAML syntax error: while parsing a flow sequence: expected ',' or ']'");
        assertRefused(VALID.replace("seed: 7", "\tseed: 7"),
            ":9:1: YAML syntax error: while scanning for the next token: found character");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() throws IOException {
        assertRefused("- 1\n- 2\n", ":1:1: the document is a list: expected a mapping");
    }

    @Test
    void aMissingFileSaysSo() {
        Path absent = folder.resolve("absent.yaml");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> ProblemFiles.read(absent));

        assertEquals("cannot read " + absent + ": no such file", error.getMessage());
    }

    @Test
    void jsonProblemFilesAreReadToo() throws IOException {
        Path file = write("p.json", "{\"alpha\": 0.5, \"diffusion\": 2,\n"
            + " \"domain\": {\"min\": 0, \"max\": 1, \"cells\": 10, \"boundary\": \"absorbing\"},\n"
            + " \"initial\": {\"type\": \"delta\", \"at\": 0.5},\n"
            + " \"time\": {\"end\": 1, \"steps\": 10, \"history\": \"fast\"}}\n");

        ProblemSpec spec = ProblemFiles.read(file);

        assertEquals(Boundary.ABSORBING, spec.domain().boundary());
        assertEquals(new InitialSpec.Delta(0.5), spec.initial());
        assertEquals(HistoryKind.FAST, spec.time().history());
    }

    @Test
    void everyPotentialTypeIsRead() throws IOException {
        assertEquals(new PotentialSpec.Linear(-0.5), potentialOf("{type: linear, force: -0.5}"));
        assertEquals(new PotentialSpec.DoubleWell(1, 2),
            potentialOf("{type: double-well, a: 1, b: 2}"));
        assertEquals(new PotentialSpec.Periodic(1, 2, 0),
            potentialOf("{type: periodic, amplitude: 1, period: 2}"));
        assertEquals(new PotentialSpec.Periodic(1, 2, 0.25),
            potentialOf("{type: periodic, amplitude: 1, period: 2, tilt: 0.25}"));
        assertEquals(new PotentialSpec.Free(), potentialOf("{type: free}"));
    }

    @Test
    void aPotentialTableIsReadRelativeToTheProblemFile() throws IOException {
        Files.createDirectories(folder.resolve("tables"));
        Files.writeString(folder.resolve("tables/v.csv"),
            "x,V\n-9,81\n-3,9\n0,0\n3,9\n9,81\n");

        PotentialSpec potential = potentialOf("{type: table, file: tables/v.csv}");

        PotentialSpec.Table table = assertInstanceOf(PotentialSpec.Table.class, potential);
        assertEquals(folder.resolve("tables/v.csv").toAbsolutePath(), table.values().file());
        assertArrayEquals(new double[] {-9, -3, 0, 3, 9}, table.values().x(), 0.0);
        assertArrayEquals(new double[] {81, 9, 0, 9, 81}, table.values().y(), 0.0);
    }

    @Test
    void aPotentialTableNeedsTheFivePointsOfTheAkimaSpline() throws IOException {
        Path csv = folder.resolve("v.csv");
        Files.writeString(csv, "x,V\n-9,81\n-3,9\n3,9\n9,81\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> potentialOf("{type: table, file: v.csv}"));

        assertEquals(csv.toAbsolutePath() + ":1:1: 4 data rows: expected at least 5 (the "
            + "Akima spline needs 5 points)", error.getMessage());
    }

    @Test
    void aCosineOnARingMustFitAWholeNumberOfPeriods() throws IOException {
        String ring = VALID.replace("{type: harmonic, k: 1.0, center: 0.5}",
            "{type: periodic, amplitude: 1, period: 3}").replace("boundary: reflecting",
            "boundary: periodic");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.read(write("ring.yaml", ring)));

        assertTrue(error.getMessage().contains("potential.period = 3: expected a period that "
            + "divides the periodic domain's length 16.0 (it holds 5.333333333333333 periods)"),
            error.getMessage());
        assertEquals(new PotentialSpec.Periodic(1, 4, 0), ProblemFiles.read(
            write("ring.yaml", ring.replace("period: 3", "period: 4"))).potential());
    }

    @Test
    void aMalformedTableCellIsReportedInTheTableFile() throws IOException {
        Path csv = folder.resolve("v.csv");
        Files.writeString(csv, "x,V\n-9,81\n0,zero\n9,81\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> potentialOf("{type: table, file: v.csv}"));

        assertEquals(csv.toAbsolutePath() + ":3:2: column 'V' = 'zero': expected a number",
            error.getMessage());
    }

    @Test
    void aTableThatIsNotIncreasingOrTooShortIsRefused() throws IOException {
        Path csv = folder.resolve("v.csv");
        Files.writeString(csv, "x,V\n-9,81\n1,0\n0,1\n9,81\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> potentialOf("{type: table, file: v.csv}"));

        assertEquals(csv.toAbsolutePath()
            + ":4:1: x = 0.0: expected a finite number > 1.0 (x strictly increasing)",
            error.getMessage());
    }

    @Test
    void aTableThatDoesNotCoverTheDomainIsRefused() throws IOException {
        Files.writeString(folder.resolve("v.csv"), "x,V\n-1,1\n0,0\n1,1\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> potentialOf("{type: table, file: v.csv}"));

        assertTrue(error.getMessage().contains(":4:32: potential.file = 'v.csv': x covers "
            + "[-1.0, 1.0]: expected a table covering the domain [-8.0, 8.0]"),
            error.getMessage());
    }

    @Test
    void aMissingTableFileNamesTheKeyAndTheResolvedPath() {
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> potentialOf("{type: table, file: none.csv}"));

        assertTrue(error.getMessage().contains(":4:32: potential.file = 'none.csv': cannot "
            + "read " + folder.resolve("none.csv").toAbsolutePath() + ": no such file"),
            error.getMessage());
    }

    @Test
    void anInitialDensityTableMustHaveMassAndNoNegativeValues() throws IOException {
        Path csv = folder.resolve("p.csv");
        Files.writeString(csv, "x,p\n-8,0\n0,-1\n8,0\n");
        String problem = VALID.replace("{type: gaussian, mean: 2.0, sigma: 0.05}",
            "{type: table, file: p.csv}");

        UncheckedIOException negative = assertThrows(UncheckedIOException.class,
            () -> ProblemFiles.read(write("t.yaml", problem)));
        assertEquals(csv.toAbsolutePath() + ":3:2: p = -1.0: expected a finite number >= 0",
            negative.getMessage());

        Files.writeString(csv, "x,p\n-8,0\n0,1\n8,0\n");
        InitialSpec.Table table = assertInstanceOf(InitialSpec.Table.class,
            ProblemFiles.read(write("t.yaml", problem)).initial());
        assertArrayEquals(new double[] {0, 1, 0}, table.density().y(), 0.0);
    }

    @Test
    void theJsonTreeReadsBackToTheSameSpec() throws IOException {
        Files.writeString(folder.resolve("v.csv"), "x,V\n-9,81\n-3,9\n0,0\n3,9\n9,81\n");
        ProblemSpec original = ProblemFiles.read(write("orig.yaml",
            VALID.replace("{type: harmonic, k: 1.0, center: 0.5}", "{type: table, file: v.csv}")
                .replace("alpha: 0.6", "name: tabled\nalpha: 0.6")));
        Path json = folder.resolve("sub/as-understood.json");

        JsonDocuments.write(json, original.toJson());
        ProblemSpec back = ProblemFiles.read(json);

        assertEquals(json, back.source());
        assertEquals(withSource(original, json), back);
        assertEquals(original.toJson(), back.toJson());
    }

    private static ProblemSpec withSource(ProblemSpec spec, Path source) {
        return new ProblemSpec(spec.name(), spec.alpha(), spec.diffusion(), spec.friction(),
            spec.potential(), spec.domain(), spec.initial(), spec.time(), spec.output(),
            spec.seed(), source);
    }

    private PotentialSpec potentialOf(String potential) throws IOException {
        String text = VALID.replace("{type: harmonic, k: 1.0, center: 0.5}", potential);
        return ProblemFiles.read(write("pot.yaml", text)).potential();
    }

    /** Asserts a refusal whose message starts with the file and contains the expected part. */
    @Test
    void aGradingWhoseFirstStepUnderflowsIsRefused() throws IOException {
        // t_1 = 5 (1/2000)^200 = 5 * 10^(-660.2): below the smallest double, so it is 0.
        assertRefused(VALID.replace("grading: 1.0", "grading: 200"),
            ":7:40: time.grading = 200: expected a number >= 1 whose first step");
    }

    @Test
    void aDomainWhoseWidthOverflowsOrWhoseCellsVanishIsRefused() throws IOException {
        // 1e308 - (-1e308) is above the largest double, 1.8e308: the width is infinite.
        assertRefused(VALID.replace("min: -8.0, max: 8.0", "min: -1e308, max: 1e308"),
            ":5:28: domain.max = 1e308: expected a number with a finite max - min");
        // 1e-300 / 800 cells = 1.25e-303, far below the smallest width accepted, 1e-100.
        assertRefused(VALID.replace("min: -8.0, max: 8.0", "min: 0, max: 1e-300"),
            "domain.max = 1e-300: expected a number with a finite max - min and a cell width"
            + " (max - min) / cells of at least 1.0E-100 (it is 1.25E-303 here)");
    }

    @Test
    void aFolderGivenAsTheProblemFileIsRefused() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("dir.yaml"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.read(dir));

        assertEquals("cannot read " + dir
            + ": a folder; expected a YAML or JSON problem file", error.getMessage());
    }

    @Test
    void aProblemFileAboveTheSizeLimitIsRefusedUnread() throws IOException {
        Path big = write("big.yaml", "#".repeat((int) ProblemFiles.MAX_FILE_BYTES + 1));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.read(big));

        assertEquals("cannot read " + big + ": more than 1000000 bytes; expected a problem file"
            + " of at most 1000000 bytes", error.getMessage());
    }

    @Test
    void aFolderGivenAsATableFileIsNotCalledMissing() throws IOException {
        Files.createDirectory(folder.resolve("table.csv"));
        Path file = write("tabled.yaml", VALID.replace(
            "{type: harmonic, k: 1.0, center: 0.5}", "{type: table, file: table.csv}"));

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> ProblemFiles.read(file));

        assertTrue(error.getMessage().endsWith("potential.file = 'table.csv': cannot read "
            + folder.resolve("table.csv") + ": not a regular file"), error.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsSuch() throws IOException {
        Path binary = folder.resolve("binary.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> ProblemFiles.read(binary));

        assertEquals("cannot read " + binary
            + ": not UTF-8 text; expected a YAML or JSON problem file", error.getMessage());
    }

    private String assertRefused(String text, String expected) throws IOException {
        Path file = write("syntax.yaml", text);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.read(file));

        String message = error.getMessage();
        assertTrue(message.startsWith(file + ":"), message);
        assertTrue(message.contains(expected), "expected <" + expected + "> in <" + message + ">");
        assertTrue(!message.contains("\n"), "one line: " + message);
        return message;
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
