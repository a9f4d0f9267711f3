package org.fracdyn.solver.problem;

/**
 * A source term f(x, t) added to the right-hand side of the Fokker-Planck equation,
 * <pre>
 *   C_D_t^alpha P = d/dx ( D dP/dx + (1/gamma) P dV/dx ) + f(x, t),
 * </pre>
 * in units of density / time^alpha. Its main use is the method of manufactured solutions.
 * The solver evaluates it at the cell centres x_i and at the scheme's evaluation time t*_n
 * of each step (t_n for L1); it is taken as the cell average there.
 */
@FunctionalInterface
public interface Source {

    /**
     * @param x a cell centre
     * @param t the evaluation time
     * @return f(x, t)
     */
    double value(double x, double t);
}
