package org.fracdyn.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A heat map of values on a rectangular grid, e.g. the density P(x, t): cell (i, j) centred
 * at (x[i], y[j]) is filled with the colour of {@code values[j][i]} on a {@link ColourScale},
 * with the scale drawn as a colour bar on the right. Cells are as wide as the spacing of
 * neighbouring x (and as high as that of neighbouring y) at their position, so uneven grids,
 * such as graded time meshes, are drawn without gaps. Immutable; build with
 * {@link #builder()}.
 */
public final class HeatMap {

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final String valueLabel;
    private final double[] x;
    private final double[] y;
    private final double[][] values;
    private final double lower;
    private final double upper;

    private HeatMap(Builder builder) {
        this.title = builder.title;
        this.xLabel = builder.xLabel;
        this.yLabel = builder.yLabel;
        this.valueLabel = builder.valueLabel;
        this.x = builder.x.clone();
        this.y = builder.y.clone();
        this.values = new double[builder.values.length][];
        for (int j = 0; j < values.length; j++) {
            values[j] = builder.values[j].clone();
        }
        double low = builder.lower;
        double high = builder.upper;
        if (Double.isNaN(low) || Double.isNaN(high)) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : values) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (min == Double.POSITIVE_INFINITY) {
                min = 0;
                max = 1;
            }
            low = Double.isNaN(low) ? min : low;
            high = Double.isNaN(high) ? max : high;
        }
        if (!(high > low)) {
            high = low + Math.max(1e-300, Math.abs(low) * 1e-12);
        }
        this.lower = low;
        this.upper = high;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the colour scale, from the given range or the finite values' min and max */
    public ColourScale colourScale() {
        return new ColourScale(lower, upper);
    }

    /**
     * Builds the chart.
     *
     * @return a new JFreeChart, styled, with a colour bar
     */
    public JFreeChart toChart() {
        int count = x.length * y.length;
        double[][] xyz = new double[3][count];
        double[] widths = spacings(x);
        double[] heights = spacings(y);
        int k = 0;
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                xyz[0][k] = x[i];
                xyz[1][k] = y[j];
                xyz[2][k] = values[j][i];
                k++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(valueLabel, xyz);

        ColourScale scale = colourScale();
        VariableBlockRenderer renderer = new VariableBlockRenderer(widths, heights, x.length);
        renderer.setPaintScale(scale);

        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0);
        xAxis.setUpperMargin(0);
        yAxis.setLowerMargin(0);
        yAxis.setUpperMargin(0);
        xAxis.setRange(x[0] - widths[0] / 2, x[x.length - 1] + widths[x.length - 1] / 2);
        yAxis.setRange(y[0] - heights[0] / 2, y[y.length - 1] + heights[y.length - 1] / 2);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);

        JFreeChart chart = new JFreeChart(title.isEmpty() ? null : title,
            JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        NumberAxis scaleAxis = new NumberAxis(valueLabel);
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        scaleAxis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        scaleAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        PaintScaleLegend bar = new PaintScaleLegend(scale, scaleAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(14);
        bar.setAxisOffset(4);
        bar.setMargin(new RectangleInsets(8, 8, 8, 8));
        bar.setBackgroundPaint(Color.WHITE);
        bar.setSubdivisionCount(256);
        chart.addSubtitle(bar);
        return chart;
    }

    private static double[] spacings(double[] grid) {
        double[] spacing = new double[grid.length];
        if (grid.length == 1) {
            spacing[0] = 1.0;
            return spacing;
        }
        for (int i = 0; i < grid.length; i++) {
            double left = i > 0 ? grid[i] - grid[i - 1] : grid[1] - grid[0];
            double right = i < grid.length - 1 ? grid[i + 1] - grid[i] : left;
            spacing[i] = i == 0 ? right : i == grid.length - 1 ? left : (left + right) / 2;
        }
        return spacing;
    }

    /** Fills each cell with its own width and height, so that uneven grids have no gaps. */
    private static final class VariableBlockRenderer extends XYBlockRenderer {

        private final double[] widths;
        private final double[] heights;
        private final int columns;

        VariableBlockRenderer(double[] widths, double[] heights, int columns) {
            this.widths = widths;
            this.heights = heights;
            this.columns = columns;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
                             PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis,
                             ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                             CrosshairState crosshairState, int pass) {
            double x = dataset.getXValue(series, item);
            double y = dataset.getYValue(series, item);
            double z = ((XYZDataset) dataset).getZValue(series, item);
            double halfWidth = widths[item % columns] / 2;
            double halfHeight = heights[item / columns] / 2;

            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            double left = domainAxis.valueToJava2D(x - halfWidth, dataArea, xEdge);
            double right = domainAxis.valueToJava2D(x + halfWidth, dataArea, xEdge);
            double top = rangeAxis.valueToJava2D(y + halfHeight, dataArea, yEdge);
            double bottom = rangeAxis.valueToJava2D(y - halfHeight, dataArea, yEdge);
            // Whole pixels, rounded outwards: neighbouring edges that differ by rounding
            // error would otherwise leave a one-pixel gap where they fall on a pixel centre.
            double x0 = Math.floor(Math.min(left, right));
            double y0 = Math.floor(Math.min(top, bottom));
            Rectangle2D block = new Rectangle2D.Double(x0, y0,
                Math.ceil(Math.max(left, right)) - x0, Math.ceil(Math.max(top, bottom)) - y0);

            Object antialiasing = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                RenderingHints.VALUE_ANTIALIAS_OFF);
            g2.setPaint(getPaintScale().getPaint(z));
            g2.fill(block);
            if (antialiasing != null) {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
            }
        }
    }

    /** Collects the parts of a {@link HeatMap}. Not thread-safe. */
    public static final class Builder {

        private String title = "";
        private String xLabel = "x";
        private String yLabel = "y";
        private String valueLabel = "value";
        private double[] x;
        private double[] y;
        private double[][] values;
        private double lower = Double.NaN;
        private double upper = Double.NaN;

        private Builder() {
        }

        /** @param text the title, or empty for none */
        public Builder title(String text) {
            this.title = java.util.Objects.requireNonNull(text, "title");
            return this;
        }

        /** @param label the x axis label */
        public Builder xLabel(String label) {
            this.xLabel = java.util.Objects.requireNonNull(label, "xLabel");
            return this;
        }

        /** @param label the y axis label */
        public Builder yLabel(String label) {
            this.yLabel = java.util.Objects.requireNonNull(label, "yLabel");
            return this;
        }

        /** @param label the colour bar's label, e.g. "P" */
        public Builder valueLabel(String label) {
            this.valueLabel = java.util.Objects.requireNonNull(label, "valueLabel");
            return this;
        }

        /**
         * Sets the grid and its values.
         *
         * @param xs the cell centres along x, strictly increasing, at least 1
         * @param ys the cell centres along y, strictly increasing, at least 1
         * @param grid grid[j][i] is the value at (xs[i], ys[j]); NaN cells are drawn white
         */
        public Builder grid(double[] xs, double[] ys, double[][] grid) {
            checkIncreasing("x", xs);
            checkIncreasing("y", ys);
            if (grid.length != ys.length) {
                throw new IllegalArgumentException("heat map: " + grid.length
                    + " rows of values: expected one per y (" + ys.length + ")");
            }
            for (int j = 0; j < grid.length; j++) {
                if (grid[j].length != xs.length) {
                    throw new IllegalArgumentException("heat map: row " + j + " has "
                        + grid[j].length + " values: expected one per x (" + xs.length + ")");
                }
            }
            this.x = xs;
            this.y = ys;
            this.values = grid;
            return this;
        }

        /**
         * Fixes the colour range; by default it spans the finite values.
         *
         * @param low the value of the first colour
         * @param high the value of the last colour, &gt; low
         */
        public Builder range(double low, double high) {
            new ColourScale(low, high);
            this.lower = low;
            this.upper = high;
            return this;
        }

        /**
         * @return the heat map
         * @throws IllegalStateException if no grid was given
         */
        public HeatMap build() {
            if (values == null) {
                throw new IllegalStateException("heat map: no grid; call grid(x, y, values)");
            }
            return new HeatMap(this);
        }

        private static void checkIncreasing(String axis, double[] grid) {
            if (grid.length == 0) {
                throw new IllegalArgumentException("heat map " + axis
                    + ": no points: expected at least 1");
            }
            for (int i = 0; i < grid.length; i++) {
                if (!Double.isFinite(grid[i]) || i > 0 && !(grid[i] > grid[i - 1])) {
                    throw new IllegalArgumentException("heat map " + axis + "[" + i + "] = "
                        + grid[i] + ": expected finite values, strictly increasing");
                }
            }
        }
    }
}
