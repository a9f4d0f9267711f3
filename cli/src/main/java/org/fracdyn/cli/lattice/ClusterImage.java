package org.fracdyn.cli.lattice;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.fracdyn.io.AtomicFiles;
import org.fracdyn.lattice.percolation.Clusters;

/**
 * Draws a 2D labelled configuration as a PNG: vacant sites black, the largest cluster red,
 * the others in colours hashed from their label (so neighbouring clusters usually differ).
 * Pixel (x, y) is site (x, y) of the lattice, y upwards; a triangular lattice is drawn on its
 * rhombus' square grid (sheared). Each site is a square of {@code scale} pixels, chosen so the
 * image is about 512 to 1024 pixels wide; lattices wider than {@link #MAX_SIDE} sites are
 * subsampled (every k-th site).
 */
public final class ClusterImage {

    /** The widest image written, in pixels. */
    public static final int MAX_SIDE = 4096;

    private static final int VACANT = 0x000000;
    private static final int LARGEST = 0xD62728;

    private ClusterImage() {
    }

    /**
     * @param clusters the labelled clusters of a 2D configuration
     * @param file the PNG to write, atomically
     */
    public static void write(Clusters clusters, Path file) {
        int[] sizes = clusters.configuration().lattice().sizes();
        int lx = sizes[0];
        int ly = sizes[1];
        int stride = Math.max(1, (Math.max(lx, ly) + MAX_SIDE - 1) / MAX_SIDE);
        int scale = Math.max(1, 512 / Math.max(lx, ly));
        int width = (lx + stride - 1) / stride * scale;
        int height = (ly + stride - 1) / stride * scale;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] labels = clusters.labels();
        for (int y = 0; y < ly; y += stride) {
            for (int x = 0; x < lx; x += stride) {
                int label = labels[x + lx * y];
                int rgb = label < 0 ? VACANT : label == 0 ? LARGEST : colour(label);
                int px = x / stride * scale;
                int py = height - scale - y / stride * scale;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(px + dx, py + dy, rgb);
                    }
                }
            }
        }
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    /** A light colour from the label, by a multiplicative hash (never near black or red). */
    private static int colour(int label) {
        int h = label * 0x9E3779B1;
        int r = 80 + ((h >>> 24) & 0x7F);
        int g = 100 + ((h >>> 16) & 0x9F);
        int b = 100 + ((h >>> 8) & 0x9F);
        return (r << 16) | (g << 8) | b;
    }
}
