package org.fracdyn.solver.linalg;

import java.util.Arrays;

/**
 * The preconditioned conjugate-gradient method for a symmetric positive definite system
 * A x = b, with the Jacobi (diagonal) preconditioner (M. R. Hestenes and E. Stiefel, J. Res.
 * Nat. Bur. Standards 49 (1952) 409-436, doi 10.6028/jres.049.044). It stops when the
 * residual satisfies ||b - A x||_2 &lt;= tolerance ||b||_2. The iterate passed in is the start
 * (a warm start: in a time loop, the previous solution). The work arrays are allocated once
 * and reused; not thread-safe.
 */
public final class ConjugateGradient {

    /** A symmetric positive definite matrix, applied to a vector. */
    @FunctionalInterface
    public interface SymmetricOperator {

        /**
         * @param x the vector
         * @param out A x, a different array of the same length
         */
        void apply(double[] x, double[] out);
    }

    private final double[] residual;
    private final double[] preconditioned;
    private final double[] direction;
    private final double[] product;

    /** @param size the number of unknowns */
    public ConjugateGradient(int size) {
        this.residual = new double[size];
        this.preconditioned = new double[size];
        this.direction = new double[size];
        this.product = new double[size];
    }

    /**
     * Solves A x = b in place.
     *
     * @param matrix A, symmetric positive definite
     * @param diagonal the diagonal of A (the preconditioner), positive
     * @param b the right-hand side
     * @param x on entry the start, on exit the solution
     * @param tolerance the relative residual to reach, &gt; 0
     * @param maxIterations the most iterations
     * @return the iterations used, or -1 if the tolerance was not reached within
     *     maxIterations or a search direction had no positive curvature (A not positive
     *     definite); x then holds the last iterate
     */
    public int solve(SymmetricOperator matrix, double[] diagonal, double[] b, double[] x,
                     double tolerance, int maxIterations) {
        int n = b.length;
        double normB = Math.sqrt(dot(b, b));
        if (normB == 0) {
            Arrays.fill(x, 0.0);
            return 0;
        }
        double target = tolerance * normB;

        matrix.apply(x, product);
        for (int i = 0; i < n; i++) {
            residual[i] = b[i] - product[i];
            preconditioned[i] = residual[i] / diagonal[i];
            direction[i] = preconditioned[i];
        }
        double rz = dot(residual, preconditioned);

        for (int iteration = 0; iteration < maxIterations; iteration++) {
            if (Math.sqrt(dot(residual, residual)) <= target) {
                return iteration;
            }
            matrix.apply(direction, product);
            double curvature = dot(direction, product);
            if (!(curvature > 0)) {
                return -1;
            }
            double step = rz / curvature;
            for (int i = 0; i < n; i++) {
                x[i] += step * direction[i];
                residual[i] -= step * product[i];
                preconditioned[i] = residual[i] / diagonal[i];
            }
            double next = dot(residual, preconditioned);
            double beta = next / rz;
            rz = next;
            for (int i = 0; i < n; i++) {
                direction[i] = preconditioned[i] + beta * direction[i];
            }
        }
        return Math.sqrt(dot(residual, residual)) <= target ? maxIterations : -1;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }
}
