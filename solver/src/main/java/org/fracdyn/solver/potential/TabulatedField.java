package org.fracdyn.solver.potential;

import java.util.Arrays;

import org.fracdyn.solver.problem.Checks;

/**
 * A potential given by its values on a rectilinear table in d = 1 to 3 dimensions, V at the
 * points (x_{1,j_1}, ..., x_{d,j_d}), interpolated multilinearly (bilinear in 2D, trilinear
 * in 3D) between them.
 *
 * <p>Why multilinear rather than bicubic or tricubic splines: the exponentially fitted flux
 * uses V only at cell centres and wall centres, so the scheme needs values, not smooth
 * derivatives; multilinear interpolation is exact for tables of linear functions, second
 * order in the table spacing for smooth V, never overshoots the table (a barrier tabulated
 * with a sharp edge gets no spurious wells next to it, which cubic interpolants produce), and
 * has the same code in every dimension. For a smooth V on a coarse table, sample the table
 * more finely. The table must cover the domain: there is no extrapolation.
 *
 * <p>Immutable; the arrays are copied.
 */
public final class TabulatedField implements FieldPotential {

    private final double[][] points;
    private final double[] values;
    private final int[] strides;

    /**
     * @param points the table points of each axis, strictly increasing and finite, at least
     *     2 per axis, 1 to 3 axes
     * @param values V at the table points, in row-major order (last axis fastest), finite
     * @throws IllegalArgumentException naming the first offending entry
     */
    public TabulatedField(double[][] points, double[] values) {
        if (points.length < 1 || points.length > 3) {
            throw Checks.refuse("potential.points", points.length + " axes", "1, 2 or 3");
        }
        long count = 1;
        for (int a = 0; a < points.length; a++) {
            double[] axis = points[a];
            if (axis.length < 2) {
                throw Checks.refuse("potential.points[" + a + "]", axis.length + " points",
                    "at least 2 points");
            }
            for (int j = 0; j < axis.length; j++) {
                Checks.finite("potential.points[" + a + "][" + j + "]", axis[j]);
                if (j > 0 && !(axis[j] > axis[j - 1])) {
                    throw Checks.refuse("potential.points[" + a + "][" + j + "]", axis[j],
                        "a number > " + axis[j - 1] + " (points strictly increasing)");
                }
            }
            count *= axis.length;
        }
        if (values.length != count) {
            throw Checks.refuse("potential.values", values.length + " values",
                count + " values, one per table point in row-major order");
        }
        for (int k = 0; k < values.length; k++) {
            Checks.finite("potential.values[" + k + "]", values[k]);
        }
        this.points = new double[points.length][];
        for (int a = 0; a < points.length; a++) {
            this.points[a] = points[a].clone();
        }
        this.values = values.clone();
        this.strides = new int[points.length];
        int stride = 1;
        for (int a = points.length - 1; a >= 0; a--) {
            strides[a] = stride;
            stride *= points[a].length;
        }
    }

    @Override
    public int dimension() {
        return points.length;
    }

    @Override
    public double value(double[] point) {
        int d = points.length;
        int[] lower = new int[d];
        double[] weight = new double[d];
        for (int a = 0; a < d; a++) {
            double[] axis = points[a];
            double x = point[a];
            if (!(x >= axis[0] && x <= axis[axis.length - 1])) {
                throw new IllegalArgumentException("potential table covers [" + axis[0]
                    + ", " + axis[axis.length - 1] + "] along axis " + a + ": x = " + x
                    + " is outside; extend potential.points or shrink the domain");
            }
            int j = Arrays.binarySearch(axis, x);
            int left = j >= 0 ? Math.min(j, axis.length - 2) : -j - 2;
            lower[a] = left;
            weight[a] = (x - axis[left]) / (axis[left + 1] - axis[left]);
        }

        double sum = 0;
        for (int corner = 0; corner < 1 << d; corner++) {
            double factor = 1;
            int index = 0;
            for (int a = 0; a < d; a++) {
                boolean upper = (corner >> a & 1) == 1;
                factor *= upper ? weight[a] : 1 - weight[a];
                index += (lower[a] + (upper ? 1 : 0)) * strides[a];
            }
            if (factor != 0) {
                sum += factor * values[index];
            }
        }
        return sum;
    }

    @Override
    public void checkCovers(double[] min, double[] max) {
        for (int a = 0; a < points.length; a++) {
            double[] axis = points[a];
            if (min[a] < axis[0] || max[a] > axis[axis.length - 1]) {
                throw new IllegalArgumentException("potential table covers [" + axis[0] + ", "
                    + axis[axis.length - 1] + "] along axis " + a + " but the domain is ["
                    + min[a] + ", " + max[a] + "]: extend potential.points or shrink the "
                    + "domain");
            }
        }
    }

    @Override
    public String label() {
        return "tabulated";
    }

    @Override
    public String description() {
        StringBuilder text = new StringBuilder("V tabulated on ");
        for (int a = 0; a < points.length; a++) {
            double[] axis = points[a];
            text.append(a == 0 ? "" : " x ").append(axis.length).append(" points on [")
                .append(axis[0]).append(", ").append(axis[axis.length - 1]).append(']');
        }
        return text.append(", multilinear").toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TabulatedField table && Arrays.deepEquals(table.points, points)
            && Arrays.equals(table.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(points) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return description();
    }
}
