/**
 * The time loop: {@link org.fracdyn.solver.solve.FokkerPlanckSolver} turns a problem and an
 * output request into a {@link org.fracdyn.solver.solve.Solution}, reporting progress to a
 * {@link org.fracdyn.solver.solve.ProgressListener}.
 */
package org.fracdyn.solver.solve;
