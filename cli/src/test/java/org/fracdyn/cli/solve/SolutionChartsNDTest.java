package org.fracdyn.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.solve.ProfileND;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class SolutionChartsNDTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aConstantDensityFillsTheMapWithOneColourAndNoGaps() {
        // 64 cells of width 0.1875 on [-6, 6]: edges that meet on pixel centres at the
        // chart's size left one-pixel white lines before the blocks were drawn on whole
        // pixels.
        GridND grid = GridND.of(new double[] {-6, -6}, new double[] {6, 6},
            new int[] {64, 64}, Boundary.REFLECTING);
        double[] density = new double[grid.size()];
        Arrays.fill(density, 1.0 / 144);
        JFreeChart chart = SolutionChartsND.heatMap(grid,
            new ProfileND(1, 1, 1, grid.shape(), density), "flat").toChart();
        ChartRenderingInfo info = new ChartRenderingInfo();

        BufferedImage image = chart.createBufferedImage(760, 640, info);

        Rectangle2D area = info.getPlotInfo().getDataArea();
        int expected = image.getRGB((int) area.getCenterX(), (int) area.getCenterY());
        int odd = 0;
        for (int px = (int) Math.ceil(area.getMinX()) + 1; px < area.getMaxX() - 1; px++) {
            for (int py = (int) Math.ceil(area.getMinY()) + 1; py < area.getMaxY() - 1; py++) {
                odd += image.getRGB(px, py) == expected ? 0 : 1;
            }
        }
        assertEquals(0, odd, "pixels of another colour than the centre's (#"
            + Integer.toHexString(expected) + ") inside the data area " + area);
    }

    @Test
    void theThreeDimensionalMapShowsTheCentralSlice() {
        // P = 1 on the slice z index 2 of 5 (the middle) and 0 elsewhere: the map is uniform
        // and its title names z = the centre of cell 2, -0.5 + 2.5 * 0.2 = 0.
        GridND grid = new GridND(List.of(new Grid1D(0, 1, 3), new Grid1D(0, 1, 4),
            new Grid1D(-0.5, 0.5, 5)), List.of(Boundary.REFLECTING, Boundary.REFLECTING,
            Boundary.REFLECTING));
        double[] density = new double[grid.size()];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                density[grid.flatIndex(i, j, 2)] = 1;
            }
        }

        JFreeChart chart = SolutionChartsND.heatMap(grid,
            new ProfileND(0.5, 1, 0.5, grid.shape(), density), "cube").toChart();

        String title = chart.getTitle().getText();
        assertTrue(title.contains("z = 0, t = 0.5), central z slice"), title);
        XYZDataset cells = (XYZDataset) chart.getXYPlot().getDataset();
        assertEquals(3 * 4, cells.getItemCount(0));
        for (int item = 0; item < cells.getItemCount(0); item++) {
            assertEquals(1.0, cells.getZValue(0, item), 0.0, "cell " + item);
        }
    }
}
