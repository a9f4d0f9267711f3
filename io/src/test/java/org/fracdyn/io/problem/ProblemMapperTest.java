package org.fracdyn.io.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.fracdyn.solver.solve.OutputRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every potential maps to the formula docs/problem-file.md gives for it. */
class ProblemMapperTest {

    private static final double[] POINTS = {-2.5, -1.0, 0.0, 0.3, 1.7};

    @TempDir
    Path folder;

    @Test
    void everyPotentialIsTheDocumentedFormula() {
        assertFormula(new PotentialSpec.Free(), x -> 0.0);
        assertFormula(new PotentialSpec.Linear(0.7), x -> -0.7 * x);
        assertFormula(new PotentialSpec.Harmonic(2.0, 0.5), x -> 2.0 * (x - 0.5) * (x - 0.5) / 2);
        assertFormula(new PotentialSpec.DoubleWell(1.0, 2.0),
            x -> 1.0 * Math.pow(x, 4) - 2.0 * x * x);
        assertFormula(new PotentialSpec.Periodic(1.5, 2.0, 0.25),
            x -> 1.5 * Math.cos(2 * Math.PI * x / 2.0) - 0.25 * x);
    }

    @Test
    void theDoubleWellHasItsWellsAndBarrierWhereTheDocSays() {
        Potential well = ProblemMapper.potential(new PotentialSpec.DoubleWell(1.0, 2.0));

        // a x^4 - b x^2: wells at +-sqrt(b / (2a)) = +-1, barrier b^2 / (4a) = 1 above them.
        assertEquals(-1.0, well.value(1.0), 1e-15);
        assertEquals(-1.0, well.value(-1.0), 1e-15);
        assertEquals(1.0, well.value(0.0) - well.value(1.0), 1e-15);
    }

    @Test
    void aPotentialTableIsInterpolatedThroughItsPoints() {
        double[] x = {-3, -1, 0, 1, 3};
        double[] v = {9, 1, 0, 1, 9};
        Potential table = ProblemMapper.potential(
            new PotentialSpec.Table(new Tabulated(folder.resolve("v.csv"), x, v)));

        for (int i = 0; i < x.length; i++) {
            assertEquals(v[i], table.value(x[i]), 1e-12, "the spline passes through its points");
        }
    }

    @Test
    void theExampleMapsToTheSolversProblemAndRequest() throws IOException {
        ProblemSpec spec = ProblemFiles.read(
            Path.of("..", "examples", "problems", "harmonic-subdiffusion.yaml"));

        FokkerPlanckProblem problem = ProblemMapper.toProblem(spec);
        OutputRequest request = ProblemMapper.toOutputRequest(spec);

        assertEquals(0.6, problem.alpha(), 0.0);
        assertEquals(800, problem.grid().cells());
        assertEquals(Boundary.REFLECTING, problem.boundary());
        assertEquals(new InitialDensity.Gaussian(2.0, 0.05), problem.initialDensity());
        assertEquals(2000, problem.timeMesh().steps());
        assertEquals(SchemeKind.L1, problem.scheme());
        assertEquals(HistoryKind.DIRECT, problem.history());
        assertArrayEquals(new double[] {0, 0.5, 1, 2, 5}, request.times(), 0.0);
        assertEquals(10, request.every());
    }

    @Test
    void aDensityTableBecomesTheSolversLinearTable() throws IOException {
        Files.writeString(folder.resolve("p.csv"), "x,p\n-8,0\n0,1\n8,0\n");
        Path problem = folder.resolve("t.yaml");
        Files.writeString(problem, String.join("\n", "alpha: 0.5", "diffusion: 1.0",
            "domain: {min: -8.0, max: 8.0, cells: 16}", "initial: {type: table, file: p.csv}",
            "time: {end: 1.0, steps: 10}", ""));

        InitialDensity initial = ProblemMapper.toProblem(ProblemFiles.read(problem))
            .initialDensity();

        InitialDensity.Tabulated table = assertInstanceOf(InitialDensity.Tabulated.class,
            initial);
        assertArrayEquals(new double[] {-8, 0, 8}, table.positions(), 0.0);
        assertArrayEquals(new double[] {0, 1, 0}, table.values(), 0.0);
    }

    private static void assertFormula(PotentialSpec spec, DoubleUnaryOperator formula) {
        Potential potential = ProblemMapper.potential(spec);
        for (double x : POINTS) {
            assertEquals(formula.applyAsDouble(x), potential.value(x), 1e-13,
                spec.type() + " at x = " + x);
        }
    }
}
