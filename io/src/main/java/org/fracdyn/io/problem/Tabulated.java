package org.fracdyn.io.problem;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A function given by a table of points (x_i, y_i) read from a CSV file, x strictly
 * increasing. How values between the points are found is up to the user of the spec: the
 * solver interpolates a potential by an Akima spline and an initial density linearly.
 * Immutable: arrays are copied in and out.
 *
 * @param file the CSV file the points came from, as resolved (absolute)
 * @param x the abscissae, strictly increasing, at least 2
 * @param y the values, finite, as many as x
 */
public record Tabulated(Path file, double[] x, double[] y) {

    /**
     * @throws IllegalArgumentException if the table is too short, not increasing or not finite
     */
    public Tabulated {
        x = x.clone();
        y = y.clone();
        if (x.length < 2 || x.length != y.length) {
            throw new IllegalArgumentException("table " + file + " has " + x.length + " x and "
                + y.length + " values: expected at least 2 rows");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("table " + file + " row " + (i + 1)
                    + " = (" + x[i] + ", " + y[i] + "): expected finite numbers");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("table " + file + " row " + (i + 1)
                    + ": x = " + x[i] + ": expected x strictly increasing, > " + x[i - 1]);
            }
        }
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tabulated that && file.equals(that.file)
            && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * file.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Tabulated[" + file + ", " + x.length + " points]";
    }
}
