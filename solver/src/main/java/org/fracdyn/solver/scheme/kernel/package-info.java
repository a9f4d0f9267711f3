/**
 * Approximations of the Caputo kernel t^(-alpha) used by the fast history of the schemes in
 * {@code org.fracdyn.solver.scheme}: sums of exponentials with a guaranteed relative error on
 * an interval [delta, T].
 */
package org.fracdyn.solver.scheme.kernel;
