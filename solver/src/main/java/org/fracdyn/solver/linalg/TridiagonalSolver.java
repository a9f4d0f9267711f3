package org.fracdyn.solver.linalg;

/**
 * Solves A x = d for a tridiagonal matrix A by Gaussian elimination without pivoting (the
 * Thomas algorithm), in O(M) operations.
 *
 * <p>The matrix is given by three arrays of length M: {@code lower[i]} = A[i][i-1]
 * ({@code lower[0]} is ignored), {@code diag[i]} = A[i][i] and {@code upper[i]} = A[i][i+1]
 * ({@code upper[M-1]} is ignored). {@link #factor} eliminates once; {@link #solve} then costs
 * about 5 M flops per right-hand side, so a constant matrix is factored only once.
 * Without pivoting the elimination is stable for diagonally dominant matrices and
 * M-matrices, the only kind the solver assembles; a pivot that is zero relative to its row
 * raises {@link SingularSystemException}. For an M-matrix and a nonnegative right-hand side
 * every operation adds nonnegative terms, so the solution is nonnegative exactly.
 *
 * <p>Reference: L. H. Thomas (1949); G. H. Golub and C. F. Van Loan, Matrix Computations,
 * 4th ed. (2013), section 4.3. The workspace is owned by the instance: not thread-safe.
 */
public final class TridiagonalSolver {

    /** A pivot below this fraction of its row's scale counts as zero. */
    private static final double RELATIVE_PIVOT_FLOOR = 1e-14;

    private final int size;
    private final double[] lower;
    private final double[] reducedUpper;
    private final double[] inversePivot;
    private boolean factored;

    /**
     * @param size the order M &gt;= 1 of the systems
     * @throws IllegalArgumentException if M &lt; 1
     */
    public TridiagonalSolver(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size = " + size + ": expected >= 1");
        }
        this.size = size;
        this.lower = new double[size];
        this.reducedUpper = new double[size];
        this.inversePivot = new double[size];
    }

    /** @return the order M of the systems */
    public int size() {
        return size;
    }

    /**
     * Eliminates the matrix; the arrays are read, not kept.
     *
     * @param lowerBand A[i][i-1], length M
     * @param diagonal A[i][i], length M
     * @param upperBand A[i][i+1], length M
     * @throws SingularSystemException on a zero or non-finite pivot
     * @throws IllegalArgumentException on arrays of the wrong length
     */
    public void factor(double[] lowerBand, double[] diagonal, double[] upperBand) {
        checkLength("lower", lowerBand);
        checkLength("diagonal", diagonal);
        checkLength("upper", upperBand);
        factored = false;

        double carried = 0.0;
        for (int i = 0; i < size; i++) {
            double coupling = i == 0 ? 0.0 : lowerBand[i];
            double correction = coupling * carried;
            double pivot = diagonal[i] - correction;
            double scale = Math.abs(diagonal[i]) + Math.abs(correction);
            if (!(Math.abs(pivot) > RELATIVE_PIVOT_FLOOR * scale) || !Double.isFinite(pivot)) {
                throw new SingularSystemException(i, pivot);
            }
            lower[i] = coupling;
            inversePivot[i] = 1.0 / pivot;
            carried = i + 1 < size ? upperBand[i] * inversePivot[i] : 0.0;
            reducedUpper[i] = carried;
        }
        factored = true;
    }

    /**
     * Solves with the matrix last factored. {@code rhs} and {@code solution} may be the same
     * array.
     *
     * @param rhs the right-hand side d, length M (not modified unless it is the output)
     * @param solution the destination x, length M
     * @throws IllegalStateException if no matrix was factored
     */
    public void solve(double[] rhs, double[] solution) {
        if (!factored) {
            throw new IllegalStateException("solve called before a successful factor");
        }
        checkLength("rhs", rhs);
        checkLength("solution", solution);

        double previous = 0.0;
        for (int i = 0; i < size; i++) {
            previous = (rhs[i] - lower[i] * previous) * inversePivot[i];
            solution[i] = previous;
        }

        for (int i = size - 2; i >= 0; i--) {
            solution[i] -= reducedUpper[i] * solution[i + 1];
        }
    }

    private void checkLength(String name, double[] array) {
        if (array.length != size) {
            throw new IllegalArgumentException(
                name + ".length = " + array.length + ": expected " + size);
        }
    }
}
