package org.fracdyn.solver.linalg;

/**
 * Thrown when a tridiagonal elimination meets a zero (or non-finite) pivot. The matrices the
 * Fokker-Planck solver assembles are M-matrices and never do; this signals bad input such as
 * a non-finite potential or coefficient.
 */
public final class SingularSystemException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int row;

    /**
     * @param row the row whose pivot vanished
     * @param pivot the pivot value found
     */
    public SingularSystemException(int row, double pivot) {
        super("tridiagonal elimination: pivot " + pivot + " at row " + row
            + " is zero or not finite");
        this.row = row;
    }

    /** @return the row whose pivot vanished */
    public int row() {
        return row;
    }
}
