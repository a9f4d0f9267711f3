/**
 * Special functions of fractional calculus: the Mittag-Leffler function
 * E_{alpha,beta}(z) and the M-Wright (Mainardi) function M_nu(z), with the free
 * subdiffusion Green's function built on the latter.
 *
 * <p>All functions are static, take real arguments in double precision and refuse arguments
 * outside their stated ranges with an {@link java.lang.IllegalArgumentException} naming the
 * argument, its value and the allowed range.
 */
package org.fracdyn.solver.special;
