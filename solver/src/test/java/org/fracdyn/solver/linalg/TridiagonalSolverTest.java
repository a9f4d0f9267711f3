package org.fracdyn.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Thomas and Sherman-Morrison solvers against EJML's dense LU solve. */
class TridiagonalSolverTest {

    /** Diagonally dominant systems of order <= 60: the dense and banded solves agree to
     *  a few hundred ulps of the solution's size. */
    private static final double TOLERANCE = 1e-12;

    private static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed);
    }

    private static double[][] bands(int size, RandomGenerator random) {
        double[] lower = new double[size];
        double[] diagonal = new double[size];
        double[] upper = new double[size];
        for (int i = 0; i < size; i++) {
            lower[i] = random.nextDouble(-1, 1);
            upper[i] = random.nextDouble(-1, 1);
            diagonal[i] = (random.nextBoolean() ? 1 : -1) * random.nextDouble(2.5, 4);
        }
        return new double[][] {lower, diagonal, upper};
    }

    private static SimpleMatrix dense(double[][] bands, boolean cyclic) {
        int size = bands[1].length;
        SimpleMatrix matrix = new SimpleMatrix(size, size);
        for (int i = 0; i < size; i++) {
            matrix.set(i, i, bands[1][i]);
            if (i > 0) {
                matrix.set(i, i - 1, bands[0][i]);
            }
            if (i + 1 < size) {
                matrix.set(i, i + 1, bands[2][i]);
            }
        }
        if (cyclic) {
            matrix.set(0, size - 1, bands[0][0]);
            matrix.set(size - 1, 0, bands[2][size - 1]);
        }
        return matrix;
    }

    private static void assertSolves(double[][] bands, boolean cyclic, double[] rhs,
                                     double[] solution) {
        SimpleMatrix reference = dense(bands, cyclic).solve(new SimpleMatrix(rhs.length, 1,
            true, rhs));
        for (int i = 0; i < rhs.length; i++) {
            assertEquals(reference.get(i, 0), solution[i], TOLERANCE, "x[" + i + "]");
        }
    }

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {1, 2, 3, 7, 60})
    void thomasMatchesDenseSolve(int size) {
        RandomGenerator random = random(size);
        double[][] bands = bands(size, random);
        TridiagonalSolver solver = new TridiagonalSolver(size);
        solver.factor(bands[0], bands[1], bands[2]);

        for (int repeat = 0; repeat < 2; repeat++) {
            double[] rhs = random.doubles(size, -1, 1).toArray();
            double[] solution = new double[size];
            solver.solve(rhs, solution);
            assertSolves(bands, false, rhs, solution);
        }
    }

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {3, 4, 9, 60})
    void shermanMorrisonMatchesDenseSolve(int size) {
        RandomGenerator random = random(100 + size);
        double[][] bands = bands(size, random);
        CyclicTridiagonalSolver solver = new CyclicTridiagonalSolver(size);
        solver.factor(bands[0], bands[1], bands[2]);

        double[] rhs = random.doubles(size, -1, 1).toArray();
        double[] solution = rhs.clone();
        solver.solve(solution, solution);
        assertSolves(bands, true, rhs, solution);
    }

    @Test
    void zeroPivotIsReportedWithItsRow() {
        TridiagonalSolver solver = new TridiagonalSolver(3);
        double[] ones = {1, 1, 1};

        SingularSystemException error = assertThrows(SingularSystemException.class,
            () -> solver.factor(ones, ones, ones));

        assertEquals(1, error.row());
        assertThrows(IllegalStateException.class, () -> solver.solve(ones, new double[3]));
    }

    @Test
    void wrongLengthsAndSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TridiagonalSolver(0));
        assertThrows(IllegalArgumentException.class, () -> new CyclicTridiagonalSolver(2));
        TridiagonalSolver solver = new TridiagonalSolver(3);
        assertThrows(IllegalArgumentException.class,
            () -> solver.factor(new double[2], new double[3], new double[3]));
    }
}
