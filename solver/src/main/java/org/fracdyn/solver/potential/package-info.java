/**
 * Potentials V(x) for the Fokker-Planck equation, in energy units (kT = gamma D): free,
 * linear, harmonic, double well, periodic (washboard) and tabulated.
 */
package org.fracdyn.solver.potential;
