package org.fracdyn.cli.solve;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.fracdyn.io.AtomicFiles;
import org.jfree.chart.JFreeChart;

/**
 * Writes several charts one above the other into one PNG image, so that quantities with
 * different units (a mean in length, a variance in length^2) each get their own labelled
 * axis while sharing one file. Needs no display (sets {@code java.awt.headless=true} unless
 * the property was set already).
 */
final class StackedCharts {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private StackedCharts() {
    }

    /**
     * @param charts the panels, top to bottom, at least one
     * @param file the PNG to write, atomically
     * @param width the width in pixels
     * @param panelHeight the height of each panel in pixels
     */
    static void writePng(List<JFreeChart> charts, Path file, int width, int panelHeight) {
        BufferedImage image = draw(charts, width, panelHeight);
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    /**
     * @param charts the panels, top to bottom, at least one
     * @param width the width in pixels
     * @param panelHeight the height of each panel in pixels
     * @return the image
     */
    static BufferedImage draw(List<JFreeChart> charts, int width, int panelHeight) {
        BufferedImage image = new BufferedImage(width, panelHeight * charts.size(),
            BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
            RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(graphics,
                new Rectangle2D.Double(0, i * panelHeight, width, panelHeight));
        }
        graphics.dispose();
        return image;
    }
}
