package org.fracdyn.validation.check;

import java.nio.file.Path;

import org.fracdyn.charts.ChartFiles;
import org.fracdyn.charts.LineChartSpec;

/** Writes a check's figures as PNG files under the context's figure folder. */
public final class Figures {

    private Figures() {
    }

    /**
     * Writes one chart as {@code <name>.png} in the figure folder.
     *
     * @param context the run's context
     * @param name the file name without extension, usually the check id
     * @param chart the chart
     * @return the file's path relative to the report folder, e.g. {@code figures/name.png}
     */
    public static Path write(CheckContext context, String name, LineChartSpec chart) {
        Path file = context.figureFolder().resolve(name + ".png");
        ChartFiles.writePng(chart.toChart(), file, ChartFiles.DEFAULT_WIDTH,
            ChartFiles.DEFAULT_HEIGHT);
        Path folderName = context.figureFolder().getFileName();
        return folderName == null ? Path.of(name + ".png") : folderName.resolve(name + ".png");
    }
}
