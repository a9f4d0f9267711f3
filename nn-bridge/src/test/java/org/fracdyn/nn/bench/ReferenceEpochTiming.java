package org.fracdyn.nn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fracdyn.nn.data.IdxReader;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.train.EpochReport;
import org.fracdyn.nn.train.Trainer;
import org.fracdyn.nn.train.TrainingConfig;
import org.fracdyn.nn.train.TrainingListener;

/**
 * A throwaway timing (run by hand, never by the test suite) of the reference training
 * configuration ({@link TrainingConfig#reference()}) for a few epochs on the IDX files of a
 * folder (default: Debian's Fashion-MNIST), printing the wall time of each epoch.
 *
 * <p>Run: {@code java -cp <test classpath> org.fracdyn.nn.bench.ReferenceEpochTiming
 * [folder [epochs]]}
 */
public final class ReferenceEpochTiming {

    private ReferenceEpochTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        LabelledImages pool = IdxReader.readTrainingSet(folder);
        TrainingConfig config = TrainingConfig.reference().withEpochs(epochs);
        Path trace = Files.createTempFile("fracdyn-timing", ".csv");
        long[] last = {System.nanoTime()};
        Trainer.train(pool, config, trace, new TrainingListener() {
            @Override
            public void epochFinished(EpochReport report) {
                long now = System.nanoTime();
                System.out.printf(Locale.ROOT,
                    "epoch %d: %.2f s, train acc %.3f, test acc %.3f, R = %.4f%n",
                    report.epoch(), (now - last[0]) / 1e9, report.trainAccuracy(),
                    report.testAccuracy(), report.displacement());
                last[0] = now;
            }
        });
        Files.deleteIfExists(trace);
    }
}
