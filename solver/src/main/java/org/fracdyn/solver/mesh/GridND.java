package org.fracdyn.solver.mesh;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.problem.Checks;

/**
 * A uniform finite-volume grid on a box [min_1, max_1] x ... x [min_d, max_d] in d = 1, 2 or
 * 3 dimensions: along axis a, M_a cells of width h_a (a {@link Grid1D}), each axis with its
 * own boundary condition. A cell is named by its multi-index (i_1, ..., i_d) or by its flat
 * row-major index (the last axis varies fastest),
 * <pre>
 *   k = ((i_1 M_2) + i_2) M_3 + i_3,     stride_a = M_{a+1} ... M_d,
 * </pre>
 * which is also the order of the density arrays and of {@code .npy} profiles (C order).
 * The cell volume is h_1 ... h_d.
 *
 * <p>Immutable.
 */
public final class GridND {

    /** The largest number of cells: the flat index and the Java arrays are int-indexed. */
    public static final long MAX_CELLS = Integer.MAX_VALUE - 16;

    private final Grid1D[] axes;
    private final Boundary[] boundaries;
    private final int[] strides;
    private final int size;

    /**
     * @param axes the grid of each axis, 1 to 3 of them
     * @param boundaries the boundary condition of each axis, as many as axes
     * @throws IllegalArgumentException if the counts are wrong or the cell count exceeds
     *     {@link #MAX_CELLS}
     */
    public GridND(List<Grid1D> axes, List<Boundary> boundaries) {
        if (axes.isEmpty() || axes.size() > 3) {
            throw Checks.refuse("domain.dims", axes.size(), "1, 2 or 3");
        }
        if (boundaries.size() != axes.size()) {
            throw Checks.refuse("domain.boundary", boundaries.size() + " boundaries",
                "one per axis (" + axes.size() + ")");
        }
        this.axes = axes.stream().map(Objects::requireNonNull).toArray(Grid1D[]::new);
        this.boundaries = boundaries.stream().map(Objects::requireNonNull)
            .toArray(Boundary[]::new);

        long cells = 1;
        for (Grid1D axis : this.axes) {
            cells *= axis.cells();
            if (cells > MAX_CELLS) {
                throw Checks.refuse("domain.cells", Arrays.toString(cellsOf(this.axes)),
                    "at most " + MAX_CELLS + " cells in all (one density array alone would "
                        + "need " + 8 * cellsProduct(this.axes) + " bytes)");
            }
        }
        this.size = (int) cells;
        this.strides = new int[this.axes.length];
        int stride = 1;
        for (int a = this.axes.length - 1; a >= 0; a--) {
            strides[a] = stride;
            stride *= this.axes[a].cells();
        }
    }

    /**
     * A grid with the same boundary on every axis.
     *
     * @param min the lower corner, one entry per axis
     * @param max the upper corner
     * @param cells the cells per axis, each &gt;= 3
     * @param boundary the boundary of every axis
     * @return the grid
     * @throws IllegalArgumentException if the arrays differ in length or an entry is bad
     */
    public static GridND of(double[] min, double[] max, int[] cells, Boundary boundary) {
        if (max.length != min.length || cells.length != min.length) {
            throw Checks.refuse("domain", "min " + Arrays.toString(min) + ", max "
                + Arrays.toString(max) + ", cells " + Arrays.toString(cells),
                "domain.min, domain.max and domain.cells of the same length (domain.dims)");
        }
        Grid1D[] axes = new Grid1D[min.length];
        Boundary[] boundaries = new Boundary[min.length];
        for (int a = 0; a < min.length; a++) {
            axes[a] = new Grid1D(min[a], max[a], cells[a]);
            boundaries[a] = boundary;
        }
        return new GridND(List.of(axes), List.of(boundaries));
    }

    private static int[] cellsOf(Grid1D[] axes) {
        return Arrays.stream(axes).mapToInt(Grid1D::cells).toArray();
    }

    private static double cellsProduct(Grid1D[] axes) {
        double product = 1;
        for (Grid1D axis : axes) {
            product *= axis.cells();
        }
        return product;
    }

    /** @return the dimension d */
    public int dimension() {
        return axes.length;
    }

    /**
     * @param a the axis, 0 &lt;= a &lt; d
     * @return the grid along that axis
     */
    public Grid1D axis(int a) {
        return axes[a];
    }

    /**
     * @param a the axis, 0 &lt;= a &lt; d
     * @return the boundary condition of that axis (both of its walls)
     */
    public Boundary boundary(int a) {
        return boundaries[a];
    }

    /** @return the total number of cells M = M_1 ... M_d */
    public int size() {
        return size;
    }

    /** @return a new array of the cells per axis (M_1, ..., M_d), the shape of a profile */
    public int[] shape() {
        return cellsOf(axes);
    }

    /**
     * @param a the axis
     * @return the flat-index distance between neighbours along axis a
     */
    public int stride(int a) {
        return strides[a];
    }

    /** @return the cell volume h_1 ... h_d */
    public double cellVolume() {
        double volume = 1;
        for (Grid1D axis : axes) {
            volume *= axis.width();
        }
        return volume;
    }

    /**
     * @param cell a flat index, 0 &lt;= cell &lt; M
     * @param a the axis
     * @return the index i_a of the cell along axis a
     */
    public int indexAlong(int cell, int a) {
        return (cell / strides[a]) % axes[a].cells();
    }

    /**
     * @param indices the multi-index (i_1, ..., i_d)
     * @return the flat index
     */
    public int flatIndex(int... indices) {
        int cell = 0;
        for (int a = 0; a < axes.length; a++) {
            cell += indices[a] * strides[a];
        }
        return cell;
    }

    /**
     * Writes the centre of a cell.
     *
     * @param cell a flat index
     * @param out the destination, of length d
     */
    public void centre(int cell, double[] out) {
        for (int a = 0; a < axes.length; a++) {
            out[a] = axes[a].centre(indexAlong(cell, a));
        }
    }

    /**
     * @param point a point, one coordinate per axis
     * @return true when the point lies in the closed box
     */
    public boolean contains(double[] point) {
        for (int a = 0; a < axes.length; a++) {
            if (!axes[a].contains(point[a])) {
                return false;
            }
        }
        return true;
    }

    /** @return a new array of the lower corner */
    public double[] min() {
        return Arrays.stream(axes).mapToDouble(Grid1D::min).toArray();
    }

    /** @return a new array of the upper corner */
    public double[] max() {
        return Arrays.stream(axes).mapToDouble(Grid1D::max).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridND grid && Arrays.equals(grid.axes, axes)
            && Arrays.equals(grid.boundaries, boundaries);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(axes) + Arrays.hashCode(boundaries);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("GridND[");
        for (int a = 0; a < axes.length; a++) {
            text.append(a == 0 ? "" : " x ").append('[').append(axes[a].min()).append(", ")
                .append(axes[a].max()).append("]/").append(axes[a].cells()).append(' ')
                .append(boundaries[a].label());
        }
        return text.append(']').toString();
    }
}
