package org.fracdyn.charts;

import java.util.Arrays;

/**
 * One curve of a line chart: points (x_i, y_i) with a name for the legend and a style.
 * Points with a non-finite coordinate are left out when drawn. Immutable.
 *
 * @param name the legend text, not empty
 * @param x the abscissae
 * @param y the ordinates, as many as x
 * @param style lines, points, both, or a dashed reference curve
 */
public record Series(String name, double[] x, double[] y, Style style) {

    /** How a series is drawn. */
    public enum Style {
        /** A solid line through the points. */
        LINE,
        /** Markers at the points, no line. */
        POINTS,
        /** A solid line and markers. */
        LINE_AND_POINTS,
        /** A thin dashed line: a reference curve such as an exact solution or a slope. */
        DASHED
    }

    /**
     * @throws IllegalArgumentException for an empty name or arrays of different lengths
     */
    public Series {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("series name = '" + name
                + "': expected a non-empty name");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x and "
                + y.length + " y values: expected as many of each");
        }
        if (style == null) {
            throw new IllegalArgumentException("series '" + name + "': style = null: expected "
                + Arrays.toString(Style.values()));
        }
        x = x.clone();
        y = y.clone();
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
        return other instanceof Series that && name.equals(that.name) && style == that.style
            && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points, " + style + "]";
    }
}
