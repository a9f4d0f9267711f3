package org.fracdyn.charts;

/**
 * A straight line across the whole plot at a constant x (vertical) or y (horizontal), e.g. a
 * stationary value or the time of a snapshot, with an optional label.
 *
 * @param orientation whether the line is at constant x or constant y
 * @param value the constant, finite
 * @param label the text drawn beside the line, or null for none
 */
public record ReferenceLine(Orientation orientation, double value, String label) {

    /** Which coordinate is constant along the line. */
    public enum Orientation {
        /** x = value. */
        VERTICAL,
        /** y = value. */
        HORIZONTAL
    }

    /**
     * @throws IllegalArgumentException if the value is not finite or no orientation is given
     */
    public ReferenceLine {
        if (orientation == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException("reference line at " + value + " ("
                + orientation + "): expected a finite value and an orientation");
        }
    }
}
