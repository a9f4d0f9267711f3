package org.fracdyn.solver.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.problem.InitialDensity;
import org.junit.jupiter.api.Test;

/** Observables of a cell-averaged Gaussian against the closed forms of a normal law. */
class ObservablesTest {

    @Test
    void gaussianMomentsEntropyAndFreeEnergy() {
        Grid1D grid = new Grid1D(-6, 6, 1200);
        double mean = 0.7;
        double sigma = 0.5;
        double k = 2.0;
        double kT = 0.8;
        Harmonic potential = new Harmonic(k, 0);
        double[] density = new InitialDensity.Gaussian(mean, sigma).cellAverages(grid,
            potential, kT);
        double[] energies = new double[grid.cells()];
        for (int i = 0; i < energies.length; i++) {
            energies[i] = potential.value(grid.centre(i));
        }
        Observables observables = new Observables(grid, energies, kT, density);

        Moments moments = observables.measure(0, 0.0, density);

        double h = grid.width();
        // Normal law N(m, s^2): entropy ln(s sqrt(2 pi e)); <V> = k (s^2 + m^2) / 2. Cell
        // averages shift the variance by h^2/12 (Sheppard) and the entropy and <V> by
        // O(h^2) = 1e-4 relative at h = 0.01: tolerances 2e-4 relative.
        double entropy = Math.log(sigma * Math.sqrt(2 * Math.PI * Math.E));
        double energy = k * (sigma * sigma + mean * mean) / 2;
        assertEquals(1.0, moments.mass(), 1e-14);
        assertEquals(mean, moments.mean(), 1e-12);
        assertEquals(sigma * sigma + h * h / 12, moments.variance(), 1e-12);
        assertEquals(0.0, moments.msd(), 1e-12);
        assertEquals(entropy, moments.entropy(), 2e-4 * Math.abs(entropy));
        double freeEnergy = energy - kT * entropy;
        assertEquals(freeEnergy, moments.freeEnergy(), 2e-4 * Math.abs(freeEnergy));

        double[] shifted = new InitialDensity.Gaussian(mean + 0.5, sigma).cellAverages(grid,
            potential, kT);
        // msd about the initial mean minus the initial variance: a shift d gives d^2
        assertEquals(0.25, observables.measure(1, 1.0, shifted).msd(), 1e-12);
    }
}
