package org.fracdyn.solver.observe;

import org.fracdyn.solver.mesh.GridND;

/**
 * Computes {@link MomentsND} of cell averages P_k on a d-dimensional uniform grid by the
 * midpoint rule, with dV = h_1 ... h_d and x_{k,a} the centre coordinate of cell k along
 * axis a:
 * <pre>
 *   mass     = sum_k P_k dV
 *   mean_a   = sum_k x_{k,a} P_k dV / mass
 *   variance = sum_a sum_k (x_{k,a} - mean_a)^2 P_k dV / mass          (trace)
 *   msd      = sum_a sum_k (x_{k,a} - m0_a)^2 P_k dV / mass - v0       (m0, v0 at t = 0)
 *   entropy  = -sum_k P_k ln P_k dV,     F = sum_k P_k V_k dV + kT sum_k P_k ln P_k dV
 * </pre>
 * As in one dimension ({@link Observables}) the means and spreads are those of the surviving
 * probability, and periodic axes are not unwrapped. Immutable.
 */
public final class ObservablesND {

    private final GridND grid;
    private final double[][] centres;
    private final double[] potential;
    private final double volume;
    private final double temperature;
    private final double[] initialMean;
    private final double initialVariance;

    /**
     * @param grid the grid
     * @param potentialAtCentres V_k at the cell centres (copied)
     * @param temperature kT
     * @param initial the initial density, which fixes m0 and v0
     */
    public ObservablesND(GridND grid, double[] potentialAtCentres, double temperature,
                         double[] initial) {
        this.grid = grid;
        this.centres = new double[grid.dimension()][];
        for (int a = 0; a < centres.length; a++) {
            centres[a] = grid.axis(a).centres();
        }
        this.potential = potentialAtCentres.clone();
        this.volume = grid.cellVolume();
        this.temperature = temperature;

        double[] sums = axisSums(initial, new double[centres.length]);
        double total = 0;
        for (double p : initial) {
            total += p;
        }
        this.initialMean = new double[centres.length];
        for (int a = 0; a < centres.length; a++) {
            initialMean[a] = sums[a] / total;
        }
        this.initialVariance = spreadAbout(initial, initialMean) / total;
    }

    /** @return a copy of the initial mean m0 */
    public double[] initialMean() {
        return initialMean.clone();
    }

    /** @return the initial variance trace v0 */
    public double initialVariance() {
        return initialVariance;
    }

    /**
     * @param step the time level n
     * @param time t_n
     * @param density the cell averages P_k, row-major
     * @return the moments; means, variance and msd are NaN when the mass is 0
     */
    public MomentsND measure(int step, double time, double[] density) {
        double total = 0;
        double energy = 0;
        double plogp = 0;
        for (int k = 0; k < density.length; k++) {
            double p = density[k];
            total += p;
            energy += potential[k] * p;
            if (p > 0) {
                plogp += p * Math.log(p);
            }
        }
        double[] mean = axisSums(density, new double[centres.length]);
        for (int a = 0; a < mean.length; a++) {
            mean[a] /= total;
        }
        double variance = spreadAbout(density, mean) / total;
        double msd = spreadAbout(density, initialMean) / total - initialVariance;
        return new MomentsND(step, time, total * volume, mean, variance, msd,
            -plogp * volume, (energy + temperature * plogp) * volume);
    }

    private double[] axisSums(double[] density, double[] out) {
        for (int k = 0; k < density.length; k++) {
            for (int a = 0; a < out.length; a++) {
                out[a] += centres[a][grid.indexAlong(k, a)] * density[k];
            }
        }
        return out;
    }

    private double spreadAbout(double[] density, double[] about) {
        double sum = 0;
        for (int k = 0; k < density.length; k++) {
            double squared = 0;
            for (int a = 0; a < about.length; a++) {
                double offset = centres[a][grid.indexAlong(k, a)] - about[a];
                squared += offset * offset;
            }
            sum += squared * density[k];
        }
        return sum;
    }
}
