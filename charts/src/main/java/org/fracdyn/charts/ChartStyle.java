package org.fracdyn.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every fracdyn chart: white background, light grey grid lines, no gradients or
 * shadows, sans-serif text large enough to read when the chart is shrunk to one column of a
 * paper, and the colour-blind-safe palette of Okabe and Ito ("Color Universal Design", 2008),
 * with black last.
 */
public final class ChartStyle {

    /** Series colours in order: blue, vermillion, bluish green, reddish purple, orange, sky. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)
    };

    /** The grid line colour. */
    static final Color GRID = new Color(0xDDDDDD);

    private static final StandardChartTheme THEME = createTheme();

    private ChartStyle() {
    }

    /**
     * Applies the fracdyn look to a chart (any JFreeChart chart, not only ours).
     *
     * @param chart the chart, changed in place; not null
     * @return the same chart
     */
    public static JFreeChart apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(GRID);
            plot.setRangeGridlinePaint(GRID);
            plot.setDomainGridlineStroke(new BasicStroke(0.8f));
            plot.setRangeGridlineStroke(new BasicStroke(0.8f));
            plot.setOutlinePaint(Color.DARK_GRAY);
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
        return chart;
    }

    /**
     * @param index the series index, from 0
     * @return its colour, cycling through {@link #PALETTE}
     */
    public static Paint seriesPaint(int index) {
        return PALETTE[index % PALETTE.length];
    }

    private static StandardChartTheme createTheme() {
        StandardChartTheme theme = new StandardChartTheme("fracdyn", false);
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setTitlePaint(Color.BLACK);
        theme.setSubtitlePaint(Color.BLACK);
        theme.setLegendItemPaint(Color.BLACK);
        theme.setShadowVisible(false);
        theme.setShadowPaint(Color.WHITE);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        return theme;
    }
}
