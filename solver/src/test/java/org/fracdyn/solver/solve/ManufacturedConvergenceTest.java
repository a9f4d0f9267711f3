package org.fracdyn.solver.solve;

import static org.fracdyn.solver.solve.Problems.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.operator.FokkerPlanckOperator1D;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.problem.Source;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The observed order of L1 in time, by manufactured solutions exact in space: with
 * u_i(t) = g(t) phi_i and the source f_i = (C_D^alpha g)(t) phi_i - g(t) (L phi)_i for the
 * discrete operator L itself and g(0) = 1 (phi is the normalised initial density), the
 * semi-discrete solution is exactly g(t) phi_i, so the error
 * is the time error alone. Expected orders (Stynes, O'Riordan and Gracia, SIAM J. Numer.
 * Anal. 55 (2017) 1057-1079): g = 1 + t^2 on the uniform mesh, 2 - alpha; g = 1 + t^alpha
 * (the typical initial layer) on the graded mesh r = (2 - alpha)/alpha, 2 - alpha.
 */
class ManufacturedConvergenceTest {

    private static final int[] STEPS = {20, 40, 80, 160, 320, 640};

    /** The observed order on the two finest meshes must be within this of the theory. */
    private static final double ORDER_TOLERANCE = 0.15;

    @ParameterizedTest(name = "alpha = {0}")
    @ValueSource(doubles = {0.3, 0.5, 0.8})
    void smoothSolutionOnUniformMesh(double alpha) {
        double[] errors = errors(alpha, t -> 1 + t * t,
            t -> 2 * Math.pow(t, 2 - alpha) / Gamma.gamma(3 - alpha), 1.0);
        assertOrder("u = (1 + t^2) phi, uniform mesh", alpha, errors, 2 - alpha);
    }

    @ParameterizedTest(name = "alpha = {0}")
    @ValueSource(doubles = {0.4, 0.6, 0.8})
    void initialLayerOnGradedMesh(double alpha) {
        double[] errors = errors(alpha, t -> 1 + Math.pow(t, alpha), t -> Gamma.gamma(1 + alpha),
            (2 - alpha) / alpha);
        assertOrder("u = (1 + t^alpha) phi, graded mesh r = (2 - alpha)/alpha", alpha, errors,
            2 - alpha);
    }

    /**
     * @return the max-norm errors over all mesh levels, relative to max |u|, for each STEPS
     */
    private static double[] errors(double alpha, DoubleUnaryOperator g,
                                   DoubleUnaryOperator caputoOfG, double grading) {
        Grid1D grid = new Grid1D(0, 1, 16);
        Potential potential = new Harmonic(2, 0.3);
        double diffusion = 0.5;
        double friction = 1.3;
        FokkerPlanckOperator1D operator = new FokkerPlanckOperator1D(grid, potential,
            diffusion, friction, Boundary.REFLECTING);
        double[] table = grid.centres();
        double[] shape = new double[table.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = 1 + Math.cos(Math.PI * table[i]);
        }
        InitialDensity initial = new InitialDensity.Tabulated(table, shape);
        double[] phi = initial.cellAverages(grid, potential, diffusion * friction);
        double[] operatorOfPhi = new double[phi.length];
        operator.apply(phi, operatorOfPhi);

        double scale = phi[0] * g.applyAsDouble(1.0);
        Source source = (x, t) -> {
            int i = grid.cellOf(x);
            return caputoOfG.applyAsDouble(t) * phi[i] - g.applyAsDouble(t) * operatorOfPhi[i];
        };

        double[] errors = new double[STEPS.length];
        for (int j = 0; j < STEPS.length; j++) {
            TimeMesh mesh = TimeMesh.graded(1.0, STEPS[j], grading);
            FokkerPlanckProblem problem = problem(alpha, potential, grid, Boundary.REFLECTING,
                initial, mesh).diffusion(diffusion).friction(friction).source(source).build();
            double[] allTimes = mesh.times();
            Solution solution = new FokkerPlanckSolver().solve(problem,
                OutputRequest.of(0, allTimes));
            double worst = 0;
            for (Profile profile : solution.profiles()) {
                double[] density = profile.density();
                double factor = g.applyAsDouble(profile.time());
                for (int i = 0; i < density.length; i++) {
                    worst = Math.max(worst, Math.abs(density[i] - factor * phi[i]));
                }
            }
            errors[j] = worst / scale;
        }
        return errors;
    }

    private static void assertOrder(String name, double alpha, double[] errors,
                                    double expected) {
        StringBuilder table = new StringBuilder(String.format(
            "%s, alpha = %.2f, expected order %.2f%n%8s %12s %8s%n", name, alpha, expected,
            "N", "max error", "order"));
        double order = Double.NaN;
        for (int j = 0; j < errors.length; j++) {
            if (j > 0) {
                order = Math.log(errors[j - 1] / errors[j]) / Math.log(2);
            }
            table.append(String.format("%8d %12.4e %8.3f%n", STEPS[j], errors[j], order));
        }
        System.out.print(table);
        assertEquals(expected, order, ORDER_TOLERANCE, table.toString());
    }
}
