/**
 * The description of a run: the immutable {@link org.fracdyn.solver.problem.FokkerPlanckProblem}
 * with its initial density and optional source, and the shared wording of input refusals.
 */
package org.fracdyn.solver.problem;
