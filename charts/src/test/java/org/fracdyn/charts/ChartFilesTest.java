package org.fracdyn.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartFilesTest {

    @TempDir
    Path folder;

    private static JFreeChart msdChart() {
        double[] t = new double[50];
        double[] msd = new double[50];
        double[] exact = new double[50];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.1 * (i + 1);
            exact[i] = 2 * Math.pow(t[i], 0.5) / 0.886226925452758;
            msd[i] = exact[i] * (1 + 0.01 * Math.sin(i));
        }
        return LineChartSpec.builder()
            .title("Free subdiffusion")
            .xLabel("t").yLabel("MSD")
            .logLog()
            .points("MSD solver", t, msd)
            .reference("MSD exact", t, exact)
            .horizontalLine(1.0, "unit")
            .build().toChart();
    }

    @Test
    void pngHasTheRequestedSizeAWhiteBackgroundAndTheSeriesColour() throws IOException {
        Path file = folder.resolve("msd.png");

        ChartFiles.writePng(msdChart(), file, 640, 480);
        BufferedImage image = ImageIO.read(file.toFile());

        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0), "white background");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(639, 479), "white background");
        Set<Integer> colours = new HashSet<>();
        boolean firstSeriesColourSeen = false;
        int blue = ChartStyle.PALETTE[0].getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                firstSeriesColourSeen |= rgb == blue;
            }
        }
        assertTrue(colours.size() > 20, "not blank: " + colours.size() + " colours");
        assertTrue(firstSeriesColourSeen, "the first series is drawn in the palette's blue");
    }

    @Test
    void svgIsXmlWithTheSeriesNamesAsText() throws Exception {
        Path file = folder.resolve("msd.svg");

        ChartFiles.writeSvg(msdChart(), file, 640, 480);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
            false);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals("640", svg.getDocumentElement().getAttribute("width"));
        NodeList texts = svg.getElementsByTagName("text");
        Set<String> words = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent().strip());
        }
        assertTrue(words.contains("MSD solver"), words.toString());
        assertTrue(words.contains("MSD exact"), words.toString());
        assertTrue(words.contains("Free subdiffusion"), words.toString());
        String text = Files.readString(file);
        assertTrue(text.contains("rgb(0,114,178)"), "the first series' colour #0072B2");
    }

    @Test
    void logAxesLeaveOutPointsThatAreNotPositive() {
        JFreeChart chart = LineChartSpec.builder().logLog()
            .line("r", new double[] {0, 1, 2, 3}, new double[] {0, 1, -4, 9})
            .build().toChart();

        XYPlot plot = chart.getXYPlot();

        assertEquals(2, plot.getDataset().getItemCount(0), "only (1,1) and (3,9) are drawable");
    }

    @Test
    void heatMapColoursFollowTheViridisStops() throws IOException {
        double[] x = new double[40];
        double[] y = new double[30];
        double[][] values = new double[y.length][x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.25;
        }
        for (int j = 0; j < y.length; j++) {
            y[j] = j * j * 0.01;
            for (int i = 0; i < x.length; i++) {
                values[j][i] = x[i];
            }
        }
        JFreeChart chart = HeatMap.builder().title("P(x, t)").xLabel("x").yLabel("t")
            .valueLabel("P").grid(x, y, values).build().toChart();
        ChartRenderingInfo info = new ChartRenderingInfo();

        BufferedImage image = chart.createBufferedImage(800, 600, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();

        // Values equal x, so the left edge of the plot shows the first viridis stop (#440154)
        // and the right edge the last (#FDE725), at every height, even on the uneven y grid.
        for (double height : new double[] {0.1, 0.5, 0.9}) {
            int row = (int) (area.getMinY() + height * area.getHeight());
            assertEquals(new Color(0x440154).getRGB(),
                image.getRGB((int) area.getMinX() + 2, row));
            assertEquals(new Color(0xFDE725).getRGB(),
                image.getRGB((int) area.getMaxX() - 2, row));
        }
        Path png = folder.resolve("heat.png");
        ChartFiles.writePng(chart, png, 800, 600);
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void badSizesAndDuplicateNamesAreRefused() {
        JFreeChart chart = msdChart();
        assertThrows(IllegalArgumentException.class,
            () -> ChartFiles.writePng(chart, folder.resolve("a.png"), 0, 10));
        LineChartSpec.Builder twice = LineChartSpec.builder()
            .line("a", new double[] {1}, new double[] {1})
            .line("a", new double[] {2}, new double[] {2});
        assertThrows(IllegalArgumentException.class, twice::build);
        assertThrows(IllegalArgumentException.class,
            () -> new Series("s", new double[] {1, 2}, new double[] {1}, Series.Style.LINE));
    }
}
