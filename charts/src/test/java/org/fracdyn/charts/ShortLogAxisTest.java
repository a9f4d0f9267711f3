package org.fracdyn.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class ShortLogAxisTest {

    @Test
    void aShortRangeIsLabelledAtOneTwoAndFive() {
        List<String> labels = majorLabels(0.15, 4.0, RectangleEdge.LEFT);

        assertEquals(List.of("0.2", "0.5", "1", "2"), labels);
    }

    @Test
    void aVeryShortRangeIsLabelledAtEveryDigit() {
        assertEquals(List.of("0.3", "0.4", "0.5", "0.6", "0.7"),
            majorLabels(0.25, 0.75, RectangleEdge.BOTTOM));
    }

    @Test
    void aLongRangeIsLeftToJFreeChart() {
        assertEquals(majorLabels(new LogAxis("t"), 1e-4, 10.0, RectangleEdge.BOTTOM),
            majorLabels(1e-4, 10.0, RectangleEdge.BOTTOM));
    }

    private static List<String> majorLabels(double lower, double upper, RectangleEdge edge) {
        return majorLabels(new ShortLogAxis("t"), lower, upper, edge);
    }

    private static List<String> majorLabels(LogAxis axis, double lower, double upper,
                                            RectangleEdge edge) {
        axis.setNumberFormatOverride(new LogTickFormat());
        axis.setRange(lower, upper);
        Graphics2D graphics = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)
            .createGraphics();
        List<?> ticks = axis.refreshTicks(graphics, new AxisState(),
            new Rectangle2D.Double(50, 50, 700, 500), edge);
        graphics.dispose();

        List<String> labels = new ArrayList<>();
        for (Object tick : ticks) {
            ValueTick value = (ValueTick) tick;
            if (value.getTickType() == TickType.MAJOR) {
                labels.add(value.getText() != null ? value.getText()
                    : LogTickFormat.label(value.getValue()));
            }
        }
        return labels;
    }
}
