package org.fracdyn.solver.problem;

import java.util.function.DoubleFunction;

/**
 * The steps that the one- and d-dimensional initial densities ({@link InitialDensity},
 * {@link InitialDensityND}) share: the Boltzmann weights exp(-(V_k - min V)/kT) at the cell
 * centres, and the normalisation of cell values to mass sum_k P_k |cell| = 1.
 */
final class Densities {

    private Densities() {
    }

    /**
     * @param energy the potential V_k at the cell centres (energy units)
     * @param kT the temperature gamma D &gt; 0
     * @return the unnormalised weights exp(-(V_k - min V)/kT), of largest value 1 (shifting
     *     by the lowest energy keeps them from underflowing together)
     */
    static double[] boltzmannWeights(double[] energy, double kT) {
        double lowest = Double.POSITIVE_INFINITY;
        for (double value : energy) {
            lowest = Math.min(lowest, value);
        }

        double[] weights = new double[energy.length];
        for (int k = 0; k < energy.length; k++) {
            weights[k] = Math.exp(-(energy[k] - lowest) / kT);
        }
        return weights;
    }

    /**
     * Divides the cell values by their mass sum_k P_k |cell|, in place.
     *
     * @param density the cell values, nonnegative
     * @param cellSize the length, area or volume of a cell
     * @param whenEmpty the message, given the mass, when the mass is not finite and &gt; 0
     * @return the density, now of mass 1
     * @throws IllegalArgumentException when the mass is not finite and &gt; 0
     */
    static double[] normalise(double[] density, double cellSize,
                              DoubleFunction<String> whenEmpty) {
        double mass = 0.0;
        for (double value : density) {
            mass += value;
        }
        mass *= cellSize;
        if (!(mass > 0) || !Double.isFinite(mass)) {
            throw new IllegalArgumentException(whenEmpty.apply(mass));
        }

        for (int k = 0; k < density.length; k++) {
            density[k] /= mass;
        }
        return density;
    }
}
