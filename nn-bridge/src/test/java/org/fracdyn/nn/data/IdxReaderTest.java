package org.fracdyn.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsTheBytesItWasGiven(boolean gzip) throws Exception {
        byte[] pixels = {0, (byte) 255, (byte) 128, 51, 1, 2, 3, 4, 5, 6, 7, (byte) 200};
        IdxTestFiles.writeSet(folder, IdxReader.TRAIN_IMAGES, IdxReader.TRAIN_LABELS,
            2, 2, 3, pixels, new byte[] {3, 7}, gzip);

        LabelledImages images = IdxReader.readTrainingSet(folder);

        assertEquals(2, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.columns());
        assertEquals(8, images.classes());
        assertArrayEquals(new int[] {3, 7}, images.labels());
        assertEquals(0f, images.pixels()[0]);
        assertEquals(1f, images.pixels()[1]);
        assertEquals(128f / 255f, images.pixels()[2]);
        assertEquals(0.2f, images.pixels()[3], 1e-7f);
        assertEquals(200f / 255f, images.pixels()[11]);
    }

    private String problem(byte[] images, byte[] labels) throws Exception {
        Path imageFile = IdxTestFiles.write(folder.resolve("img"), images);
        Path labelFile = IdxTestFiles.write(folder.resolve("lab"), labels);
        return assertThrows(UncheckedIOException.class,
            () -> IdxReader.read(imageFile, labelFile)).getMessage();
    }

    @Test
    void badFilesAreNamedWithWhatIsWrong() throws Exception {
        byte[] labels = IdxTestFiles.idx(new int[] {2}, new byte[] {0, 1});
        byte[] good = IdxTestFiles.idx(new int[] {2, 1, 1}, new byte[] {0, 1});

        assertTrue(problem(new byte[] {1, 2, 8, 3}, labels).contains("img: magic number"));
        assertTrue(problem(IdxTestFiles.idx(new int[] {2, 1, 1}, new byte[] {0}), labels)
            .contains("img: truncated"));
        assertTrue(problem(IdxTestFiles.idx(new int[] {2, 2}, new byte[] {0, 1, 2, 3}), labels)
            .contains("img: 2 dimensions: expected 3"));
        assertTrue(problem(good, IdxTestFiles.idx(new int[] {3}, new byte[] {0, 1, 2}))
            .contains("2 images but"));
        assertTrue(problem(new byte[] {0, 0}, labels).contains("img: shorter than"));
        byte[] floats = good.clone();
        floats[2] = 0x0d;
        assertTrue(problem(floats, labels).contains("data type 0x0d"));
        assertThrows(UncheckedIOException.class, () -> IdxReader.readTestSet(folder));
    }

    @Test
    void readsDebianFashionMnist() {
        assumeTrue(Files.isDirectory(IdxTestFiles.FASHION_MNIST),
            "Debian package dataset-fashion-mnist not installed: skipping the real-data check");

        LabelledImages test = IdxReader.readTestSet(IdxTestFiles.FASHION_MNIST);

        // Xiao, Rasul and Vollgraf (2017), arXiv:1708.07747: 10,000 test images of 28 x 28,
        // ten classes with 1,000 images each.
        assertEquals(10_000, test.count());
        assertEquals(28, test.rows());
        assertEquals(28, test.columns());
        assertEquals(10, test.classes());
        int[] perClass = new int[10];
        for (int label : test.labels()) {
            perClass[label]++;
        }
        for (int count : perClass) {
            assertEquals(1000, count);
        }
        float max = 0;
        for (float pixel : test.pixels()) {
            assertTrue(pixel >= 0 && pixel <= 1);
            max = Math.max(max, pixel);
        }
        assertEquals(1f, max);
    }
}
