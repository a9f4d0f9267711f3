package org.fracdyn.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis that labels short ranges with round numbers. Over
 * {@value #SHORT_DECADES} decades or more it draws JFreeChart's ticks at powers of ten; over
 * a shorter range, where those would leave one label or fall on 10^0.2-like values, its
 * major ticks are at 1, 2 and 5 times a power of ten (at every digit 1 ... 9 when that gives
 * fewer than three labels), with unlabelled minor ticks at the other digits.
 */
final class ShortLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    /** Ranges of at least this many decades get the usual power-of-ten ticks. */
    static final double SHORT_DECADES = 3.0;

    private static final int[] ROUND_DIGITS = {1, 2, 5};

    ShortLogAxis(String label) {
        super(label);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea,
                                          RectangleEdge edge) {
        List<NumberTick> ticks = shortRangeTicks(edge);
        return ticks != null ? ticks : super.refreshTicksHorizontal(g2, dataArea, edge);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea,
                                        RectangleEdge edge) {
        List<NumberTick> ticks = shortRangeTicks(edge);
        return ticks != null ? ticks : super.refreshTicksVertical(g2, dataArea, edge);
    }

    /** @return the ticks of a short range, or null to leave a long range to LogAxis */
    private List<NumberTick> shortRangeTicks(RectangleEdge edge) {
        double lower = getRange().getLowerBound();
        double upper = getRange().getUpperBound();
        if (!(lower > 0) || !(upper > lower)
                || Math.log10(upper / lower) >= SHORT_DECADES) {
            return null;
        }
        boolean everyDigit = countRound(lower, upper) < 3;
        TextAnchor anchor = labelAnchor(edge);
        List<NumberTick> ticks = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        for (int exponent = first; exponent <= last; exponent++) {
            double decade = Math.pow(10, exponent);
            for (int digit = 1; digit <= 9; digit++) {
                double value = digit * decade;
                if (value < lower || value > upper) {
                    continue;
                }
                boolean major = everyDigit || isRound(digit);
                ticks.add(new NumberTick(major ? TickType.MAJOR : TickType.MINOR, value,
                    major ? LogTickFormat.label(value) : "", anchor, anchor, 0.0));
            }
        }
        return ticks;
    }

    private static int countRound(double lower, double upper) {
        int count = 0;
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        for (int exponent = first; exponent <= last; exponent++) {
            for (int digit : ROUND_DIGITS) {
                double value = digit * Math.pow(10, exponent);
                if (value >= lower && value <= upper) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isRound(int digit) {
        return digit == 1 || digit == 2 || digit == 5;
    }

    private static TextAnchor labelAnchor(RectangleEdge edge) {
        if (edge == RectangleEdge.LEFT) {
            return TextAnchor.CENTER_RIGHT;
        } else if (edge == RectangleEdge.RIGHT) {
            return TextAnchor.CENTER_LEFT;
        } else if (edge == RectangleEdge.TOP) {
            return TextAnchor.BOTTOM_CENTER;
        }
        return TextAnchor.TOP_CENTER;
    }
}
