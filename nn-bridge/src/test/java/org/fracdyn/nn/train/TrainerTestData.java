package org.fracdyn.nn.train;

import java.util.SplittableRandom;
import org.fracdyn.nn.data.LabelledImages;

/** Synthetic image data for training tests. */
public final class TrainerTestData {

    private TrainerTestData() {
    }

    /**
     * Two classes of 4 x 4 images: class 0 bright in the top half, class 1 in the bottom half,
     * plus uniform noise of amplitude 0.4. The classes are linearly separable with a margin
     * (mean half-difference 0.6 against noise at most 0.4 per pixel), so any working SGD
     * reaches perfect or near-perfect accuracy.
     */
    public static LabelledImages halves(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[count * 16];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 2;
            for (int p = 0; p < 16; p++) {
                boolean top = p < 8;
                double base = (top == (labels[i] == 0)) ? 0.6 : 0.0;
                pixels[i * 16 + p] = (float) (base + 0.4 * random.nextDouble());
            }
        }
        return new LabelledImages(count, 4, 4, pixels, labels, 2);
    }
}
