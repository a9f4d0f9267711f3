/**
 * The time loop: {@link org.fracdyn.solver.solve.FokkerPlanckSolver} (1D) and
 * {@link org.fracdyn.solver.solve.FokkerPlanckSolverND} (2D, 3D) turn a problem and an
 * output request into a solution, reporting progress to a
 * {@link org.fracdyn.solver.solve.ProgressListener}, after the
 * {@link org.fracdyn.solver.solve.MemoryEstimate} guard has checked that the run fits.
 */
package org.fracdyn.solver.solve;
