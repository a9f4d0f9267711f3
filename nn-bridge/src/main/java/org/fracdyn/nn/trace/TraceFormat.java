package org.fracdyn.nn.trace;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats of a trace, chosen from the file name.
 *
 * <ul>
 *   <li>{@link #CSV} ({@code .csv}): RFC 4180 with a header; empty cell = not recorded;</li>
 *   <li>{@link #JSON_LINES} ({@code .jsonl}, {@code .ndjson}): one JSON object per row;</li>
 *   <li>{@link #NPZ} ({@code .npz}): one 1-D array per column, {@code step} and {@code epoch}
 *       as int64, the others as float64 with NaN = not recorded;</li>
 *   <li>{@link #NPY} ({@code .npy}): one 2-D float64 array (rows x columns) and a sidecar
 *       {@code <file>.columns.json} holding {@code {"columns": [...]}}, the names in order.</li>
 * </ul>
 */
public enum TraceFormat {
    /** Comma-separated values with a header. */
    CSV,
    /** JSON lines. */
    JSON_LINES,
    /** NumPy zip archive, one array per column. */
    NPZ,
    /** NumPy 2-D array plus a column-name sidecar. */
    NPY;

    /**
     * @param file a trace file
     * @return the format its extension names
     * @throws IllegalArgumentException for an unknown extension
     */
    public static TraceFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (name.endsWith(".npz")) {
            return NPZ;
        }
        if (name.endsWith(".npy")) {
            return NPY;
        }
        throw new IllegalArgumentException("trace file = " + file
            + ": unknown extension; expected .csv, .jsonl, .ndjson, .npz or .npy");
    }

    /** @param npyFile a {@code .npy} trace @return its column-name sidecar */
    public static Path columnsSidecar(Path npyFile) {
        return npyFile.resolveSibling(npyFile.getFileName() + ".columns.json");
    }
}
