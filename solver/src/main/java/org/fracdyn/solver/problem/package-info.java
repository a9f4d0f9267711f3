/**
 * The description of a run: the immutable {@link org.fracdyn.solver.problem.FokkerPlanckProblem}
 * (1D, with its initial density and optional source) and
 * {@link org.fracdyn.solver.problem.FokkerPlanckProblemND} (1D to 3D), and the shared wording
 * of input refusals.
 */
package org.fracdyn.solver.problem;
