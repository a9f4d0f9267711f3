package org.fracdyn.io.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fracdyn.io.JsonDocuments;
import org.fracdyn.io.NdArray;
import org.fracdyn.io.NpyArrays;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problem files with domain.dims 2 and 3: the keys of docs/problem-file.md and refusals. */
class ProblemFilesNDTest {

    /** A valid 2D problem, one key per line. */
    private static final String VALID = String.join("\n",
        "alpha: 0.7",                                                                  // 1
        "diffusion: 1.0",                                                              // 2
        "potential: {type: separable, axes: [{type: harmonic, k: 2.0}, {type: free}]}", // 3
        "domain: {dims: 2, min: [-5, -4], max: [5, 4], cells: [40, 32]}",              // 4
        "initial: {type: gaussian, mean: [1.0, 0.5], sigma: [0.2, 0.3]}",              // 5
        "time: {end: 1.0, steps: 100, history: fast}",                                // 6
        "output: {times: [0.5, 1.0], every: 2}",                                      // 7
        "");

    @TempDir
    Path folder;

    @Test
    void aValidFileGivesTheSpecItDescribes() throws IOException {
        AnyProblemSpec any = ProblemFiles.readAny(write("plane.yaml", VALID));

        ProblemSpecND spec = assertInstanceOf(ProblemSpecND.class, any);
        assertEquals(2, spec.dims());
        assertEquals("plane", spec.name());
        assertEquals(new DomainSpecND(2, new double[] {-5, -4}, new double[] {5, 4},
            new int[] {40, 32}, List.of(Boundary.REFLECTING, Boundary.REFLECTING)),
            spec.domain(), "boundary defaults to reflecting on every axis");
        assertEquals(new FieldPotentialSpec.Separable(List.of(
            new PotentialSpec.Harmonic(2.0, 0.0), new PotentialSpec.Free())), spec.potential());
        assertEquals(new InitialSpecND.Gaussian(new double[] {1.0, 0.5},
            new double[] {0.2, 0.3}), spec.initial());
        assertArrayEquals(new double[] {0.5, 1.0}, spec.output().times(), 0.0);
    }

    @Test
    void theSolverProblemHasTheGridAndPotentialOfTheFile() throws IOException {
        ProblemSpecND spec = (ProblemSpecND) ProblemFiles.readAny(write("plane.yaml",
            VALID.replace("cells: [40, 32]}", "cells: [40, 32], boundary: [periodic, "
                + "absorbing]}").replace("{type: harmonic, k: 2.0}", "{type: free}")
                .replace("{type: free}]", "{type: harmonic, k: 2.0, center: 1.0}]")));

        FokkerPlanckProblemND problem = ProblemMapper.toProblem(spec);

        GridND grid = problem.grid();
        assertArrayEquals(new int[] {40, 32}, grid.shape());
        assertEquals(0.25, grid.axis(0).width(), 1e-15, "10 / 40");
        assertEquals(Boundary.PERIODIC, grid.boundary(0));
        assertEquals(Boundary.ABSORBING, grid.boundary(1));
        // V = 0 + 2 (y - 1)^2 / 2, so V(3, 2) = 1.
        assertEquals(1.0, problem.potential().value(new double[] {3, 2}), 1e-15);
    }

    @Test
    void aRadialHarmonicDefaultsToTheOrigin() throws IOException {
        ProblemSpecND spec = (ProblemSpecND) ProblemFiles.readAny(write("radial.yaml",
            VALID.replace(VALID.lines().toList().get(2), "potential: {type: radial-harmonic, "
                + "k: 3.0}")));

        FieldPotential potential = ProblemMapper.fieldPotential(spec.potential(),
            spec.domain());

        // V = k |x|^2 / 2 = 3 (1 + 4) / 2.
        assertEquals(7.5, potential.value(new double[] {1, 2}), 1e-15);
    }

    @Test
    void aNpyTableSpansTheBoxAndIsInterpolatedMultilinearly() throws IOException {
        // V = x + 2 y on numpy.linspace(-5, 5, 6) x numpy.linspace(-4, 4, 5): multilinear
        // interpolation reproduces a linear function exactly, between the points too.
        double[] xs = {-5, -3, -1, 1, 3, 5};
        double[] ys = {-4, -2, 0, 2, 4};
        double[] values = new double[xs.length * ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                values[i * ys.length + j] = xs[i] + 2 * ys[j];
            }
        }
        NpyArrays.writeNpy(folder.resolve("v.npy"), new NdArray(values, new int[] {6, 5}));
        ProblemSpecND spec = (ProblemSpecND) ProblemFiles.readAny(write("table.yaml",
            VALID.replace(VALID.lines().toList().get(2), "potential: {type: table, file: "
                + "v.npy}")));

        FieldPotential potential = ProblemMapper.fieldPotential(spec.potential(),
            spec.domain());

        assertEquals(0.3 + 2 * -1.7, potential.value(new double[] {0.3, -1.7}), 1e-12);
        assertEquals(5 + 2 * 4, potential.value(new double[] {5, 4}), 1e-12);
    }

    @Test
    void theProblemAsUnderstoodReadsBackEqual() throws IOException {
        ProblemSpecND spec = (ProblemSpecND) ProblemFiles.readAny(write("plane.yaml", VALID));
        Path again = folder.resolve("again.json");
        JsonDocuments.write(again, spec.toJson());

        ProblemSpecND back = (ProblemSpecND) ProblemFiles.readAny(again);

        assertEquals(spec.domain(), back.domain());
        assertEquals(spec.potential(), back.potential());
        assertEquals(spec.initial(), back.initial());
        assertEquals(spec.time(), back.time());
        assertEquals(spec.output(), back.output());
    }

    @Test
    void theOneDimensionalReaderRefusesATwoDimensionalFile() throws IOException {
        Path file = write("plane.yaml", VALID);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.read(file));

        assertTrue(error.getMessage().contains("domain.dims = 2: expected 1 here"),
            error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "min of 3 | min: [-5, -4] | min: [-5, -4, 0]"
            + " | :4:24: domain.min = a list of 3: expected a list of 2 numbers, one per axis",
        "max of 1 | max: [5, 4] | max: [5]"
            + " | :4:39: domain.max = a list of 1: expected a list of 2 numbers",
        "cells of 3 | cells: [40, 32] | cells: [40, 32, 8]"
            + " | :4:54: domain.cells = a list of 3: expected a list of 2 integers",
        "max below min | max: [5, 4] | max: [5, -6]"
            + " | :4:43: domain.max[1] = -6: expected a finite number > domain.min[1] = -4.0",
        "fractional cells | cells: [40, 32] | cells: [40, 32.5]"
            + " | :4:59: domain.cells[1] = 32.5: expected an integer in [3, 100000]",
        "too many cells | cells: [40, 32] | cells: [4000, 4000]"
            + " | :4:54: domain.cells = [4000, 4000] (16000000 cells): expected at most 10000000",
        "dims 4 | dims: 2 | dims: 4"
            + " | :4:16: domain.dims = 4: expected 1, 2 or 3",
        "bad boundary | cells: [40, 32]} | cells: [40, 32], boundary: [reflecting, sticky]}"
            + " | :4:87: domain.boundary[1] = 'sticky': expected one of reflecting, absorbing",
        "1D type in 2D | {type: separable, axes: [{type: harmonic, k: 2.0}, {type: free}]}"
            + " | {type: harmonic, k: 1.0}"
            + " | :3:19: potential.type = 'harmonic': expected one of free, separable, "
            + "radial-harmonic, table (domain.dims = 2); a one-dimensional potential goes on "
            + "one axis",
        "unknown type | {type: separable, axes: [{type: harmonic, k: 2.0}, {type: free}]}"
            + " | {type: quartic}"
            + " | :3:19: potential.type = 'quartic': expected one of free, separable",
        "one axis potential | , {type: free}]} | ]}"
            + " | :3:36: potential.axes = a list of 1: expected a list of 2 one-dimensional",
        "bad axis potential | {type: free}]} | {type: harmonic, k: -1}]}"
            + " | :3:83: potential.axes[1].k = -1: expected a number > 0",
        "start outside | mean: [1.0, 0.5] | mean: [1.0, 4.5]"
            + " | :5:39: initial.mean[1] = 4.5: expected a number in [-4.0, 4.0]",
        "sigma of 1 | sigma: [0.2, 0.3] | sigma: [0.2]"
            + " | :5:52: initial.sigma = a list of 1: expected a list of 2 numbers > 0",
        "initial table | {type: gaussian, mean: [1.0, 0.5], sigma: [0.2, 0.3]}"
            + " | {type: table, file: p.csv}"
            + " | :5:17: initial.type = 'table': expected one of delta, gaussian, uniform, "
            + "boltzmann (domain.dims = 2; tables are one-dimensional only)",
    })
    void badKeysAreRefusedWithLineKeyAndValue(String what, String from, String to,
                                              String expected) throws IOException {
        assertTrue(VALID.contains(from), what + ": the replaced text is in the problem");
        Path file = write("bad.yaml", VALID.replace(from, to));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.readAny(file), what);

        String message = error.getMessage();
        assertTrue(message.startsWith(file + ":"), message);
        assertTrue(message.contains(expected), "expected <" + expected + "> in <" + message
            + ">");
    }

    @Test
    void aTableOfTheWrongShapeIsRefused() throws IOException {
        NpyArrays.writeNpy(folder.resolve("v.npy"), NdArray.of(1, 2, 3));
        Path file = write("table.yaml", VALID.replace(VALID.lines().toList().get(2),
            "potential: {type: table, file: v.npy}"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> ProblemFiles.readAny(file));

        assertTrue(error.getMessage().contains(":3:32: potential.file = 'v.npy': an array of "
            + "shape [3]: expected 2 axes of at least 2 points each"), error.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
