package org.fracdyn.solver.observe;

import java.util.Arrays;

/**
 * The observables of a d-dimensional density at one time (see {@link ObservablesND} for the
 * definitions). Immutable.
 *
 * @param step the time level n
 * @param time t_n
 * @param mass sum_k P_k dV (dV = h_1 ... h_d)
 * @param mean the mean position along each axis of the surviving probability (copied)
 * @param variance the trace of the covariance matrix: sum over axes of the variance along
 *     each axis
 * @param msd the mean squared displacement |x - m0|^2 from the initial mean, minus the
 *     initial variance trace (so 0 at t = 0, and 2 d D t^alpha / Gamma(1 + alpha) for free
 *     subdiffusion)
 * @param entropy -sum P_k ln P_k dV (nats)
 * @param freeEnergy F = sum P_k V_k dV + kT sum P_k ln P_k dV
 */
public record MomentsND(int step, double time, double mass, double[] mean, double variance,
                        double msd, double entropy, double freeEnergy) {

    /** Copies the mean. */
    public MomentsND {
        mean = mean.clone();
    }

    /** @return a copy of the mean per axis */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /**
     * @param axis the axis a
     * @return the mean along axis a (mean_x, mean_y, mean_z for a = 0, 1, 2)
     */
    public double mean(int axis) {
        return mean[axis];
    }

    /** @return the dimension d */
    public int dimension() {
        return mean.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MomentsND row && row.step == step
            && Double.compare(row.time, time) == 0 && Double.compare(row.mass, mass) == 0
            && Arrays.equals(row.mean, mean) && Double.compare(row.variance, variance) == 0
            && Double.compare(row.msd, msd) == 0 && Double.compare(row.entropy, entropy) == 0
            && Double.compare(row.freeEnergy, freeEnergy) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {step, time, mass, variance, msd, entropy,
            freeEnergy}) * 31 + Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        return "MomentsND[step=" + step + ", time=" + time + ", mass=" + mass + ", mean="
            + Arrays.toString(mean) + ", variance=" + variance + ", msd=" + msd + ", entropy="
            + entropy + ", freeEnergy=" + freeEnergy + "]";
    }
}
