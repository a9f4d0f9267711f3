package org.fracdyn.charts;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.fracdyn.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;

/**
 * Writes charts as PNG (always) and SVG (through Apache Batik's {@code SVGGraphics2D}),
 * atomically (temporary file, then rename). Drawing needs no display: the class sets
 * {@code java.awt.headless=true} unless the property was set already.
 */
public final class ChartFiles {

    /** The width used by commands unless told otherwise, in pixels. */
    public static final int DEFAULT_WIDTH = 900;

    /** The height used by commands unless told otherwise, in pixels. */
    public static final int DEFAULT_HEIGHT = 600;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final int MAX_SIDE = 20_000;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartFiles() {
    }

    /**
     * Writes a chart as a PNG image.
     *
     * @param chart the chart
     * @param file the file to write; its folder is created
     * @param width the width in pixels, 1 to 20000
     * @param height the height in pixels, 1 to 20000
     * @throws IllegalArgumentException for a size out of range
     * @throws UncheckedIOException naming the file if the write fails
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height) {
        checkSize(width, height);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /**
     * Writes a chart as an SVG document, text kept as text (so it stays searchable and
     * editable), styles as CSS attributes.
     *
     * @param chart the chart
     * @param file the file to write; its folder is created
     * @param width the width of the canvas, 1 to 20000
     * @param height the height of the canvas, 1 to 20000
     * @throws IllegalArgumentException for a size out of range
     * @throws UncheckedIOException naming the file if the write fails
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) {
        checkSize(width, height);
        DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
        Document document = dom.createDocument(SVG_NAMESPACE, "svg", null);
        SVGGraphics2D graphics = new SVGGraphics2D(document);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));

        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            graphics.stream(writer, true);
            writer.flush();
        });
        graphics.dispose();
    }

    /**
     * Writes both {@code base.png} and {@code base.svg}.
     *
     * @param chart the chart
     * @param folder the folder
     * @param baseName the file name without extension
     * @param width the width in pixels
     * @param height the height in pixels
     */
    public static void writePngAndSvg(JFreeChart chart, Path folder, String baseName,
                                      int width, int height) {
        writePng(chart, folder.resolve(baseName + ".png"), width, height);
        writeSvg(chart, folder.resolve(baseName + ".svg"), width, height);
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new IllegalArgumentException("chart size = " + width + " x " + height
                + ": expected each side in [1, " + MAX_SIDE + "] pixels");
        }
    }
}
