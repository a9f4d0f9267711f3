package org.fracdyn.solver.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.potential.TabulatedField;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.problem.InitialDensityND;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Structural properties of the 2D and 3D scheme, for every linear solve: mass conservation,
 * the stationary Boltzmann density, a steady current on a tilted torus, absorption against
 * the separable exact survival, positivity, and agreement with the 1D solver.
 */
class StructureNDTest {

    private static FokkerPlanckSolverND solver(LinearSolveMethod method) {
        return new FokkerPlanckSolverND(SchemeFactory.l1Direct(), method);
    }

    /** A non-separable landscape: two wells and a ridge, tabulated on a 21 x 17 table. */
    private static FieldPotential landscape() {
        double[] xs = new double[21];
        double[] ys = new double[17];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -2 + 0.2 * i;
        }
        for (int j = 0; j < ys.length; j++) {
            ys[j] = -2 + 0.25 * j;
        }
        double[] values = new double[xs.length * ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                double x = xs[i];
                double y = ys[j];
                values[i * ys.length + j] = (x * x - 1) * (x * x - 1) + 0.5 * y * y + 0.8 * x * y;
            }
        }
        return new TabulatedField(new double[][] {xs, ys}, values);
    }

    @ParameterizedTest
    @EnumSource(LinearSolveMethod.class)
    void reflectingWallsConserveMass(LinearSolveMethod method) {
        GridND grid = GridND.of(new double[] {-2, -2}, new double[] {2, 2}, new int[] {48, 40},
            Boundary.REFLECTING);
        FokkerPlanckProblemND problem = FokkerPlanckProblemND.builder().alpha(0.7)
            .potential(landscape()).grid(grid)
            .initialDensity(new InitialDensityND.Gaussian(new double[] {1, -0.5},
                new double[] {0.15, 0.2}))
            .timeMesh(TimeMesh.graded(2, 100, 2)).build();

        GridND cube = GridND.of(new double[] {-2, -2, -2}, new double[] {2, 2, 2},
            new int[] {16, 14, 12}, Boundary.REFLECTING);
        FokkerPlanckProblemND trap = FokkerPlanckProblemND.builder().alpha(0.5)
            .potential(new RadialHarmonic(3, 0.5, 0, -0.5)).grid(cube)
            .initialDensity(new InitialDensityND.Delta(new double[] {-1, 1, 0.3}))
            .timeMesh(TimeMesh.uniform(1, 60)).build();

        for (FokkerPlanckProblemND run : List.of(problem, trap)) {
            for (MomentsND row : solver(method).solve(run, OutputRequest.of(1)).moments()) {
                // Column sums of L vanish, so only the round-off of the solves (CG: its 1e-13
                // relative residual) changes the mass: about 1e-14 per step was measured.
                assertEquals(1.0, row.mass(), 1e-12, method + ", " + run.dimension()
                    + "D: mass at t = " + row.time());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LinearSolveMethod.class)
    void boltzmannDensityIsStationary(LinearSolveMethod method) {
        GridND walls = GridND.of(new double[] {-2, -2}, new double[] {2, 2},
            new int[] {40, 32}, Boundary.REFLECTING);
        GridND torus = GridND.of(new double[] {0, 0}, new double[] {2, 3}, new int[] {30, 24},
            Boundary.PERIODIC);
        FokkerPlanckProblemND tabulated = FokkerPlanckProblemND.builder().alpha(0.6)
            .diffusion(0.5).potential(landscape()).grid(walls)
            .initialDensity(new InitialDensityND.Boltzmann()).timeMesh(TimeMesh.graded(5, 60, 2))
            .build();
        FokkerPlanckProblemND washboard = FokkerPlanckProblemND.builder().alpha(0.4)
            .diffusion(0.5).potential(SeparablePotential.of(new Periodic(1, 2),
                new Periodic(0.7, 3))).grid(torus)
            .initialDensity(new InitialDensityND.Boltzmann()).timeMesh(TimeMesh.uniform(5, 60))
            .build();

        for (FokkerPlanckProblemND problem : List.of(tabulated, washboard)) {
            SolutionND solution = solver(method).solve(problem, OutputRequest.of(0, 0.0));
            double[] start = solution.profiles().get(0).density();
            double[] last = solution.finalProfile().density();
            double largest = 0;
            double change = 0;
            for (int k = 0; k < start.length; k++) {
                largest = Math.max(largest, start[k]);
                change = Math.max(change, Math.abs(last[k] - start[k]));
            }
            // exp(-V/kT) is an exact null vector of every fitted flux: only round-off (and for
            // CG its residual 1e-13, started from the exact answer) moves it.
            assertTrue(change <= 1e-12 * largest, method + ", "
                + problem.potential().label() + ": max change " + change + " of " + largest);
        }
    }

    @ParameterizedTest
    @EnumSource(value = LinearSolveMethod.class, names = {"AUTO", "DIRECT"})
    void uniformDensityIsStationaryOnATiltedTorus(LinearSolveMethod method) {
        // A constant force along x on a torus: no detailed balance (the sparse LU path), a
        // steady current, and the uniform density is exactly stationary only if every
        // wrap-around face sees the same potential step as the inner faces.
        GridND torus = GridND.of(new double[] {0, 0}, new double[] {2, 1}, new int[] {20, 12},
            Boundary.PERIODIC);
        FokkerPlanckProblemND problem = FokkerPlanckProblemND.builder().alpha(0.6)
            .potential(SeparablePotential.of(new Linear(3.0), new Free())).grid(torus)
            .initialDensity(new InitialDensityND.Uniform()).timeMesh(TimeMesh.uniform(1, 20))
            .build();

        SolutionND solution = solver(method).solve(problem, OutputRequest.of(0));

        assertTrue(solution.linearSolve().startsWith("sparse LU"), solution.linearSolve());
        for (double value : solution.finalProfile().density()) {
            assertEquals(0.5, value, 1e-13);
        }
    }

    @ParameterizedTest
    @EnumSource(LinearSolveMethod.class)
    void absorbingSurvivalIsTheSquareOfTheSineSeriesAtAlphaOne(LinearSolveMethod method) {
        double end = 0.05;
        GridND square = GridND.of(new double[] {0, 0}, new double[] {1, 1},
            new int[] {60, 60}, Boundary.ABSORBING);
        FokkerPlanckProblemND problem = FokkerPlanckProblemND.builder().alpha(1.0).grid(square)
            .initialDensity(new InitialDensityND.Uniform()).timeMesh(TimeMesh.uniform(end, 500))
            .build();

        double mass = solver(method).solve(problem, OutputRequest.of(0)).finalMoments().mass();

        // Uniform start on the unit square, P = 0 on the walls, D = 1: the survival separates,
        // S(t) = S_1(t)^2 with S_1(t) = sum over odd n of 8/(n pi)^2 exp(-(n pi)^2 t)
        // (Carslaw and Jaeger, Conduction of Heat in Solids, 1959). Backward Euler on the
        // slowest mode: relative error ~ 2 t lambda^2 tau / 2 = 1e-3 for the square; space
        // O(h^2) ~ 5e-4. Tolerance 3e-3 relative.
        double survival = 0;
        for (int n = 1; n < 400; n += 2) {
            double rate = n * n * Math.PI * Math.PI;
            survival += 8 / rate * Math.exp(-rate * end);
        }
        survival *= survival;
        assertEquals(survival, mass, 3e-3 * survival, method.name());
    }

    @ParameterizedTest
    @EnumSource(LinearSolveMethod.class)
    void trivialSecondAxisReproducesTheOneDimensionalSolver(LinearSolveMethod method) {
        double alpha = 0.6;
        Grid1D line = new Grid1D(-3, 3, 90);
        TimeMesh mesh = TimeMesh.graded(2, 80, 2);
        FokkerPlanckProblem oneD = FokkerPlanckProblem.builder().alpha(alpha)
            .potential(new Harmonic(2, 0.5)).grid(line).boundary(Boundary.REFLECTING)
            .initialDensity(new InitialDensity.Gaussian(-1, 0.3)).timeMesh(mesh).build();
        GridND plane = new GridND(List.of(line, new Grid1D(0, 1, 3)),
            List.of(Boundary.REFLECTING, Boundary.REFLECTING));
        FokkerPlanckProblemND twoD = FokkerPlanckProblemND.builder().alpha(alpha)
            .potential(SeparablePotential.of(new Harmonic(2, 0.5), new Free())).grid(plane)
            .initialDensity(InitialDensityND.Product.of(new InitialDensity.Gaussian(-1, 0.3),
                new InitialDensity.Uniform()))
            .timeMesh(mesh).build();

        Solution expected = new FokkerPlanckSolver().solve(oneD, OutputRequest.of(20));
        SolutionND actual = solver(method).solve(twoD, OutputRequest.of(20));

        // Uniform in y, the 2D density is the 1D one (times 1 on [0, 1]) and the y-fluxes
        // vanish; the two solves differ only in round-off (tridiagonal elimination against
        // sparse Cholesky or CG to 1e-13).
        double[] line1 = expected.finalProfile().density();
        double[] plane2 = actual.finalProfile().density();
        double largest = 0;
        for (double value : line1) {
            largest = Math.max(largest, value);
        }
        for (int i = 0; i < line1.length; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(line1[i], plane2[plane.flatIndex(i, j)], 1e-11 * largest,
                    method + ": cell " + i + ", " + j);
            }
        }
        List<Moments> rows = expected.moments();
        for (int r = 0; r < rows.size(); r++) {
            MomentsND row = actual.moments().get(r);
            assertEquals(rows.get(r).time(), row.time(), 0.0);
            assertEquals(rows.get(r).mean(), row.mean(0), 1e-11);
            assertEquals(0.5, row.mean(1), 1e-12);
        }
    }

    @ParameterizedTest
    @EnumSource(LinearSolveMethod.class)
    void oneDimensionalGridReproducesTheOneDimensionalSolver(LinearSolveMethod method) {
        Grid1D line = new Grid1D(-2, 4, 60);
        TimeMesh mesh = TimeMesh.graded(1, 50, 2);
        FokkerPlanckProblem oneD = FokkerPlanckProblem.builder().alpha(0.7)
            .potential(new Periodic(1.0, 1.5)).grid(line).boundary(Boundary.ABSORBING)
            .initialDensity(new InitialDensity.Gaussian(0.5, 0.4)).timeMesh(mesh).build();
        FokkerPlanckProblemND same = FokkerPlanckProblemND.builder().alpha(0.7)
            .potential(SeparablePotential.of(new Periodic(1.0, 1.5)))
            .grid(new GridND(List.of(line), List.of(Boundary.ABSORBING)))
            .initialDensity(InitialDensityND.Product.of(new InitialDensity.Gaussian(0.5, 0.4)))
            .timeMesh(mesh).build();

        double[] expected = new FokkerPlanckSolver().solve(oneD, OutputRequest.of(0))
            .finalProfile().density();
        double[] actual = solver(method).solve(same, OutputRequest.of(0)).finalProfile()
            .density();

        // The same matrix, solved by Thomas elimination and by sparse Cholesky or CG: equal to
        // round-off (CG: its 1e-13 residual).
        double largest = 0;
        for (double value : expected) {
            largest = Math.max(largest, value);
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-11 * largest, method + ": cell " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(LinearSolveMethod.class)
    void densityStaysNonNegativeUnderStrongDriftIn3D(LinearSolveMethod method) {
        // Peclet number k |x| h / kT up to 10: central differences would oscillate; the
        // fitted fluxes keep an M-matrix and a nonnegative density.
        GridND cube = GridND.of(new double[] {-1, -1, -1}, new double[] {1, 1, 1},
            new int[] {12, 12, 12}, Boundary.REFLECTING);
        FokkerPlanckProblemND problem = FokkerPlanckProblemND.builder().alpha(0.5)
            .diffusion(0.1).potential(new RadialHarmonic(12, 0, 0, 0)).grid(cube)
            .initialDensity(new InitialDensityND.Delta(new double[] {0.9, -0.9, 0.5}))
            .timeMesh(TimeMesh.uniform(1, 30)).build();

        SolutionND solution = solver(method).solve(problem, OutputRequest.of(0, 0.1, 0.5));

        for (ProfileND profile : solution.profiles()) {
            for (double value : profile.density()) {
                assertTrue(value >= 0, method + ": negative density at t = " + profile.time());
            }
        }
    }
}
