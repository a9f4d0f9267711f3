package org.fracdyn.cli.lattice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fracdyn.charts.ChartFiles;
import org.fracdyn.charts.ChartStyle;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.cli.ManifestVersionProvider;
import org.fracdyn.io.RunFolder;
import org.fracdyn.lattice.estimate.Estimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * The pieces every lattice command writes: the common head of {@code summary.json}, estimates
 * as {@code {value, stderr, low, high}}, and PNG charts, one above the other when they share
 * the time axis.
 */
public final class RunOutput {

    private RunOutput() {
    }

    /**
     * @param command the command name, e.g. "walk"
     * @param seed the master seed
     * @return an ordered map with the command, the fracdyn version and the seed
     */
    public static Map<String, Object> head(String command, long seed) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("command", command);
        head.put("version", ManifestVersionProvider.version());
        head.put("seed", seed);
        return head;
    }

    /**
     * A map that keeps the order of its entries, so that a summary is the same file byte for
     * byte on every run ({@code Map.of} iterates in an order that changes between JVMs).
     *
     * @param keysAndValues alternating keys (strings) and values
     * @return the entries in the order given
     */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keysAndValues.length = " + keysAndValues.length
                + ": expected an even number (key, value pairs)");
        }

        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /**
     * @param estimate an estimate
     * @return {@code {value, stderr, low, high}} (the 95 % interval)
     */
    public static Map<String, Object> estimate(Estimate estimate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", estimate.value());
        out.put("stderr", estimate.stderr());
        out.put("low", estimate.low());
        out.put("high", estimate.high());
        return out;
    }

    /**
     * Writes one chart as PNG.
     *
     * @param folder the run folder
     * @param fileName the file name, ending in .png
     * @param chart the chart
     */
    public static void png(RunFolder folder, String fileName, JFreeChart chart) {
        ChartFiles.writePng(chart, folder.file(fileName), ChartFiles.DEFAULT_WIDTH,
            ChartFiles.DEFAULT_HEIGHT);
    }

    /**
     * Two line charts stacked, sharing the x axis of the upper one (weights 2 : 1).
     *
     * @param title the title
     * @param upper the upper chart
     * @param lower the lower chart
     * @return the combined chart
     */
    public static JFreeChart stacked(String title, LineChartSpec upper, LineChartSpec lower) {
        XYPlot top = upper.toChart().getXYPlot();
        XYPlot bottom = lower.toChart().getXYPlot();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(top.getDomainAxis());
        plot.setGap(12);
        plot.add(top, 2);
        plot.add(bottom, 1);
        JFreeChart chart = ChartStyle.apply(
            new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        int colour = 0;
        for (XYPlot part : new XYPlot[] {top, bottom}) {
            part.setBackgroundPaint(java.awt.Color.WHITE);
            for (int i = 0; i < part.getSeriesCount(); i++) {
                part.getRenderer().setSeriesPaint(i, ChartStyle.seriesPaint(colour++));
            }
        }
        return chart;
    }
}
