package org.fracdyn.nn.data;

import java.util.Arrays;

/**
 * Images with class labels, as a classifier reads them: image i occupies
 * {@code pixels[i * features .. (i + 1) * features)}, intensities in [0, 1].
 *
 * <p>The arrays are not copied on construction (images are large); treat them as read-only.
 *
 * @param count the number of images, {@code >= 1}
 * @param rows the image height in pixels
 * @param columns the image width in pixels
 * @param pixels {@code count * rows * columns} intensities in [0, 1], row-major per image
 * @param labels {@code count} labels in {@code [0, classes)}
 * @param classes the number of classes, one more than the largest label
 */
public record LabelledImages(int count, int rows, int columns, float[] pixels, int[] labels,
                             int classes) {

    /** Checks the shapes. */
    public LabelledImages {
        if (count < 1) {
            throw new IllegalArgumentException("count = " + count + ": expected >= 1 image");
        }
        if ((long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException("pixels: " + pixels.length + " values for "
                + count + " images of " + rows + " x " + columns);
        }
        if (labels.length != count) {
            throw new IllegalArgumentException("labels: " + labels.length + " for "
                + count + " images");
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("labels[" + i + "] = " + labels[i]
                    + ": expected a class in [0, " + classes + ")");
            }
        }
    }

    /** @return the number of inputs per image, rows x columns */
    public int features() {
        return rows * columns;
    }

    /**
     * @param indices the images to keep, in the order to keep them
     * @return a copy holding only those images (same class count)
     */
    public LabelledImages select(int[] indices) {
        int features = features();
        float[] picked = new float[indices.length * features];
        int[] pickedLabels = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= count) {
                throw new IllegalArgumentException("indices[" + k + "] = " + i
                    + ": expected an image in [0, " + count + ")");
            }
            System.arraycopy(pixels, i * features, picked, k * features, features);
            pickedLabels[k] = labels[i];
        }
        return new LabelledImages(indices.length, rows, columns, picked, pickedLabels, classes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelledImages that && count == that.count && rows == that.rows
            && columns == that.columns && classes == that.classes
            && Arrays.equals(pixels, that.pixels) && Arrays.equals(labels, that.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels) * 31 + count;
    }

    @Override
    public String toString() {
        return "LabelledImages[" + count + " images " + rows + "x" + columns + ", "
            + classes + " classes]";
    }
}
