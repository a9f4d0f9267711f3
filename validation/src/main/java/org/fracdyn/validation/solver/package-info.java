/**
 * Checks of the solver against exact results (free subdiffusion in 1, 2 and 3 dimensions, the
 * fractional Ornstein-Uhlenbeck moments, the Boltzmann state, mass conservation, alpha = 1,
 * the M-Wright Green's function) and of its convergence orders on manufactured solutions.
 */
package org.fracdyn.validation.solver;
