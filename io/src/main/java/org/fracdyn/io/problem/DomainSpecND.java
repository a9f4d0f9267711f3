package org.fracdyn.io.problem;

import java.util.Arrays;
import java.util.List;

import org.fracdyn.solver.boundary.Boundary;

/**
 * The space domain of a two- or three-dimensional problem: the box
 * [min_1, max_1] x ... x [min_d, max_d], axis a cut into {@code cells[a]} cells of width
 * h_a = (max_a - min_a) / cells_a, with one boundary condition per axis (at both of its
 * walls). Immutable: arrays are copied in and out.
 *
 * @param dims the number of space dimensions d, 2 or 3
 * @param min the lower corner, d finite numbers, in the length unit of the problem
 * @param max the upper corner, max_a &gt; min_a
 * @param cells the cells per axis, each in [3, {@link #MAX_CELLS_PER_AXIS}], their product
 *     at most {@link #MAX_CELLS}
 * @param boundaries the boundary condition of each axis, d of them
 */
public record DomainSpecND(int dims, double[] min, double[] max, int[] cells,
                           List<Boundary> boundaries) {

    /** The most cells along one axis. */
    public static final int MAX_CELLS_PER_AXIS = 100_000;

    /** The most cells in all, as in one dimension (80 MB per density array). */
    public static final int MAX_CELLS = DomainSpec.MAX_CELLS;

    /** The names of the axes, in the order of the arrays. */
    public static final List<String> AXIS_NAMES = List.of("x", "y", "z");

    /**
     * @throws IllegalArgumentException if a value is out of range or the lengths differ
     */
    public DomainSpecND {
        if (dims < 2 || dims > 3) {
            throw new IllegalArgumentException("domain.dims = " + dims + ": expected 2 or 3 "
                + "(1 is the one-dimensional DomainSpec)");
        }
        min = min.clone();
        max = max.clone();
        cells = cells.clone();
        boundaries = List.copyOf(boundaries);
        if (min.length != dims || max.length != dims || cells.length != dims
                || boundaries.size() != dims) {
            throw new IllegalArgumentException("domain: min " + Arrays.toString(min) + ", max "
                + Arrays.toString(max) + ", cells " + Arrays.toString(cells) + ", boundaries "
                + boundaries + ": expected " + dims + " of each (domain.dims)");
        }
        long total = 1;
        for (int a = 0; a < dims; a++) {
            if (!(Double.isFinite(min[a]) && Double.isFinite(max[a]) && max[a] > min[a])) {
                throw new IllegalArgumentException("domain along " + AXIS_NAMES.get(a) + " = ["
                    + min[a] + ", " + max[a] + "]: expected finite min < max");
            }
            if (cells[a] < 3 || cells[a] > MAX_CELLS_PER_AXIS) {
                throw new IllegalArgumentException("domain.cells[" + a + "] = " + cells[a]
                    + ": expected an integer in [3, " + MAX_CELLS_PER_AXIS + "]");
            }
            total *= cells[a];
        }
        if (total > MAX_CELLS) {
            throw new IllegalArgumentException("domain.cells = " + Arrays.toString(cells)
                + ": " + total + " cells: expected at most " + MAX_CELLS + " in all");
        }
    }

    /** @return the total number of cells, the product of {@link #cells()} */
    public int totalCells() {
        int total = 1;
        for (int m : cells) {
            total *= m;
        }
        return total;
    }

    /**
     * @param a the axis, 0 &lt;= a &lt; dims
     * @return the one-dimensional domain of that axis, with its boundary
     */
    public DomainSpec axis(int a) {
        return new DomainSpec(1, min[a], max[a], cells[a], boundaries.get(a));
    }

    @Override
    public double[] min() {
        return min.clone();
    }

    @Override
    public double[] max() {
        return max.clone();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DomainSpecND that && dims == that.dims
            && Arrays.equals(min, that.min) && Arrays.equals(max, that.max)
            && Arrays.equals(cells, that.cells) && boundaries.equals(that.boundaries);
    }

    @Override
    public int hashCode() {
        return ((31 * Arrays.hashCode(min) + Arrays.hashCode(max)) * 31
            + Arrays.hashCode(cells)) * 31 + boundaries.hashCode();
    }

    @Override
    public String toString() {
        return "DomainSpecND[dims=" + dims + ", min=" + Arrays.toString(min) + ", max="
            + Arrays.toString(max) + ", cells=" + Arrays.toString(cells) + ", boundaries="
            + boundaries + "]";
    }
}
