package org.fracdyn.solver.linalg;

import java.util.Arrays;

/**
 * Solves A x = d for a cyclic tridiagonal matrix, the tridiagonal band plus the two corners
 * A[0][M-1] = {@code lower[0]} and A[M-1][0] = {@code upper[M-1]}, as arise from periodic
 * boundaries. The corners are a rank-one correction u v^T of a tridiagonal matrix T, removed
 * with the Sherman-Morrison formula
 * <pre>
 *   x = y - (v.y / (1 + v.z)) z,     T y = d,   T z = u,
 * </pre>
 * in O(M) operations. {@link #factor} eliminates T and solves for z once; {@link #solve}
 * costs one tridiagonal solve per right-hand side.
 *
 * <p>Reference: J. Sherman and W. J. Morrison, Ann. Math. Statist. 21 (1950) 124-127,
 * doi 10.1214/aoms/1177729893; the splitting with u = (g, 0, ..., 0, A[M-1][0]),
 * v = (1, 0, ..., 0, A[0][M-1] / g), g = -A[0][0], as in W. H. Press et al., Numerical
 * Recipes, 3rd ed. (2007), section 2.7.2. Requires M &gt;= 3. Not thread-safe.
 */
public final class CyclicTridiagonalSolver {

    private final int size;
    private final TridiagonalSolver band;
    private final double[] modifiedDiagonal;
    private final double[] correction;
    private final double[] work;
    private double topRight;
    private double shift;
    private double denominator;
    private boolean factored;

    /**
     * @param size the order M &gt;= 3 of the systems
     * @throws IllegalArgumentException if M &lt; 3
     */
    public CyclicTridiagonalSolver(int size) {
        if (size < 3) {
            throw new IllegalArgumentException(
                "size = " + size + ": expected >= 3 for a cyclic system");
        }
        this.size = size;
        this.band = new TridiagonalSolver(size);
        this.modifiedDiagonal = new double[size];
        this.correction = new double[size];
        this.work = new double[size];
    }

    /** @return the order M of the systems */
    public int size() {
        return size;
    }

    /**
     * Eliminates the matrix; the arrays are read, not kept.
     *
     * @param lowerBand A[i][i-1], with {@code lowerBand[0]} = A[0][M-1]
     * @param diagonal A[i][i]
     * @param upperBand A[i][i+1], with {@code upperBand[M-1]} = A[M-1][0]
     * @throws SingularSystemException on a zero pivot or a singular rank-one correction
     */
    public void factor(double[] lowerBand, double[] diagonal, double[] upperBand) {
        factored = false;
        topRight = lowerBand[0];
        double bottomLeft = upperBand[size - 1];
        shift = -diagonal[0];
        if (shift == 0.0 || !Double.isFinite(shift)) {
            throw new SingularSystemException(0, diagonal[0]);
        }

        System.arraycopy(diagonal, 0, modifiedDiagonal, 0, size);
        modifiedDiagonal[0] -= shift;
        modifiedDiagonal[size - 1] -= bottomLeft * topRight / shift;
        band.factor(lowerBand, modifiedDiagonal, upperBand);

        Arrays.fill(work, 0.0);
        work[0] = shift;
        work[size - 1] = bottomLeft;
        band.solve(work, correction);

        denominator = 1.0 + correction[0] + topRight * correction[size - 1] / shift;
        if (denominator == 0.0 || !Double.isFinite(denominator)) {
            throw new SingularSystemException(size - 1, denominator);
        }
        factored = true;
    }

    /**
     * Solves with the matrix last factored. {@code rhs} and {@code solution} may be the same
     * array.
     *
     * @param rhs the right-hand side, length M
     * @param solution the destination, length M
     * @throws IllegalStateException if no matrix was factored
     */
    public void solve(double[] rhs, double[] solution) {
        if (!factored) {
            throw new IllegalStateException("solve called before a successful factor");
        }
        band.solve(rhs, solution);

        double factor = (solution[0] + topRight * solution[size - 1] / shift) / denominator;
        for (int i = 0; i < size; i++) {
            solution[i] -= factor * correction[i];
        }
    }
}
