package org.fracdyn.solver.operator;

import static org.fracdyn.solver.operator.FokkerPlanckOperator1D.bernoulli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.potential.Potential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Scharfetter-Gummel operator: Bernoulli function, structure, kernel, consistency. */
class FokkerPlanckOperator1DTest {

    @Test
    void bernoulliFunctionMatchesClosedFormsAndSeries() {
        // B(1) = 1 / (e - 1); B(-z) = B(z) + z exactly; near 0 the Taylor series
        // 1 - z/2 + z^2/12 - z^4/720 (next term z^6/30240, below 1e-28 here).
        assertEquals(1.0, bernoulli(0.0), 0.0);
        assertEquals(1 / (Math.E - 1), bernoulli(1.0), 2e-16);
        for (double z : new double[] {1e-12, 3e-5, 9.9e-5, 1.01e-4, 1e-3}) {
            double series = 1 - z / 2 + z * z / 12 - Math.pow(z, 4) / 720;
            assertEquals(series, bernoulli(z), 2e-16, "B(" + z + ")");
            assertEquals(1 + z / 2 + z * z / 12 - Math.pow(z, 4) / 720, bernoulli(-z), 2e-16,
                "B(-" + z + ")");
        }
        for (double z : new double[] {0.5, 3, 20, 200}) {
            assertEquals(bernoulli(z) + z, bernoulli(-z), 4e-16 * (bernoulli(-z)), "z = " + z);
        }
        assertEquals(0.0, bernoulli(800.0), 0.0);
        assertEquals(800.0, bernoulli(-800.0), 0.0);
    }

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void matrixIsAnMMatrixWithConservingColumns(Boundary boundary) {
        Grid1D grid = new Grid1D(-2, 2, 40);
        FokkerPlanckOperator1D operator = new FokkerPlanckOperator1D(grid,
            new DoubleWell(1, 2), 0.5, 2.0, boundary);
        int cells = grid.cells();
        double[] lower = operator.lower();
        double[] diagonal = operator.diagonal();
        double[] upper = operator.upper();

        double[] columnSums = new double[cells];
        for (int i = 0; i < cells; i++) {
            assertTrue(diagonal[i] < 0, "diagonal " + i);
            columnSums[i] += diagonal[i];
            if (i > 0 || boundary == Boundary.PERIODIC) {
                assertTrue(lower[i] > 0, "lower " + i);
                columnSums[(i + cells - 1) % cells] += lower[i];
            }
            if (i + 1 < cells || boundary == Boundary.PERIODIC) {
                assertTrue(upper[i] > 0, "upper " + i);
                columnSums[(i + 1) % cells] += upper[i];
            }
        }
        double scale = 0.5 / (grid.width() * grid.width());
        for (int i = 0; i < cells; i++) {
            boolean wall = i == 0 || i == cells - 1;
            if (boundary == Boundary.ABSORBING && wall) {
                assertTrue(columnSums[i] < -scale, "absorbing column " + i);
            } else {
                // sums of O(100 scale) terms: round-off 1e-13 of the scale
                assertEquals(0.0, columnSums[i], 1e-12 * scale, "column " + i);
            }
        }
    }

    @Test
    void discreteBoltzmannDensityIsInTheKernel() {
        for (Potential potential : new Potential[] {new DoubleWell(1, 3), new Periodic(2, 1)}) {
            Boundary boundary = potential instanceof Periodic ? Boundary.PERIODIC
                : Boundary.REFLECTING;
            Grid1D grid = new Grid1D(-2, 2, 64);
            double kT = 0.3 * 1.5;
            FokkerPlanckOperator1D operator = new FokkerPlanckOperator1D(grid, potential, 0.3,
                1.5, boundary);
            double[] boltzmann = new double[grid.cells()];
            for (int i = 0; i < boltzmann.length; i++) {
                boltzmann[i] = Math.exp(-potential.value(grid.centre(i)) / kT);
            }
            double[] image = new double[boltzmann.length];
            operator.apply(boltzmann, image);

            double rate = 0.3 / (grid.width() * grid.width());
            double largest = java.util.Arrays.stream(boltzmann).max().orElseThrow();
            for (int i = 0; i < image.length; i++) {
                // each entry is a difference of two terms of size <= ~10 rate max P: the
                // residual is round-off, a few eps of that
                assertEquals(0.0, image[i], 1e-13 * rate * largest,
                    potential.label() + " cell " + i);
            }
        }
    }

    @Test
    void operatorIsSecondOrderConsistent() {
        // P = exp(-2 (x - 0.3)^2), V = k x^2 / 2: the exact
        // L P = D P'' + (k / gamma) (x P)' at the centres, against the discrete one.
        double diffusion = 0.7;
        double friction = 1.2;
        double k = 3.0;
        double[] errors = new double[2];
        for (int level = 0; level < 2; level++) {
            Grid1D grid = new Grid1D(-4, 4, 100 << level);
            FokkerPlanckOperator1D operator = new FokkerPlanckOperator1D(grid,
                new Harmonic(k, 0), diffusion, friction, Boundary.REFLECTING);
            double[] p = new double[grid.cells()];
            for (int i = 0; i < p.length; i++) {
                double y = grid.centre(i) - 0.3;
                p[i] = Math.exp(-2 * y * y);
            }
            double[] image = new double[p.length];
            operator.apply(p, image);
            double worst = 0;
            for (int i = 0; i < p.length; i++) {
                double x = grid.centre(i);
                double y = x - 0.3;
                double second = (16 * y * y - 4) * p[i];
                double first = -4 * y * p[i];
                double exact = diffusion * second + (k / friction) * (p[i] + x * first);
                worst = Math.max(worst, Math.abs(image[i] - exact));
            }
            errors[level] = worst;
        }
        double order = Math.log(errors[0] / errors[1]) / Math.log(2);
        // second order (Scharfetter-Gummel is a centred scheme up to O(h^2) in the drift)
        assertEquals(2.0, order, 0.1, "observed order, errors " + errors[0] + ", " + errors[1]);
    }
}
