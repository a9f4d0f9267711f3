/**
 * Potentials for the Fokker-Planck equation, in energy units (kT = gamma D): in 1D free,
 * linear, harmonic, double well, periodic (washboard) and tabulated; in 2D and 3D
 * ({@link org.fracdyn.solver.potential.FieldPotential}) separable sums of the 1D ones, the
 * radial harmonic trap and a tabulated field.
 */
package org.fracdyn.solver.potential;
