package org.fracdyn.solver.observe;

/**
 * The observables of a density P on the grid at one time (see {@link Observables} for the
 * definitions).
 *
 * @param step the time level n
 * @param time t_n
 * @param mass sum_i P_i h
 * @param mean the mean position of the surviving probability, sum x_i P_i h / mass
 * @param variance sum (x_i - mean)^2 P_i h / mass
 * @param msd the mean squared displacement from the start: the second moment about the
 *     initial mean, minus the initial variance (so 0 at t = 0, and 2 D t^alpha /
 *     Gamma(1 + alpha) for free subdiffusion from any start)
 * @param entropy the Shannon entropy -sum P_i ln P_i h (nats; of the density, not
 *     renormalised)
 * @param freeEnergy F = sum P_i V_i h + kT sum P_i ln P_i h (energy)
 */
public record Moments(int step, double time, double mass, double mean, double variance,
                      double msd, double entropy, double freeEnergy) {
}
