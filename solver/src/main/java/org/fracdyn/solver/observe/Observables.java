package org.fracdyn.solver.observe;

import org.fracdyn.solver.mesh.Grid1D;

/**
 * Computes {@link Moments} of cell averages P_i on a uniform grid, by the midpoint rule:
 * <pre>
 *   mass     = sum_i P_i h
 *   mean     = sum_i x_i P_i h / mass
 *   variance = sum_i (x_i - mean)^2 P_i h / mass
 *   msd      = sum_i (x_i - m0)^2 P_i h / mass - v0      (m0, v0: initial mean and variance)
 *   entropy  = -sum_i P_i ln P_i h                        (0 ln 0 = 0)
 *   F        = sum_i P_i V_i h + kT sum_i P_i ln P_i h
 * </pre>
 * The mean, variance and msd are those of the probability still in the domain (normalised by
 * the mass), which matters for absorbing boundaries.
 *
 * <p>On a periodic domain (a ring) the density alone does not know how often probability has
 * gone round. {@link #measureOnRing} takes the winding moment w(t), the first moment carried
 * through the wrap face (tracked by the solver from the discrete flux), and reports the
 * unwrapped mean (sum_i x_i P_i h + w) / mass, so a tilt shows as a drift; the unwrapped
 * variance and msd would need the whole winding distribution and are reported as NaN.
 * Immutable.
 */
public final class Observables {

    private final double[] centres;
    private final double[] potential;
    private final double width;
    private final double temperature;
    private final double initialMean;
    private final double initialVariance;

    /**
     * @param grid the grid
     * @param potentialAtCentres V_i at the cell centres (copied)
     * @param temperature kT
     * @param initial the initial density, which fixes m0 and v0
     */
    public Observables(Grid1D grid, double[] potentialAtCentres, double temperature,
                       double[] initial) {
        this.centres = grid.centres();
        this.potential = potentialAtCentres.clone();
        this.width = grid.width();
        this.temperature = temperature;

        double mass = 0.0;
        double first = 0.0;
        for (int i = 0; i < centres.length; i++) {
            mass += initial[i];
            first += centres[i] * initial[i];
        }
        double mean = first / mass;
        double second = 0.0;
        for (int i = 0; i < centres.length; i++) {
            double offset = centres[i] - mean;
            second += offset * offset * initial[i];
        }
        this.initialMean = mean;
        this.initialVariance = second / mass;
    }

    /** @return the initial mean m0 */
    public double initialMean() {
        return initialMean;
    }

    /** @return the initial variance v0 */
    public double initialVariance() {
        return initialVariance;
    }

    /**
     * The moments on a ring: the unwrapped mean, and NaN for the variance and the msd.
     *
     * @param step the time level n
     * @param time t_n
     * @param density the cell averages P_i
     * @param winding the first moment carried through the wrap face since t = 0
     * @return the moments
     */
    public Moments measureOnRing(int step, double time, double[] density, double winding) {
        Moments wrapped = measure(step, time, density);
        return new Moments(step, time, wrapped.mass(), wrapped.mean() + winding / wrapped.mass(),
            Double.NaN, Double.NaN, wrapped.entropy(), wrapped.freeEnergy());
    }

    /**
     * @param step the time level n
     * @param time t_n
     * @param density the cell averages P_i
     * @return the moments; the mean, variance and msd are NaN when the mass is 0
     */
    public Moments measure(int step, double time, double[] density) {
        double total = 0.0;
        double first = 0.0;
        double energy = 0.0;
        double plogp = 0.0;
        for (int i = 0; i < centres.length; i++) {
            double p = density[i];
            total += p;
            first += centres[i] * p;
            energy += potential[i] * p;
            if (p > 0) {
                plogp += p * Math.log(p);
            }
        }
        double mean = first / total;

        double central = 0.0;
        double fromStart = 0.0;
        for (int i = 0; i < centres.length; i++) {
            double offset = centres[i] - mean;
            double displacement = centres[i] - initialMean;
            central += offset * offset * density[i];
            fromStart += displacement * displacement * density[i];
        }

        double mass = total * width;
        return new Moments(step, time, mass, mean, central / total,
            fromStart / total - initialVariance, -plogp * width,
            (energy + temperature * plogp) * width);
    }
}
