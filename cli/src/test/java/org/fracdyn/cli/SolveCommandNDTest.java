package org.fracdyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.fracdyn.cli.SolveCommandTest.Result;
import org.fracdyn.io.CsvTable;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.JsonDocuments;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code fracdyn solve} on two- and three-dimensional problems, end to end. References: the
 * free-space law MSD(t) = 2 d D t^alpha / Gamma(1 + alpha), exact; the harmonic means from
 * {@code harmonic_mean.csv}, made by {@code harmonic_mean.py} (mpmath) in the test resources.
 */
class SolveCommandNDTest {

    /**
     * Free subdiffusion in the plane, alpha = 1/2, D = 1, walls 10 away (the root MSD at
     * t = 1 is 2.1): 64 x 64 cells, 200 steps graded r = 2.
     */
    static final String FREE_2D = String.join("\n",
        "name: free-2d",                                                                  // 1
        "alpha: 0.5",                                                                     // 2
        "diffusion: 1.0",                                                                 // 3
        "domain: {dims: 2, min: [-10, -10], max: [10, 10], cells: [64, 64]}",             // 4
        "initial: {type: delta, at: [0, 0]}",                                             // 5
        "time: {end: 1.0, steps: 200, grading: 2.0}",                                     // 6
        "output: {times: [0.1, 0.5, 1.0], every: 4}",                                     // 7
        "seed: 3",                                                                        // 8
        "");

    private static final Path EXAMPLES = Path.of("..", "examples", "problems");

    @TempDir
    static Path shared;

    private static Path free2d;
    private static Result free2dResult;

    @TempDir
    Path folder;

    @BeforeAll
    static void solveTheFreePlane() throws IOException {
        Path problem = shared.resolve("free-2d.yaml");
        Files.writeString(problem, FREE_2D);
        free2d = shared.resolve("free-2d");
        free2dResult = SolveCommandTest.run("solve", problem.toString(), "--out",
            free2d.toString());
    }

    @Test
    void aTwoDimensionalRunWritesEveryFile() throws IOException {
        assertEquals(0, free2dResult.code(), free2dResult.err());
        assertEquals("results: " + free2d, free2dResult.out().strip());
        assertTrue(free2dResult.err().contains("in 2 dimensions"), free2dResult.err());
        assertTrue(free2dResult.err().contains("memory: about"), free2dResult.err());
        Set<String> expected = new TreeSet<>(List.of("summary.json", "moments.csv",
            "profiles.npy", "profiles_t.npy", "profiles_x.npy", "profiles_y.npy",
            "moments.png", "profile_t=0.png", "profile_t=0.1.png", "profile_t=0.5.png",
            "profile_t=1.png"));
        assertEquals(expected, filesIn(free2d));

        List<String> lines = Files.readAllLines(free2d.resolve("moments.csv"));
        assertEquals("t,mass,mean_x,mean_y,variance,msd,entropy,free_energy", lines.get(0));
        // Rows at n = 0 and every 4 steps to 200; the graded output levels
        // ceil(200 t^(1/2)) = 64 (t = 0.1) and 142 (t = 0.5): 64 is a multiple of 4.
        assertEquals(1 + 51 + 1, lines.size());

        JsonNode summary = JsonDocuments.readTree(free2d.resolve("summary.json"));
        assertEquals(2, summary.get("dims").asInt());
        assertEquals(3, summary.get("seed").asLong());
        assertEquals("[64,64]", summary.get("scheme").get("cells").toString());
        assertTrue(summary.get("scheme").get("linear_solve").asText()
            .contains("conjugate gradients"), "graded 2D meshes use CG");
        assertTrue(summary.get("memory").get("estimated_bytes").asLong() > 0);
        assertEquals(1.0, summary.get("final").get("mass").asDouble(), 1e-11,
            "reflecting walls; CG to 1e-13 per step");
        assertEquals("profile_t=0.5.png",
            summary.get("profiles").get(2).get("image").asText());
        List<String> listed = new ArrayList<>();
        summary.get("files").forEach(name -> listed.add(name.asText()));
        assertEquals(expected, new TreeSet<>(listed));
    }

    @Test
    void theTwoDimensionalVarianceFollowsTheExactLaw() throws IOException {
        assertEquals(0, free2dResult.code(), free2dResult.err());
        CsvTable moments = CsvTables.read(free2d.resolve("moments.csv"));
        Map<Double, Double> msdAt = column(moments, "msd");
        Map<Double, Double> varianceAt = column(moments, "variance");
        double initialVariance = varianceAt.get(0.0);

        // On the unbounded grid the discrete Laplacian of |x - m0|^2 is exactly 2 d, so the
        // space discretisation adds no error to the MSD from any start: what is left is the
        // L1 error of the time mesh (measured 9.1e-4 at t = 0.1, 2.9e-4 at t = 0.5 and 1
        // with 200 steps; 1.9e-4 at t = 1 with 400) and the walls, 10 away, 4.7 root-MSDs
        // at t = 1 (walls at 8 gave 1.5e-3). A wrong D by 1 % or a t^alpha with
        // alpha = 0.55 fails 2e-3 (at t = 0.1 the latter moves the MSD by 11 %).
        JsonNode summary = JsonDocuments.readTree(free2d.resolve("summary.json"));
        for (int j = 1; j <= 3; j++) {
            // The mesh level of each output time: (ceil(200 sqrt(t)) / 200)^2.
            double level = summary.get("profiles").get(j).get("time").asDouble();
            double exact = 4 * Math.pow(level, 0.5) / Gamma.gamma(1.5);
            assertEquals(exact, msdAt.get(level), 2e-3 * exact, "msd at t = " + level);
            assertEquals(exact, varianceAt.get(level) - initialVariance, 2e-3 * exact,
                "variance: 4 D t^alpha / Gamma(1 + alpha) above its start, t = " + level);
        }
        JsonNode law = summary.get("exact_msd");
        assertEquals(4 / Gamma.gamma(1.5), law.get("msd").asDouble(), 1e-12);
    }

    @Test
    void numpyReadsTheProfilesWithTheGridShape() throws IOException, InterruptedException {
        assertEquals(0, free2dResult.code(), free2dResult.err());
        String script = String.join("\n",
            "import sys, numpy as np",
            "d = sys.argv[1]",
            "p = np.load(d + '/profiles.npy')",
            "x = np.load(d + '/profiles_x.npy')",
            "y = np.load(d + '/profiles_y.npy')",
            "t = np.load(d + '/profiles_t.npy')",
            "area = (x[1] - x[0]) * (y[1] - y[0])",
            "mass = p.sum(axis=(1, 2)) * area",
            "i, j = np.unravel_index(np.argmax(p[0]), p[0].shape)",
            "print(p.shape, p.dtype, x.shape, y.shape, len(t), t[0],",
            "      np.abs(mass - 1).max() < 1e-9, x[i], y[j])");
        String printed = Python.run(script, free2d.toString());

        // The delta at (0, 0) lies on an inner face in both axes: it goes into the cell
        // above, centred at h / 2 = 0.15625 (h = 20 / 64), in the first index (x) and the
        // second (y), which fixes the axis order of the array.
        assertEquals("(4, 64, 64) float64 (64,) (64,) 4 0.0 True 0.15625 0.15625", printed);
    }

    @Test
    void theProblemInTheSummaryReproducesTheRun() throws IOException {
        assertEquals(0, free2dResult.code(), free2dResult.err());
        Path again = folder.resolve("again.json");
        JsonDocuments.write(again,
            JsonDocuments.readTree(free2d.resolve("summary.json")).get("problem"));
        Path second = folder.resolve("second");

        assertEquals(0, SolveCommandTest.run("solve", again.toString(), "--out",
            second.toString()).code());

        for (String file : List.of("moments.csv", "profiles.npy", "profiles_x.npy")) {
            assertEquals(-1L, Files.mismatch(free2d.resolve(file), second.resolve(file)), file);
        }
    }

    @Test
    void theHarmonicExampleRelaxesAsTheMittagLefflerLaw() throws IOException {
        Path out = folder.resolve("harmonic");

        Result result = SolveCommandTest.run("solve",
            EXAMPLES.resolve("harmonic-2d.yaml").toString(), "--out", out.toString());

        assertEquals(0, result.code(), result.err());
        CsvTable moments = CsvTables.read(out.resolve("moments.csv"));
        Map<Double, Double> meanX = column(moments, "mean_x");
        Map<Double, Double> meanY = column(moments, "mean_y");
        // Each axis follows its 1D law: 2 E_alpha(-t^alpha) along x, half that along y.
        // Measured 7.5e-3 relative: the cells are coarse (h = 0.1875) and the mesh uniform;
        // 1.5e-2 still tells alpha = 0.6 or 0.8 (3.4 % and 3.2 % at t = 1) or a rate k = 1.2
        // (13 %) apart.
        for (String time : List.of("0.25", "1", "4")) {
            double t = Double.parseDouble(time);
            double exact = SolveCommandTest.exactMean("harmonic-2d", time);
            assertEquals(exact, meanX.get(t), 1.5e-2 * exact, "mean_x at t = " + time);
            assertEquals(exact / 2, meanY.get(t), 1.5e-2 * exact / 2, "mean_y at t = " + time);
        }
        JsonNode law = JsonDocuments.readTree(out.resolve("summary.json")).get("exact_mean");
        assertEquals(SolveCommandTest.exactMean("harmonic-2d", "4"),
            law.get("mean_x").asDouble(), 1e-11, "the law in summary.json, against mpmath");
    }

    @Test
    void theThreeDimensionalExampleRuns() throws IOException {
        Path out = folder.resolve("free-3d");

        Result result = SolveCommandTest.run("solve",
            EXAMPLES.resolve("free-subdiffusion-3d.yaml").toString(), "--out", out.toString());

        assertEquals(0, result.code(), result.err());
        assertTrue(Files.exists(out.resolve("profile_t=0.75.png")));
        assertTrue(Files.exists(out.resolve("profiles_z.npy")));
        List<String> lines = Files.readAllLines(out.resolve("moments.csv"));
        assertEquals("t,mass,mean_x,mean_y,mean_z,variance,msd,entropy,free_energy",
            lines.get(0));
        JsonNode last = JsonDocuments.readTree(out.resolve("summary.json")).get("final");
        // 6 D t^alpha / Gamma(1 + alpha) at alpha = 0.6, t = 0.75; measured 6.3e-4 (the
        // walls at 8 are 3.4 root-MSDs away; walls at 6 gave 5.9e-3), 3e-3 is the bound.
        double exact = 6 * Math.pow(0.75, 0.6) / Gamma.gamma(1.6);
        assertEquals(exact, last.get("msd").asDouble(), 3e-3 * exact);
        assertEquals(1.0, last.get("mass").asDouble(), 1e-11);
    }

    @Test
    void theDoubleWellExampleRuns() throws IOException {
        Path out = folder.resolve("double-well");

        Result result = SolveCommandTest.run("solve",
            EXAMPLES.resolve("double-well-2d.yaml").toString(), "--out", out.toString());

        assertEquals(0, result.code(), result.err());
        JsonNode last = JsonDocuments.readTree(out.resolve("summary.json")).get("final");
        assertEquals(1.0, last.get("mass").asDouble(), 1e-11);
        // Started in the left well at x = -1, the mean along x moves towards the symmetric
        // 0 but cannot pass it; along y the potential and start are symmetric about 0.
        double meanX = last.get("mean_x").asDouble();
        assertTrue(meanX > -1 && meanX < 0, "mean_x = " + meanX);
        assertEquals(0.0, last.get("mean_y").asDouble(), 1e-12);
    }

    @Test
    void aRunTooLargeForTheHeapIsRefusedBeforeAnythingIsWritten() throws IOException {
        // 3000 x 3000 cells and 2000 steps of direct history: 8 N M = 144 GB.
        Path problem = folder.resolve("huge.yaml");
        Files.writeString(problem, FREE_2D.replace("cells: [64, 64]", "cells: [3000, 3000]")
            .replace("steps: 200", "steps: 2000"));
        Path out = folder.resolve("never");

        Result result = SolveCommandTest.run("solve", problem.toString(), "--out",
            out.toString());

        assertEquals(2, result.code(), result.err());
        assertEquals(1, result.err().strip().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("fracdyn: " + problem + ": run needs about 13"),
            result.err());
        assertTrue(result.err().contains("history 134.1 GiB for 2000 steps x 9000000 cells"),
            result.err());
        assertTrue(result.err().contains("use time.history: fast"), result.err());
        assertTrue(result.err().contains("FRACDYN_JAVA_OPTS=-Xmx"), result.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aBadNdKeyIsOneLineExitTwoAndWritesNothing() throws IOException {
        Path problem = folder.resolve("bad.yaml");
        Files.writeString(problem, FREE_2D.replace("cells: [64, 64]", "cells: [64, 64, 64]"));
        Path out = folder.resolve("never");

        Result result = SolveCommandTest.run("solve", problem.toString(), "--out",
            out.toString());

        assertEquals(2, result.code(), result.err());
        assertEquals("fracdyn: " + problem + ":4:58: domain.cells = a list of 3: expected a "
            + "list of 2 integers, one per axis (domain.dims = 2)", result.err().strip());
        assertFalse(Files.exists(out));
    }

    private static Map<Double, Double> column(CsvTable table, String name) {
        double[] t = table.doubles("t");
        double[] values = table.doubles(name);
        Map<Double, Double> at = new HashMap<>();
        for (int i = 0; i < t.length; i++) {
            at.put(t[i], values[i]);
        }
        return at;
    }

    private static Set<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return new TreeSet<>(listing.map(p -> p.getFileName().toString()).toList());
        }
    }
}
