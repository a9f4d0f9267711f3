package org.fracdyn.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fracdyn.nn.data.IdxReader;
import org.fracdyn.nn.data.IdxTestFiles;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.mlp.Mlp;
import org.fracdyn.nn.mlp.MlpFiles;
import org.fracdyn.nn.mlp.SgdConfig;
import org.fracdyn.nn.trace.Trace;
import org.fracdyn.nn.trace.TraceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {

    @TempDir
    Path folder;

    private static TrainingConfig small(boolean batchNorm, int subset, int epochs) {
        return new TrainingConfig(List.of(8), batchNorm, new SgdConfig(0.1, 0.9, 0), 16, subset,
            0.5, epochs, 5, 7);
    }

    @Test
    void learnsASeparableProblemAndWritesTheSchema() {
        Path traceFile = folder.resolve("trace.csv");

        TrainingResult result = Trainer.train(TrainerTestData.halves(400, 1),
            small(true, 400, 3), traceFile, TrainingListener.NONE);

        assertTrue(result.last().testAccuracy() > 0.95, "test accuracy " + result.last());
        Trace trace = TraceReader.read(traceFile);
        // 200 training images in batches of 16: 13 steps per epoch, 39 in all; rows at 0,
        // every 5th step and each epoch's last step (13, 26, 39).
        assertEquals(39, result.steps());
        long[] expected = {0, 5, 10, 13, 15, 20, 25, 26, 30, 35, 39};
        assertArrayEquals(expected, trace.steps());
        assertEquals(List.of("fc1.weight", "fc1.bias", "bn1.weight", "bn1.bias", "fc2.weight",
            "fc2.bias"), trace.layerNames());
        assertEquals(0.0, trace.total()[0]);
        for (int row = 0; row < trace.rowCount(); row++) {
            double squares = 0;
            for (String layer : trace.layerNames()) {
                double r = trace.column(Trace.LAYER_PREFIX + layer)[row];
                squares += r * r;
            }
            assertEquals(Math.sqrt(squares), trace.total()[row], 1e-12 * (1 + trace.total()[row]));
        }
        assertEquals(result.last().testAccuracy(), trace.column(Trace.TEST_ACC)[10]);
        assertTrue(Double.isNaN(trace.column(Trace.TEST_ACC)[9]));
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        Path first = folder.resolve("a.csv");
        Path second = folder.resolve("b.csv");
        LabelledImages pool = TrainerTestData.halves(200, 3);

        Trainer.train(pool, small(true, 200, 2), first, TrainingListener.NONE);
        Trainer.train(pool, small(true, 200, 2), second, TrainingListener.NONE);
        Trainer.train(pool, small(true, 200, 2).withSeed(8), folder.resolve("c.csv"),
            TrainingListener.NONE);

        assertEquals(TraceReader.read(first), TraceReader.read(second));
        assertTrue(!TraceReader.read(first).equals(TraceReader.read(folder.resolve("c.csv"))));
    }

    @Test
    void scheduledLlcEstimatesGetTheirOwnRows() {
        Path traceFile = folder.resolve("trace.csv");
        LlcSchedule schedule = new LlcSchedule(7,
            org.fracdyn.nn.llc.LlcConfig.of(1e-5, 100, 2, 20, 5, 16, 1));

        Trainer.train(TrainerTestData.halves(200, 1), small(false, 200, 2), schedule, traceFile,
            TrainingListener.NONE);

        Trace trace = TraceReader.read(traceFile);
        // 100 training images, batches of 16: 7 steps per epoch, so rows at 0, 5, 7, 10, 14
        // (epoch ends 7 and 14 coincide with the LLC steps 7 and 14)
        assertArrayEquals(new long[] {0, 5, 7, 10, 14}, trace.steps());
        double[] llc = trace.column(Trace.LLC);
        double[] beta = trace.column(Trainer.LLC_BETA);
        assertTrue(Double.isNaN(llc[0]) && Double.isNaN(llc[1]) && Double.isNaN(llc[3]));
        assertTrue(Double.isFinite(llc[2]) && Double.isFinite(llc[4]));
        // the default inverse temperature 1 / ln n with n = 100 training images
        assertEquals(1 / Math.log(100), beta[2], 1e-15);
    }

    @Test
    void anInterruptedRunKeepsItsTrace() {
        Path traceFile = folder.resolve("trace.csv");
        TrainingListener stopAt12 = new TrainingListener() {
            @Override
            public void stepped(long step, double batchLoss) {
                if (step == 12) {
                    throw new IllegalStateException("interrupted");
                }
            }
        };

        assertThrows(IllegalStateException.class, () -> Trainer.train(
            TrainerTestData.halves(200, 1), small(false, 200, 5), traceFile, stopAt12));

        // 100 training images in batches of 16: 7 steps per epoch; rows at 0, 5, 7 (epoch end)
        // and 10 were written before step 12 stopped the run.
        assertArrayEquals(new long[] {0, 5, 7, 10}, TraceReader.read(traceFile).steps());
    }

    @Test
    void aSavedModelLoadsWithTheSameLoss() {
        TrainingResult result = Trainer.train(TrainerTestData.halves(200, 2), small(true, 200, 1),
            folder.resolve("t.csv"), TrainingListener.NONE);
        Path header = folder.resolve("model.json");

        MlpFiles.save(result.model(), header);
        Mlp loaded = MlpFiles.load(header);

        assertTrue(Files.exists(folder.resolve("model.npz")));
        assertEquals(result.model().evaluate(result.testSplit()),
            loaded.evaluate(result.testSplit()));
        assertArrayEquals(result.model().flatParameters(), loaded.flatParameters());
    }

    /**
     * The real-data smoke test: one epoch on 1,000 Fashion-MNIST training images, tested on
     * 1,000 held-out ones. Chance is 10 %; with 1,000 test images the accuracy of a guessing
     * network has standard deviation sqrt(0.1 * 0.9 / 1000) = 0.95 %, so 40 % is more than
     * 30 standard deviations above chance (a working network gets about 70 % here).
     */
    @Test
    void oneEpochOnRealImagesBeatsChance() {
        assumeTrue(Files.isDirectory(IdxTestFiles.FASHION_MNIST),
            "Debian package dataset-fashion-mnist not installed: skipping the real-data test");
        LabelledImages pool = IdxReader.readTestSet(IdxTestFiles.FASHION_MNIST);
        TrainingConfig config = new TrainingConfig(List.of(128, 128), true,
            new SgdConfig(0.1, 0.9, 0), 32, 2000, 0.5, 1, 10, 1);
        Path traceFile = folder.resolve("trace.csv");

        TrainingResult result = Trainer.train(pool, config, traceFile, TrainingListener.NONE);

        assertTrue(result.last().testAccuracy() > 0.40, "test accuracy " + result.last());
        Trace trace = TraceReader.read(traceFile);
        // 1,000 images in batches of 32: 32 steps (the last of 8 images); rows 0, 10, 20, 30, 32
        assertArrayEquals(new long[] {0, 10, 20, 30, 32}, trace.steps());
        // total, 10 tensors (fc1-3 weight and bias, bn1-2 weight and bias), 6 metrics
        assertEquals(1 + 10 + 6, trace.columnNames().size());
        assertTrue(trace.total()[4] > trace.total()[1]);
    }
}
