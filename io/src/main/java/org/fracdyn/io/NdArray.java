package org.fracdyn.io;

import java.util.Arrays;

/**
 * A float64 array of any shape in C (row-major) order, as stored in a NumPy {@code .npy}
 * file: element (i0, i1, ..., ik) is at index ((i0 * n1 + i1) * n2 + ...) of {@link #data()}.
 * A one-dimensional array has shape {n}. Immutable: arrays are copied in and out.
 *
 * @param data the values in C order
 * @param shape the length of each axis, each >= 0, their product the length of data
 */
public record NdArray(double[] data, int[] shape) {

    /**
     * @throws IllegalArgumentException if the shape does not match the number of values
     */
    public NdArray {
        data = data.clone();
        shape = shape.clone();
        long count = 1;
        for (int length : shape) {
            if (length < 0) {
                throw new IllegalArgumentException("array shape = " + Arrays.toString(shape)
                    + ": expected lengths >= 0");
            }
            count *= length;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("array shape = " + Arrays.toString(shape)
                + " holds " + count + " values: expected " + data.length + " as given");
        }
    }

    /**
     * A one-dimensional array.
     *
     * @param values the values, copied
     * @return the array of shape {values.length}
     */
    public static NdArray of(double... values) {
        return new NdArray(values, new int[] {values.length});
    }

    /**
     * A two-dimensional array from its rows.
     *
     * @param rows the rows, all of the same length
     * @return the array of shape {rows, columns}
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static NdArray ofRows(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length
                    + " values: expected " + columns + " like row 0");
            }
            System.arraycopy(rows[i], 0, data, i * columns, columns);
        }
        return new NdArray(data, new int[] {rows.length, columns});
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NdArray that
            && Arrays.equals(data, that.data) && Arrays.equals(shape, that.shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NdArray" + Arrays.toString(shape);
    }
}
