package org.fracdyn.solver.problem;

import java.util.Arrays;

import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.potential.Potential;
import org.hipparchus.special.Erf;

/**
 * The initial density P(x, 0), turned into cell averages on a grid by
 * {@link #cellAverages}. Whatever the shape, the result is normalised to mass
 * sum_i P_i h = 1 on the grid.
 */
public sealed interface InitialDensity {

    /**
     * @param grid the grid
     * @param potential the problem's potential (used by {@link Boltzmann})
     * @param kT the temperature gamma D &gt; 0 (used by {@link Boltzmann})
     * @return the cell averages P_i, nonnegative, with sum_i P_i h = 1
     * @throws IllegalArgumentException if the density has no mass on the grid
     */
    double[] cellAverages(Grid1D grid, Potential potential, double kT);

    /** @return the name used in problem files, e.g. {@code gaussian} */
    String label();

    /**
     * A point mass at x0: all of it in the cell containing x0, P_i = 1/h there.
     *
     * @param at the position x0, inside the domain
     */
    record Delta(double at) implements InitialDensity {

        /** @throws IllegalArgumentException if x0 is not finite */
        public Delta {
            Checks.finite("initial.at", at);
        }

        @Override
        public double[] cellAverages(Grid1D grid, Potential potential, double kT) {
            if (!grid.contains(at)) {
                throw Checks.refuse("initial.at", at,
                    "a point of the domain [" + grid.min() + ", " + grid.max() + "]");
            }
            double[] density = new double[grid.cells()];
            density[grid.cellOf(at)] = 1.0 / grid.width();
            return density;
        }

        @Override
        public String label() {
            return "delta";
        }
    }

    /**
     * A normal density of mean m and standard deviation s, averaged exactly over each cell
     * (through differences of erf), then renormalised to the part inside the domain.
     *
     * @param mean the mean m
     * @param sigma the standard deviation s &gt; 0
     */
    record Gaussian(double mean, double sigma) implements InitialDensity {

        /** @throws IllegalArgumentException if m is not finite or s &lt;= 0 */
        public Gaussian {
            Checks.finite("initial.mean", mean);
            Checks.positive("initial.sigma", sigma);
        }

        @Override
        public double[] cellAverages(Grid1D grid, Potential potential, double kT) {
            double[] density = new double[grid.cells()];
            double scale = sigma * Math.sqrt(2.0);
            for (int i = 0; i < density.length; i++) {
                double left = (grid.face(i) - mean) / scale;
                double right = (grid.face(i + 1) - mean) / scale;
                density[i] = 0.5 * Erf.erf(left, right);
            }
            return normalise(density, grid, "initial.mean = " + mean + ", initial.sigma = "
                + sigma + ": no mass on the grid; move the mean into the domain");
        }

        @Override
        public String label() {
            return "gaussian";
        }
    }

    /** The uniform density 1 / (max - min). */
    record Uniform() implements InitialDensity {

        @Override
        public double[] cellAverages(Grid1D grid, Potential potential, double kT) {
            double[] density = new double[grid.cells()];
            Arrays.fill(density, 1.0);
            return normalise(density, grid, "uniform density");
        }

        @Override
        public String label() {
            return "uniform";
        }
    }

    /**
     * The discrete Boltzmann density P_i = exp(-V(x_i)/kT) / Z of the problem's potential,
     * which is exactly stationary for the scheme when the boundary conserves mass and the
     * potential has no tilt.
     */
    record Boltzmann() implements InitialDensity {

        @Override
        public double[] cellAverages(Grid1D grid, Potential potential, double kT) {
            double[] energy = new double[grid.cells()];
            for (int i = 0; i < energy.length; i++) {
                energy[i] = potential.value(grid.centre(i));
            }
            return normalise(Densities.boltzmannWeights(energy, kT), grid, "Boltzmann density");
        }

        @Override
        public String label() {
            return "boltzmann";
        }
    }

    /**
     * A density given at increasing points, interpolated linearly at the cell centres, zero
     * outside the table, and renormalised on the grid.
     *
     * @param positions the points, strictly increasing, at least 2
     * @param values the density values, &gt;= 0
     */
    record Tabulated(double[] positions, double[] values) implements InitialDensity {

        /** @throws IllegalArgumentException naming the first offending entry */
        public Tabulated {
            if (positions.length < 2) {
                throw Checks.refuse("initial.x", positions.length + " points",
                    "at least 2 points");
            }
            if (values.length != positions.length) {
                throw Checks.refuse("initial.p", values.length + " values",
                    "as many values as initial.x has points (" + positions.length + ")");
            }
            for (int j = 0; j < positions.length; j++) {
                Checks.finite("initial.x[" + j + "]", positions[j]);
                Checks.nonNegative("initial.p[" + j + "]", values[j]);
                if (j > 0 && !(positions[j] > positions[j - 1])) {
                    throw Checks.refuse("initial.x[" + j + "]", positions[j],
                        "a number > initial.x[" + (j - 1) + "] = " + positions[j - 1]);
                }
            }
            positions = positions.clone();
            values = values.clone();
        }

        @Override
        public double[] positions() {
            return positions.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] cellAverages(Grid1D grid, Potential potential, double kT) {
            double[] density = new double[grid.cells()];
            int last = positions.length - 1;
            for (int i = 0; i < density.length; i++) {
                double x = grid.centre(i);
                if (x < positions[0] || x > positions[last]) {
                    continue;
                }
                int j = Arrays.binarySearch(positions, x);
                if (j >= 0) {
                    density[i] = values[j];
                } else {
                    int right = -j - 1;
                    int left = right - 1;
                    double weight = (x - positions[left]) / (positions[right] - positions[left]);
                    density[i] = (1 - weight) * values[left] + weight * values[right];
                }
            }
            return normalise(density, grid, "tabulated initial density: no mass at the cell "
                + "centres; the table must overlap the domain");
        }

        @Override
        public String label() {
            return "tabulated";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tabulated table && Arrays.equals(table.positions, positions)
                && Arrays.equals(table.values, values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(positions) + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Tabulated[" + positions.length + " points on [" + positions[0] + ", "
                + positions[positions.length - 1] + "]]";
        }
    }

    private static double[] normalise(double[] density, Grid1D grid, String whenEmpty) {
        return Densities.normalise(density, grid.width(), mass -> whenEmpty);
    }
}
