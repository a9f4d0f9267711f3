package org.fracdyn.io.problem;

import org.fracdyn.solver.boundary.Boundary;

/**
 * The space domain of a problem: the interval [min, max] cut into {@code cells} cells of
 * width h = (max - min) / cells, with one boundary condition at both ends.
 *
 * @param dims the number of space dimensions; only 1 for now (2 and 3 are reserved)
 * @param min the left end, in the length unit of the problem
 * @param max the right end, &gt; min
 * @param cells the number of cells, 3 &lt;= cells &lt;= {@link #MAX_CELLS}
 * @param boundary the boundary condition
 */
public record DomainSpec(int dims, double min, double max, int cells, Boundary boundary) {

    /** The largest number of cells accepted in one dimension (80 MB per density array). */
    public static final int MAX_CELLS = 10_000_000;

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public DomainSpec {
        if (dims != 1) {
            throw new IllegalArgumentException("domain.dims = " + dims
                + ": expected 1 (2 and 3 dimensions are not supported yet)");
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && max > min)) {
            throw new IllegalArgumentException("domain = [" + min + ", " + max
                + "]: expected finite min < max");
        }
        if (cells < 3 || cells > MAX_CELLS) {
            throw new IllegalArgumentException("domain.cells = " + cells
                + ": expected an integer in [3, " + MAX_CELLS + "]");
        }
        if (boundary == null) {
            throw new IllegalArgumentException("domain.boundary = null: expected one of "
                + ProblemFiles.boundaryLabels());
        }
    }

    /** @return the cell width h = (max - min) / cells */
    public double spacing() {
        return (max - min) / cells;
    }

    /** @return the length max - min */
    public double length() {
        return max - min;
    }
}
