package org.fracdyn.solver.solve;

/**
 * How {@link FokkerPlanckSolverND} solves the implicit system (w_n I - theta_n L) P^n = r^n
 * of each step. See docs/solver.md, "2D and 3D: the linear solve", for the measurements
 * behind {@link #AUTO}.
 */
public enum LinearSolveMethod {

    /**
     * {@link #DIRECT} in one dimension (the factor is tridiagonal), in two dimensions on a
     * uniform time mesh (w_n constant: one factorisation serves every step, and a 2D
     * nested-dissection solve costs a fraction of the iterations), and whenever L has no
     * detailed balance (a tilted periodic axis); {@link #CONJUGATE_GRADIENT} otherwise: on
     * 2D graded meshes, where w_n changes every step and refactorising costs more than
     * iterating, and in three dimensions, where the factorisation costs O(M^2) and the
     * systems are well conditioned at the usual step sizes. The default.
     */
    AUTO,

    /**
     * A sparse direct solve (EJML): Cholesky of the symmetrised matrix when L satisfies
     * detailed balance, else LU of A itself, both in the nested-dissection ordering. The
     * factor is reused while w_n and theta_n stay the same (every step of a uniform mesh);
     * when they change the matrix is factorised again, reusing the symbolic analysis. Mass is
     * conserved to round-off.
     */
    DIRECT,

    /**
     * Conjugate gradients with the Jacobi preconditioner on the symmetrised system, started
     * from P^{n-1}, to a relative residual of 1e-13 (the mass is conserved to about that per
     * step). Needs detailed balance: a tilted periodic axis is refused. Little memory and no
     * set-up.
     */
    CONJUGATE_GRADIENT
}
