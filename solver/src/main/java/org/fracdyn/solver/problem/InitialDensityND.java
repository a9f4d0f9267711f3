package org.fracdyn.solver.problem;

import java.util.Arrays;
import java.util.List;

import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.potential.Free;

/**
 * The initial density P(x, 0) of a d-dimensional problem, turned into cell averages on a
 * {@link GridND} by {@link #cellAverages}; whatever the shape, the result is normalised to
 * mass sum_k P_k h_1 ... h_d = 1 on the grid.
 */
public sealed interface InitialDensityND {

    /**
     * @param grid the grid
     * @param potential the problem's potential (used by {@link Boltzmann})
     * @param kT the temperature gamma D &gt; 0 (used by {@link Boltzmann})
     * @return the cell averages in row-major order, nonnegative, of mass 1
     * @throws IllegalArgumentException if the density does not fit the grid or has no mass
     */
    double[] cellAverages(GridND grid, FieldPotential potential, double kT);

    /** @return the name used in problem files, e.g. {@code gaussian} */
    String label();

    /**
     * A product density P(x) = p_1(x_1) ... p_d(x_d) of one-dimensional densities (delta,
     * Gaussian, uniform or tabulated; not Boltzmann, which depends on the whole potential:
     * use {@link Boltzmann}). Each factor is put on its axis as in one dimension, so the
     * cell averages are the products of the one-dimensional ones.
     *
     * @param axes the density of each axis (copied)
     */
    record Product(List<InitialDensity> axes) implements InitialDensityND {

        /** @throws IllegalArgumentException if a factor is a Boltzmann density */
        public Product {
            axes = List.copyOf(axes);
            for (int a = 0; a < axes.size(); a++) {
                if (axes.get(a) instanceof InitialDensity.Boltzmann) {
                    throw Checks.refuse("initial.axes[" + a + "]", "boltzmann",
                        "delta, gaussian, uniform or tabulated (for the Boltzmann density of "
                            + "the whole potential use initial: boltzmann)");
                }
            }
        }

        /**
         * @param axes the density of each axis
         * @return their product
         */
        public static Product of(InitialDensity... axes) {
            return new Product(List.of(axes));
        }

        @Override
        public double[] cellAverages(GridND grid, FieldPotential potential, double kT) {
            checkDimension("initial.axes", axes.size(), grid);
            int d = grid.dimension();
            double[][] factors = new double[d][];
            for (int a = 0; a < d; a++) {
                factors[a] = axes.get(a).cellAverages(grid.axis(a), new Free(), kT);
            }
            double[] density = new double[grid.size()];
            for (int cell = 0; cell < density.length; cell++) {
                double value = 1;
                for (int a = 0; a < d; a++) {
                    value *= factors[a][grid.indexAlong(cell, a)];
                }
                density[cell] = value;
            }
            return density;
        }

        @Override
        public String label() {
            return "product";
        }
    }

    /**
     * A point mass at x0, all of it in the cell containing x0 (on an inner face, the cell on
     * the upper side, as in one dimension).
     *
     * @param at the point x0, inside the domain (copied)
     */
    record Delta(double[] at) implements InitialDensityND {

        /** @throws IllegalArgumentException if a coordinate is not finite */
        public Delta {
            at = at.clone();
            for (int a = 0; a < at.length; a++) {
                Checks.finite("initial.at[" + a + "]", at[a]);
            }
        }

        @Override
        public double[] at() {
            return at.clone();
        }

        @Override
        public double[] cellAverages(GridND grid, FieldPotential potential, double kT) {
            checkDimension("initial.at", at.length, grid);
            if (!grid.contains(at)) {
                throw Checks.refuse("initial.at", Arrays.toString(at),
                    "a point of the domain " + grid);
            }
            InitialDensity[] axes = new InitialDensity[at.length];
            for (int a = 0; a < at.length; a++) {
                axes[a] = new InitialDensity.Delta(at[a]);
            }
            return Product.of(axes).cellAverages(grid, potential, kT);
        }

        @Override
        public String label() {
            return "delta";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Delta delta && Arrays.equals(delta.at, at);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(at);
        }

        @Override
        public String toString() {
            return "Delta[at=" + Arrays.toString(at) + "]";
        }
    }

    /**
     * A normal density with independent axes, mean m_a and standard deviation s_a along axis
     * a, averaged exactly over each cell and renormalised to the part inside the domain.
     *
     * @param mean the mean (copied)
     * @param sigma the standard deviations, each &gt; 0 (copied)
     */
    record Gaussian(double[] mean, double[] sigma) implements InitialDensityND {

        /** @throws IllegalArgumentException if the lengths differ or an entry is bad */
        public Gaussian {
            if (sigma.length != mean.length) {
                throw Checks.refuse("initial.sigma", Arrays.toString(sigma),
                    "one standard deviation per entry of initial.mean " + Arrays.toString(mean));
            }
            mean = mean.clone();
            sigma = sigma.clone();
            for (int a = 0; a < mean.length; a++) {
                Checks.finite("initial.mean[" + a + "]", mean[a]);
                Checks.positive("initial.sigma[" + a + "]", sigma[a]);
            }
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public double[] sigma() {
            return sigma.clone();
        }

        @Override
        public double[] cellAverages(GridND grid, FieldPotential potential, double kT) {
            checkDimension("initial.mean", mean.length, grid);
            InitialDensity[] axes = new InitialDensity[mean.length];
            for (int a = 0; a < mean.length; a++) {
                axes[a] = new InitialDensity.Gaussian(mean[a], sigma[a]);
            }
            return Product.of(axes).cellAverages(grid, potential, kT);
        }

        @Override
        public String label() {
            return "gaussian";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Gaussian gaussian && Arrays.equals(gaussian.mean, mean)
                && Arrays.equals(gaussian.sigma, sigma);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(mean) + Arrays.hashCode(sigma);
        }

        @Override
        public String toString() {
            return "Gaussian[mean=" + Arrays.toString(mean) + ", sigma="
                + Arrays.toString(sigma) + "]";
        }
    }

    /** The uniform density 1 / volume of the box. */
    record Uniform() implements InitialDensityND {

        @Override
        public double[] cellAverages(GridND grid, FieldPotential potential, double kT) {
            double[] density = new double[grid.size()];
            Arrays.fill(density, 1.0 / (grid.size() * grid.cellVolume()));
            return density;
        }

        @Override
        public String label() {
            return "uniform";
        }
    }

    /**
     * The discrete Boltzmann density P_k = exp(-V(x_k)/kT) / Z at the cell centres, exactly
     * stationary for the scheme when no axis absorbs and no periodic axis is tilted.
     */
    record Boltzmann() implements InitialDensityND {

        @Override
        public double[] cellAverages(GridND grid, FieldPotential potential, double kT) {
            double[] energy = new double[grid.size()];
            double[] point = new double[grid.dimension()];
            for (int cell = 0; cell < energy.length; cell++) {
                grid.centre(cell, point);
                energy[cell] = potential.value(point);
            }
            return Densities.normalise(Densities.boltzmannWeights(energy, kT),
                grid.cellVolume(), mass -> "Boltzmann density: mass " + mass
                    + " on the grid; expected a finite potential on the domain");
        }

        @Override
        public String label() {
            return "boltzmann";
        }
    }

    private static void checkDimension(String key, int given, GridND grid) {
        if (given != grid.dimension()) {
            throw Checks.refuse(key, given + " axes",
                grid.dimension() + " axes, one per axis of the domain (domain.dims)");
        }
    }
}
