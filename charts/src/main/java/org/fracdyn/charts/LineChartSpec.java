package org.fracdyn.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart described as a value: title, axis labels, linear or logarithmic axes, named
 * series drawn as lines and/or points, and reference lines. {@link #toChart()} builds the
 * JFreeChart in the fracdyn look ({@link ChartStyle}); {@link ChartFiles} writes it.
 *
 * <p>Points with a non-finite coordinate, and points with a coordinate &lt;= 0 on a log axis,
 * are left out of the drawing (a log-log plot of an MSD that starts at 0 just omits t = 0).
 * Immutable; build with {@link #builder()}.
 */
public final class LineChartSpec {

    private static final float LINE_WIDTH = 2.0f;
    private static final double MARKER_SIZE = 7.0;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final AxisScale xScale;
    private final AxisScale yScale;
    private final List<Series> series;
    private final List<ReferenceLine> referenceLines;
    private final boolean legend;

    private LineChartSpec(Builder builder) {
        this.title = builder.title;
        this.xLabel = builder.xLabel;
        this.yLabel = builder.yLabel;
        this.xScale = builder.xScale;
        this.yScale = builder.yScale;
        this.series = List.copyOf(builder.series);
        this.referenceLines = List.copyOf(builder.referenceLines);
        this.legend = builder.legend;
    }

    /** @return a builder with linear axes, no series and a legend */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the title, possibly empty */
    public String title() {
        return title;
    }

    /** @return the series, in drawing order */
    public List<Series> series() {
        return series;
    }

    /** @return the reference lines */
    public List<ReferenceLine> referenceLines() {
        return referenceLines;
    }

    /**
     * Builds the chart.
     *
     * @return a new JFreeChart, styled
     */
    public JFreeChart toChart() {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            dataset.addSeries(toXYSeries(one));
            style(renderer, i, one.style());
        }

        XYPlot plot = new XYPlot(dataset, axis(xLabel, xScale, false, decades(true)),
            axis(yLabel, yScale, true, decades(false)), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        for (ReferenceLine line : referenceLines) {
            addMarker(plot, line);
        }

        JFreeChart chart = new JFreeChart(title.isEmpty() ? null : title,
            JFreeChart.DEFAULT_TITLE_FONT, plot, legend && !series.isEmpty());
        ChartStyle.apply(chart);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.seriesPaint(i));
        }
        return chart;
    }

    private XYSeries toXYSeries(Series one) {
        XYSeries xy = new XYSeries(one.name(), false, true);
        double[] x = one.x();
        double[] y = one.y();
        for (int i = 0; i < x.length; i++) {
            boolean drawable = Double.isFinite(x[i]) && Double.isFinite(y[i])
                && (xScale != AxisScale.LOG || x[i] > 0) && (yScale != AxisScale.LOG || y[i] > 0);
            if (drawable) {
                xy.add(x[i], y[i], false);
            }
        }
        return xy;
    }

    private static void style(XYLineAndShapeRenderer renderer, int index, Series.Style style) {
        boolean lines = style != Series.Style.POINTS;
        boolean shapes = style == Series.Style.POINTS || style == Series.Style.LINE_AND_POINTS;
        renderer.setSeriesLinesVisible(index, lines);
        renderer.setSeriesShapesVisible(index, shapes);
        renderer.setSeriesShape(index, new Ellipse2D.Double(-MARKER_SIZE / 2, -MARKER_SIZE / 2,
            MARKER_SIZE, MARKER_SIZE));
        if (style == Series.Style.DASHED) {
            renderer.setSeriesStroke(index, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        } else {
            renderer.setSeriesStroke(index, new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        }
    }

    /** The number of decades the drawable data spans on one axis (0 when it has no data). */
    private double decades(boolean alongX) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Series one : series) {
            double[] values = alongX ? one.x() : one.y();
            for (double v : values) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? Math.log10(max / min) : 0;
    }

    private static ValueAxis axis(String label, AxisScale scale, boolean range,
                                  double decades) {
        if (scale == AxisScale.LOG) {
            LogAxis axis = new ShortLogAxis(label);
            axis.setBase(10);
            axis.setSmallestValue(1e-300);
            axis.setMinorTickMarksVisible(true);
            axis.setMinorTickCount(9);
            TickUnits units = new TickUnits();
            NumberFormat format = new LogTickFormat();
            if (decades >= 1.5) {
                for (int step : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) {
                    units.add(new NumberTickUnit(step, format, 9));
                }
            } else {
                for (double step : new double[] {0.05, 0.1, 0.2, 0.25, 0.5, 1}) {
                    units.add(new NumberTickUnit(step, format, 1));
                }
            }
            axis.setStandardTickUnits(units);
            axis.setAutoTickUnitSelection(true);
            axis.setNumberFormatOverride(format);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeStickyZero(false);
        if (!range) {
            axis.setLowerMargin(0.0);
            axis.setUpperMargin(0.0);
        }
        return axis;
    }

    private static void addMarker(XYPlot plot, ReferenceLine line) {
        ValueMarker marker = new ValueMarker(line.value(), Color.GRAY, new BasicStroke(1.2f,
            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        if (line.label() != null && !line.label().isEmpty()) {
            boolean vertical = line.orientation() == ReferenceLine.Orientation.VERTICAL;
            marker.setLabel(line.label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            marker.setLabelPaint(Color.DARK_GRAY);
            marker.setLabelBackgroundColor(Color.WHITE);
            marker.setLabelAnchor(vertical ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.LEFT);
            marker.setLabelTextAnchor(vertical ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        }
        if (line.orientation() == ReferenceLine.Orientation.VERTICAL) {
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        } else {
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
    }

    /** Collects the parts of a {@link LineChartSpec}. Not thread-safe. */
    public static final class Builder {

        private String title = "";
        private String xLabel = "x";
        private String yLabel = "y";
        private AxisScale xScale = AxisScale.LINEAR;
        private AxisScale yScale = AxisScale.LINEAR;
        private final List<Series> series = new ArrayList<>();
        private final List<ReferenceLine> referenceLines = new ArrayList<>();
        private boolean legend = true;

        private Builder() {
        }

        /** @param text the title, or empty for none; not null */
        public Builder title(String text) {
            this.title = java.util.Objects.requireNonNull(text, "title");
            return this;
        }

        /** @param label the x axis label, with its unit, e.g. "t" or "x (length)" */
        public Builder xLabel(String label) {
            this.xLabel = java.util.Objects.requireNonNull(label, "xLabel");
            return this;
        }

        /** @param label the y axis label */
        public Builder yLabel(String label) {
            this.yLabel = java.util.Objects.requireNonNull(label, "yLabel");
            return this;
        }

        /** @param scale linear or log for the x axis */
        public Builder xScale(AxisScale scale) {
            this.xScale = java.util.Objects.requireNonNull(scale, "xScale");
            return this;
        }

        /** @param scale linear or log for the y axis */
        public Builder yScale(AxisScale scale) {
            this.yScale = java.util.Objects.requireNonNull(scale, "yScale");
            return this;
        }

        /** Makes both axes logarithmic, for power laws. */
        public Builder logLog() {
            return xScale(AxisScale.LOG).yScale(AxisScale.LOG);
        }

        /** @param one a series to draw after those already added */
        public Builder series(Series one) {
            series.add(java.util.Objects.requireNonNull(one, "series"));
            return this;
        }

        /** Adds a series drawn as a solid line. */
        public Builder line(String name, double[] x, double[] y) {
            return series(new Series(name, x, y, Series.Style.LINE));
        }

        /** Adds a series drawn as markers only. */
        public Builder points(String name, double[] x, double[] y) {
            return series(new Series(name, x, y, Series.Style.POINTS));
        }

        /** Adds a series drawn as a dashed reference curve (an exact solution, a slope). */
        public Builder reference(String name, double[] x, double[] y) {
            return series(new Series(name, x, y, Series.Style.DASHED));
        }

        /** Adds a horizontal line y = value. */
        public Builder horizontalLine(double value, String label) {
            referenceLines.add(new ReferenceLine(ReferenceLine.Orientation.HORIZONTAL, value,
                label));
            return this;
        }

        /** Adds a vertical line x = value. */
        public Builder verticalLine(double value, String label) {
            referenceLines.add(new ReferenceLine(ReferenceLine.Orientation.VERTICAL, value,
                label));
            return this;
        }

        /** @param shown whether to draw the legend (default true) */
        public Builder legend(boolean shown) {
            this.legend = shown;
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException if two series have the same name
         */
        public LineChartSpec build() {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Series one : series) {
                if (!names.add(one.name())) {
                    throw new IllegalArgumentException("series name = '" + one.name()
                        + "': used twice; expected unique names (they label the legend)");
                }
            }
            return new LineChartSpec(this);
        }
    }
}
