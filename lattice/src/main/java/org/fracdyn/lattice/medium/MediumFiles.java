package org.fracdyn.lattice.medium;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jetbrains.bio.npy.NpyArray;
import org.jetbrains.bio.npy.NpyFile;

/**
 * Users' media from files ({@code --medium file:PATH}), chosen by the file name:
 *
 * <ul>
 *   <li>{@code .png}: a black-and-white image; a pixel is occupied when its luminance
 *       (0.299 R + 0.587 G + 0.114 B) is at least 128, i.e. white is the medium (use
 *       {@link OccupancyGrid#inverted()} for black). Column = x, row = y.</li>
 *   <li>{@code .npy}: a 2D {@code (ny, nx)} or 3D {@code (nz, ny, nx)} array of 0/1 (bool or
 *       any integer type), C order.</li>
 *   <li>{@code .edges} or {@code .edgelist}: a graph, one bond "i j" per line (sites are
 *       non-negative integers, numbered from 0; {@code #} starts a comment). Such a graph has
 *       no coordinates (dimension 0): walkers measure P0(t) and S(t), not the MSD.</li>
 *   <li>anything else: text 0/1, one row per line (tokens separated by spaces or commas, or
 *       one digit per cell), 3D as slices separated by blank lines; {@code #} comments.</li>
 * </ul>
 *
 * Errors are {@link UncheckedIOException}s naming the file and, for text, the line.
 */
public final class MediumFiles {

    private MediumFiles() {
    }

    /**
     * @param path a file
     * @return true when the name says edge list
     */
    public static boolean isEdgeList(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".edges") || name.endsWith(".edgelist");
    }

    /**
     * Reads any supported file as a medium of all its occupied sites (or the graph).
     *
     * @param path the file
     * @param boundary open or periodic (grids only)
     * @return the medium
     */
    public static GraphMedium readMedium(Path path, Boundary boundary) {
        return isEdgeList(path) ? readEdgeList(path) : readGrid(path).medium(boundary);
    }

    /**
     * @param path a PNG, NPY or text file
     * @return the occupancy grid
     */
    public static OccupancyGrid readGrid(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return readPng(path);
        }
        if (name.endsWith(".npy")) {
            return readNpy(path);
        }
        return readText(path);
    }

    private static UncheckedIOException failure(Path path, int line, String message) {
        String where = line > 0 ? path + ":" + line : path.toString();
        return new UncheckedIOException(where + ": " + message,
                new IOException(where + ": " + message));
    }

    private static OccupancyGrid readPng(Path path) {
        BufferedImage image;
        try {
            image = ImageIO.read(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read the image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw failure(path, 0, "not an image ImageIO can read");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 2 || h < 2) {
            throw failure(path, 0, "image " + w + " x " + h + ": expected at least 2 x 2");
        }
        Validation.requireFitsInHeap("grid of " + path, (long) w * h);
        byte[] occ = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                double lum = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255)
                        + 0.114 * (rgb & 255);
                occ[x + w * y] = lum >= 128 ? (byte) 1 : 0;
            }
        }
        return new OccupancyGrid(new int[] {w, h}, occ);
    }

    private static OccupancyGrid readNpy(Path path) {
        NpyArray array;
        try {
            array = NpyFile.read(path, 1 << 20);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(path + ": cannot read the .npy array: "
                    + e.getMessage(), new IOException(e));
        }
        int[] shape = array.getShape();
        if (shape.length < 2 || shape.length > 3) {
            throw failure(path, 0, "array of dimension " + shape.length + ": expected 2 or 3");
        }
        Object data = array.getData();
        int n = java.lang.reflect.Array.getLength(data);
        byte[] occ = new byte[n];
        for (int i = 0; i < n; i++) {
            long v;
            if (data instanceof boolean[]) {
                v = ((boolean[]) data)[i] ? 1 : 0;
            } else if (data instanceof byte[]) {
                v = ((byte[]) data)[i];
            } else if (data instanceof short[]) {
                v = ((short[]) data)[i];
            } else if (data instanceof int[]) {
                v = ((int[]) data)[i];
            } else if (data instanceof long[]) {
                v = ((long[]) data)[i];
            } else {
                throw failure(path, 0, "element type " + data.getClass().getSimpleName()
                        + ": expected bool or integers 0/1");
            }
            if (v != 0 && v != 1) {
                throw failure(path, 0, "element " + i + " = " + v + ": expected 0 or 1");
            }
            occ[i] = (byte) v;
        }
        int[] sizes = new int[shape.length];
        for (int a = 0; a < shape.length; a++) {
            sizes[a] = shape[shape.length - 1 - a];
            if (sizes[a] < 2) {
                throw failure(path, 0, "shape " + java.util.Arrays.toString(shape)
                        + ": expected every extent >= 2");
            }
        }
        return new OccupancyGrid(sizes, occ);
    }

    private static OccupancyGrid readText(Path path) {
        List<List<byte[]>> slices = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        int nx = -1;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String raw;
            int lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
                if (line.isEmpty()) {
                    if (hash < 0 && !current.isEmpty()) {
                        slices.add(current);
                        current = new ArrayList<>();
                    }
                    continue;
                }
                byte[] row = parseRow(path, lineNo, line);
                if (nx < 0) {
                    nx = row.length;
                } else if (row.length != nx) {
                    throw failure(path, lineNo, "row of " + row.length
                            + " cells: expected " + nx + " like the first row");
                }
                current.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        if (!current.isEmpty()) {
            slices.add(current);
        }
        if (slices.isEmpty()) {
            throw failure(path, 0, "no rows of 0/1 found");
        }
        int ny = slices.get(0).size();
        for (int z = 0; z < slices.size(); z++) {
            if (slices.get(z).size() != ny) {
                throw failure(path, 0, "slice " + z + " has " + slices.get(z).size()
                        + " rows: expected " + ny + " like the first slice");
            }
        }
        int nz = slices.size();
        if (nx < 2 || ny < 2) {
            throw failure(path, 0, "grid " + nx + " x " + ny + ": expected at least 2 x 2");
        }
        byte[] occ = new byte[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                System.arraycopy(slices.get(z).get(y), 0, occ, nx * (y + ny * z), nx);
            }
        }
        int[] sizes = nz == 1 ? new int[] {nx, ny} : new int[] {nx, ny, nz};
        return new OccupancyGrid(sizes, occ);
    }

    private static byte[] parseRow(Path path, int lineNo, String line) {
        String[] tokens = line.split("[\\s,]+");
        if (tokens.length == 1) {
            tokens = line.split("");
        }
        byte[] row = new byte[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("0")) {
                row[i] = 0;
            } else if (tokens[i].equals("1")) {
                row[i] = 1;
            } else {
                throw failure(path, lineNo, "cell " + (i + 1) + " = '" + tokens[i]
                        + "': expected 0 or 1");
            }
        }
        return row;
    }

    /**
     * @param path an edge list, "i j" per line
     * @return the graph (dimension 0, maxDegree the largest degree)
     */
    public static GraphMedium readEdgeList(Path path) {
        List<int[]> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int maxSite = -1;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String raw;
            int lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
                if (line.isEmpty()) {
                    continue;
                }
                String[] t = line.split("[\\s,]+");
                if (t.length != 2) {
                    throw failure(path, lineNo, "'" + line + "': expected two site numbers");
                }
                int a;
                int b;
                try {
                    a = Integer.parseInt(t[0]);
                    b = Integer.parseInt(t[1]);
                } catch (NumberFormatException e) {
                    throw failure(path, lineNo, "'" + line + "': expected two integers");
                }
                if (a < 0 || b < 0) {
                    throw failure(path, lineNo, "site " + Math.min(a, b)
                            + ": expected a non-negative integer");
                }
                if (a == b) {
                    throw failure(path, lineNo, "bond " + a + " " + b
                            + ": a site cannot bond with itself");
                }
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                if (!seen.add(key)) {
                    throw failure(path, lineNo, "bond " + a + " " + b + " given twice");
                }
                edges.add(new int[] {a, b});
                maxSite = Math.max(maxSite, Math.max(a, b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        if (edges.isEmpty()) {
            throw failure(path, 0, "no bonds found");
        }
        int n = maxSite + 1;
        int[] degree = new int[n];
        for (int[] e : edges) {
            degree[e[0]]++;
            degree[e[1]]++;
        }
        int maxDegree = 0;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        if (maxDegree > 127) {
            throw failure(path, 0, "a site has " + maxDegree + " bonds: at most 127 allowed");
        }
        GraphMedium.Builder b = new GraphMedium.Builder(n, maxDegree, new double[0],
                new int[0][]);
        for (int[] e : edges) {
            b.addBond(e[0], e[1], 0);
        }
        return b.build();
    }
}
