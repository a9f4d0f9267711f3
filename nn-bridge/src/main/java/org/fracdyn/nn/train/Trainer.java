package org.fracdyn.nn.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.llc.LlcEstimate;
import org.fracdyn.nn.llc.LlcEstimator;
import org.fracdyn.nn.llc.MlpLossModel;
import org.fracdyn.nn.mlp.Mlp;
import org.fracdyn.nn.mlp.MlpSpec;
import org.fracdyn.nn.mlp.Sgd;
import org.fracdyn.nn.trace.Trace;
import org.fracdyn.nn.trace.TraceRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an MLP by minibatch SGD and records its weight trajectory as a trace.
 *
 * <p>The run: draw {@code subsetSize} images from the pool without replacement and split them
 * into training and test images; initialise the network; then for each epoch visit the
 * training images in a fresh random order in batches of {@code batchSize} (the last batch
 * smaller) and take one SGD step per batch. The trace ({@code trace.csv}, written row by row by
 * a {@link TraceRecorder}) has a row at step 0, at every {@code every}-th step and at the last
 * step of each epoch, with
 * {@code total = ||w_t - w_0||_2} over all parameters, {@code layer:<tensor>} per tensor,
 * {@code batch_loss} (the minibatch loss of that step, before the update), {@code lr}, and at
 * epoch ends {@code train_loss}, {@code train_acc}, {@code test_loss}, {@code test_acc}
 * evaluated in evaluation mode on the whole splits.
 *
 * <p>Randomness: one L64X128MixRandom seeded with {@code seed}, split into independent streams
 * for the subset, the initialisation and the batch order, so a seed fixes the whole run.
 */
public final class Trainer {

    /** The column of the minibatch loss. */
    public static final String BATCH_LOSS = "batch_loss";
    /** The column of the standard error of the LLC estimate. */
    public static final String LLC_STANDARD_ERROR = "llc_se";
    /** The column of the inverse temperature of the LLC estimate. */
    public static final String LLC_BETA = "llc_beta";

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private Trainer() {
    }

    /**
     * Runs a training and writes its trace.
     *
     * @param pool the images to draw the subset from
     * @param config the run settings
     * @param traceFile the CSV trace to write as the run goes
     * @param listener progress
     * @return the trained model, the splits and the per-epoch reports
     */
    public static TrainingResult train(LabelledImages pool, TrainingConfig config,
                                       Path traceFile, TrainingListener listener) {
        return train(pool, config, null, traceFile, listener);
    }

    /**
     * Runs a training, estimating the local learning coefficient on a schedule, and writes its
     * trace with the extra columns {@code llc}, {@code llc_se} (standard error over chains) and
     * {@code llc_beta} (the inverse temperature used), filled at the scheduled steps (which
     * always get a row).
     *
     * @param pool the images to draw the subset from
     * @param config the run settings
     * @param llc when and how to estimate the LLC; null for never
     * @param traceFile the CSV trace to write as the run goes
     * @param listener progress
     * @return the trained model, the splits and the per-epoch reports
     */
    public static TrainingResult train(LabelledImages pool, TrainingConfig config,
                                       LlcSchedule llc, Path traceFile,
                                       TrainingListener listener) {
        if (config.subsetSize() > pool.count()) {
            throw new IllegalArgumentException("subsetSize = " + config.subsetSize()
                + ": the pool has only " + pool.count() + " images");
        }
        RandomGenerator.SplittableGenerator root = (RandomGenerator.SplittableGenerator)
            RandomGeneratorFactory.of("L64X128MixRandom").create(config.seed());
        RandomGenerator subsetRandom = root.split();
        RandomGenerator initRandom = root.split();
        RandomGenerator orderRandom = root.split();

        int[] subset = sampleWithoutReplacement(pool.count(), config.subsetSize(), subsetRandom);
        int trainCount = config.trainCount();
        LabelledImages train = pool.select(Arrays.copyOfRange(subset, 0, trainCount));
        LabelledImages test = pool.select(Arrays.copyOfRange(subset, trainCount, subset.length));
        Mlp mlp = Mlp.initialise(new MlpSpec(pool.features(), config.hidden(),
            Math.max(2, pool.classes()), config.batchNorm()), initRandom.nextLong());
        LOG.debug("training {} parameters on {} images, testing on {}", mlp.parameterCount(),
            trainCount, test.count());

        double[][] initial = new double[mlp.tensorCount()][];
        for (int t = 0; t < initial.length; t++) {
            initial[t] = mlp.tensor(t).clone();
        }
        List<String> columns = new ArrayList<>();
        columns.add(Trace.TOTAL);
        for (String name : mlp.parameterNames()) {
            columns.add(Trace.LAYER_PREFIX + name);
        }
        List<String> metrics = List.of(BATCH_LOSS, Trace.TRAIN_LOSS, Trace.TRAIN_ACC,
            Trace.TEST_LOSS, Trace.TEST_ACC, Trace.LR);
        columns.addAll(metrics);
        int metricsAt = columns.size() - metrics.size();
        int llcAt = columns.size();
        if (llc != null) {
            columns.addAll(List.of(Trace.LLC, LLC_STANDARD_ERROR, LLC_BETA));
        }

        Sgd sgd = new Sgd(config.sgd(), mlp);
        double[][] gradients = mlp.newTensorArrays();
        long totalSteps = (long) config.epochs() * config.stepsPerEpoch();
        List<EpochReport> reports = new ArrayList<>();
        listener.started(totalSteps);
        long step = 0;
        try (TraceRecorder recorder = new TraceRecorder(traceFile, true, columns)) {
            double[] row = new double[columns.size()];
            Arrays.fill(row, Double.NaN);
            EpochReport start = evaluate(mlp, train, test, 0, 0, 0.0);
            reports.add(start);
            fillRow(row, mlp, initial, metricsAt, Double.NaN, start, config);
            recorder.record(0, 0, row);
            listener.epochFinished(start);

            int[] order = new int[trainCount];
            for (int i = 0; i < trainCount; i++) {
                order[i] = i;
            }
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                shuffle(order, orderRandom);
                for (int from = 0; from < trainCount; from += config.batchSize()) {
                    int to = Math.min(trainCount, from + config.batchSize());
                    if (config.batchNorm() && to - from < 2) {
                        break;
                    }
                    int[] batch = Arrays.copyOfRange(order, from, to);
                    double loss = mlp.run(train, batch, true, gradients).meanLoss();
                    if (!Double.isFinite(loss)) {
                        throw new IllegalStateException("training diverged at step " + (step + 1)
                            + " (epoch " + epoch + "): batch loss " + loss + " with learning rate "
                            + config.sgd().learningRate() + "; try a smaller learning rate");
                    }
                    sgd.step(mlp, gradients);
                    step++;
                    listener.stepped(step, loss);
                    boolean lastOfEpoch = to == trainCount
                        || (config.batchNorm() && trainCount - to < 2);
                    boolean estimateLlc = llc != null && step % llc.every() == 0;
                    if (llc != null) {
                        Arrays.fill(row, llcAt, llcAt + 3, Double.NaN);
                    }
                    if (estimateLlc) {
                        LlcEstimate estimate = LlcEstimator.estimate(
                            new MlpLossModel(mlp, train), mlp.flatParameters(),
                            llc.config().withSeed(llc.config().seed() + step));
                        row[llcAt] = estimate.lambdaHat();
                        row[llcAt + 1] = estimate.standardError();
                        row[llcAt + 2] = estimate.inverseTemperature();
                        listener.llcEstimated(step, estimate);
                    }
                    if (lastOfEpoch) {
                        EpochReport report = evaluate(mlp, train, test, epoch, step,
                            displacement(mlp, initial));
                        reports.add(report);
                        fillRow(row, mlp, initial, metricsAt, loss, report, config);
                        recorder.record(step, epoch, row);
                        listener.epochFinished(report);
                    } else if (step % config.every() == 0 || estimateLlc) {
                        fillRow(row, mlp, initial, metricsAt, loss, null, config);
                        recorder.record(step, epoch, row);
                    }
                }
            }
        }
        return new TrainingResult(mlp, train, test, List.copyOf(reports), step, traceFile);
    }

    private static void fillRow(double[] row, Mlp mlp, double[][] initial, int metricsAt,
                                double batchLoss, EpochReport report, TrainingConfig config) {
        double sumSquares = 0;
        for (int t = 0; t < mlp.tensorCount(); t++) {
            double[] w = mlp.tensor(t);
            double squares = 0;
            for (int k = 0; k < w.length; k++) {
                double d = w[k] - initial[t][k];
                squares += d * d;
            }
            sumSquares += squares;
            row[1 + t] = Math.sqrt(squares);
        }
        row[0] = Math.sqrt(sumSquares);
        row[metricsAt] = batchLoss;
        row[metricsAt + 1] = report == null ? Double.NaN : report.trainLoss();
        row[metricsAt + 2] = report == null ? Double.NaN : report.trainAccuracy();
        row[metricsAt + 3] = report == null ? Double.NaN : report.testLoss();
        row[metricsAt + 4] = report == null ? Double.NaN : report.testAccuracy();
        row[metricsAt + 5] = config.sgd().learningRate();
    }

    private static double displacement(Mlp mlp, double[][] initial) {
        double sumSquares = 0;
        for (int t = 0; t < mlp.tensorCount(); t++) {
            double[] w = mlp.tensor(t);
            for (int k = 0; k < w.length; k++) {
                double d = w[k] - initial[t][k];
                sumSquares += d * d;
            }
        }
        return Math.sqrt(sumSquares);
    }

    private static EpochReport evaluate(Mlp mlp, LabelledImages train, LabelledImages test,
                                        int epoch, long step, double displacement) {
        Mlp.BatchResult onTrain = mlp.evaluate(train);
        Mlp.BatchResult onTest = mlp.evaluate(test);
        return new EpochReport(epoch, step, onTrain.meanLoss(), onTrain.accuracy(),
            onTest.meanLoss(), onTest.accuracy(), displacement);
    }

    /** The first k entries of a Fisher-Yates shuffle of 0..n-1. */
    static int[] sampleWithoutReplacement(int n, int k, RandomGenerator random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, k);
    }

    private static void shuffle(int[] values, RandomGenerator random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
