/**
 * The time-fractional Fokker-Planck solver.
 *
 * <p>The equation, in d = 1, 2 or 3 dimensions, for a density P(x, t):
 * <pre>
 *   C_D_t^alpha P = div( D grad P + (1/gamma) P grad V ),   0 &lt; alpha &lt;= 1,
 * </pre>
 * with the Caputo derivative of order alpha, the generalised diffusion coefficient D
 * (length^2 / time^alpha), the friction gamma and the potential V; kT = gamma D.
 */
package org.fracdyn.solver;
