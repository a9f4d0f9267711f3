package org.fracdyn.solver.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Tabulated;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Grid, boundary names, initial densities and the problem builder. */
class ProblemTest {

    private static final Grid1D GRID = new Grid1D(-4, 4, 160);

    @Test
    void gridGeometry() {
        assertEquals(0.05, GRID.width(), 1e-15);
        assertEquals(-3.975, GRID.centre(0), 1e-15);
        assertEquals(80, GRID.cellOf(0.0));
        assertEquals(159, GRID.cellOf(4.0));
        assertEquals(0, GRID.cellOf(-4.0));
        assertMessage("domain.cells = 2: expected an integer >= 3", () -> new Grid1D(0, 1, 2));
        assertMessage("domain.max = -1.0: expected a number > domain.min = 0.0",
            () -> new Grid1D(0, -1, 10));
    }

    @Test
    void boundaryLabels() {
        for (Boundary boundary : Boundary.values()) {
            assertEquals(boundary, Boundary.fromLabel(boundary.label().toUpperCase()));
        }
        assertMessage("boundary = 'sticky': expected one of reflecting, absorbing, periodic",
            () -> Boundary.fromLabel("sticky"));
    }

    @Test
    void initialDensitiesHaveUnitMassAndTheirMoments() {
        double h = GRID.width();
        double sigma = 0.4;
        double[] gaussian = new InitialDensity.Gaussian(0.3, sigma).cellAverages(GRID,
            new Free(), 1.0);
        double mass = 0;
        double mean = 0;
        for (int i = 0; i < gaussian.length; i++) {
            mass += gaussian[i] * h;
            mean += GRID.centre(i) * gaussian[i] * h;
        }
        double variance = 0;
        for (int i = 0; i < gaussian.length; i++) {
            variance += Math.pow(GRID.centre(i) - mean, 2) * gaussian[i] * h;
        }
        assertEquals(1.0, mass, 1e-14);
        assertEquals(0.3, mean, 1e-12);
        // Sheppard's correction (W. F. Sheppard, Proc. London Math. Soc. 29 (1898) 353):
        // binning a smooth density into cells of width h adds h^2/12 to the variance, up to
        // exponentially small terms in sigma / h.
        assertEquals(sigma * sigma + h * h / 12, variance, 1e-12);

        double[] delta = new InitialDensity.Delta(1.01).cellAverages(GRID, new Free(), 1.0);
        assertEquals(1 / h, delta[GRID.cellOf(1.01)], 1e-12);

        double kT = 0.5;
        double[] boltzmann = new InitialDensity.Boltzmann().cellAverages(GRID,
            new Harmonic(2, 0), kT);
        double ratio = boltzmann[100] / boltzmann[90];
        double expected = Math.exp(-(new Harmonic(2, 0).value(GRID.centre(100))
            - new Harmonic(2, 0).value(GRID.centre(90))) / kT);
        assertEquals(expected, ratio, 1e-13 * expected);

        double[] uniform = new InitialDensity.Uniform().cellAverages(GRID, new Free(), 1);
        assertEquals(1 / 8.0, uniform[17], 1e-15);

        double[] tabulated = new InitialDensity.Tabulated(new double[] {0, 1},
            new double[] {1, 3}).cellAverages(GRID, new Free(), 1);
        // linear on [0, 1] from 1 to 3: mass 2, so the values are (1 + 2x) / 2; 0 elsewhere
        int cell = GRID.cellOf(0.51);
        assertEquals((1 + 2 * GRID.centre(cell)) / 2, tabulated[cell], 1e-13);
        assertEquals(0.0, tabulated[GRID.cellOf(-1)], 0.0);

        assertMessage("initial.at = 5.0: expected a point of the domain [-4.0, 4.0]",
            () -> new InitialDensity.Delta(5).cellAverages(GRID, new Free(), 1));
        assertMessage("initial.sigma = -1.0: expected a finite number > 0",
            () -> new InitialDensity.Gaussian(0, -1));
    }

    @Test
    void builderValidatesAndKeepsDefaults() {
        FokkerPlanckProblem.Builder builder = FokkerPlanckProblem.builder().grid(GRID)
            .initialDensity(new InitialDensity.Uniform()).timeMesh(TimeMesh.uniform(1, 10));
        FokkerPlanckProblem problem = builder.alpha(0.5).diffusion(2).friction(3).build();

        assertEquals(6.0, problem.temperature(), 0.0);
        assertEquals(Boundary.REFLECTING, problem.boundary());
        assertEquals(SchemeKind.L1, problem.scheme());
        assertEquals(HistoryKind.DIRECT, problem.history());
        assertEquals("free", problem.potential().label());
        assertEquals(0.25, problem.toBuilder().alpha(0.25).build().alpha(), 0.0);
        assertEquals(0.5, problem.alpha(), 0.0);

        assertMessage("alpha = 1.5: expected a number with 0 < alpha <= 1",
            () -> problem.toBuilder().alpha(1.5).build());
        assertMessage("diffusion = 0.0: expected a finite number > 0",
            () -> problem.toBuilder().diffusion(0).build());
        assertMessage("domain: missing, a value is required",
            () -> FokkerPlanckProblem.builder().build());
        double[] x = {-1, 0, 1, 2, 3};
        IllegalArgumentException uncovered = assertThrows(IllegalArgumentException.class,
            () -> problem.toBuilder().potential(new Tabulated(x, new double[5])).build());
        assertEquals("potential table covers [-1.0, 3.0] but the domain is [-4.0, 4.0]: extend "
            + "potential.x to the whole domain or shrink the domain", uncovered.getMessage());
    }

    private static void assertMessage(String expected, Executable code) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, code).getMessage());
    }
}
