package org.fracdyn.charts;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour scale from dark blue-violet through green to yellow, interpolated
 * linearly in RGB between ten stops of the viridis map (van der Walt and Smith, matplotlib
 * 2015): perceptually ordered, readable in grey-scale print and by colour-blind readers.
 * Values below the lower bound get the first colour, above the upper bound the last, NaN
 * is drawn white.
 */
public final class ColourScale implements PaintScale {

    private static final int[] STOPS = {
        0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E,
        0x1F9E89, 0x35B779, 0x6ECE58, 0xB5DE2B, 0xFDE725
    };

    private final double lower;
    private final double upper;

    /**
     * @param lower the value drawn with the first colour
     * @param upper the value drawn with the last colour, &gt; lower
     * @throws IllegalArgumentException if the bounds are not finite and increasing
     */
    public ColourScale(double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && upper > lower)) {
            throw new IllegalArgumentException("colour scale [" + lower + ", " + upper
                + "]: expected finite bounds with lower < upper");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colourAt(value);
    }

    /**
     * @param value a value
     * @return its colour
     */
    public Color colourAt(double value) {
        if (Double.isNaN(value)) {
            return Color.WHITE;
        }
        double fraction = Math.min(1.0, Math.max(0.0, (value - lower) / (upper - lower)));
        double position = fraction * (STOPS.length - 1);
        int below = Math.min((int) position, STOPS.length - 2);
        double weight = position - below;
        return mix(STOPS[below], STOPS[below + 1], weight);
    }

    private static Color mix(int from, int to, double weight) {
        int red = channel(from >> 16, to >> 16, weight);
        int green = channel(from >> 8, to >> 8, weight);
        int blue = channel(from, to, weight);
        return new Color(red, green, blue);
    }

    private static int channel(int from, int to, double weight) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * weight);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColourScale that && lower == that.lower && upper == that.upper;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lower) * 31 + Double.hashCode(upper);
    }
}
