package org.fracdyn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fracdyn.cli.progress.TerminalProgress;
import org.fracdyn.io.JsonDocuments;
import org.fracdyn.io.RunFolder;
import org.fracdyn.nn.data.IdxReader;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.mlp.MlpFiles;
import org.fracdyn.nn.mlp.SgdConfig;
import org.fracdyn.nn.train.EpochReport;
import org.fracdyn.nn.llc.LlcConfig;
import org.fracdyn.nn.llc.LlcEstimate;
import org.fracdyn.nn.train.LlcSchedule;
import org.fracdyn.nn.train.Trainer;
import org.fracdyn.nn.train.TrainingConfig;
import org.fracdyn.nn.train.TrainingListener;
import org.fracdyn.nn.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn train}: trains an MLP classifier on IDX image data by minibatch SGD and
 * records its weight trajectory. The defaults are the reference experiment
 * ({@link TrainingConfig#reference()}): a 10,000-image subset of the training images split
 * 50/50, two hidden ReLU layers of 128 with batch normalisation, batch 256, learning rate 0.01,
 * no momentum, no weight decay, 100 epochs, a trace row every 10 steps.
 *
 * <p>Writes into the run folder, as it goes: {@code trace.csv} (step, epoch, total,
 * layer:&lt;tensor&gt;..., losses and accuracies; see docs/traces.md); at the end
 * {@code model.json} + {@code model.npz} (see {@link MlpFiles}) and {@code summary.json}
 * (configuration, seed, version, final accuracies, wall time). The images are drawn from the
 * folder's training files ({@code train-images-idx3-ubyte} and {@code train-labels-idx1-ubyte},
 * optionally {@code .gz}); the test files of the distribution are not used, the held-out split
 * is a part of the drawn subset.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train an MLP on IDX image data (MNIST, Fashion-MNIST) by SGD and record "
        + "the weight displacement ||w_t - w_0|| per step in trace.csv.",
        "Defaults: the reference experiment (10,000 images split 50/50, hidden 128,128 with "
            + "batch norm, batch 256, lr 0.01, 100 epochs)."})
public final class TrainCommand implements Callable<Integer> {

    /** SGLD step size of the in-training estimates, the default of {@code fracdyn llc}. */
    private static final double LLC_STEP_SIZE = 1e-5;

    /** SGLD localisation gamma of the in-training estimates, as {@code fracdyn llc}. */
    private static final double LLC_LOCALISATION = 100;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "Folder with train-images-idx3-ubyte and train-labels-idx1-ubyte "
            + "(gzipped or not; the usual MNIST names).")
    private Path data;

    @Option(names = "--subset", paramLabel = "N", defaultValue = "10000",
        description = "Images drawn from the training files (default: ${DEFAULT-VALUE}).")
    private int subset;

    @Option(names = "--split", paramLabel = "F", defaultValue = "0.5",
        description = "Share of the subset held out for testing, in (0, 1) "
            + "(default: ${DEFAULT-VALUE}).")
    private double split;

    @Option(names = "--hidden", split = ",", paramLabel = "W", defaultValue = "128,128",
        description = "Hidden-layer widths (default: ${DEFAULT-VALUE}).")
    private List<Integer> hidden;

    @Option(names = "--batch-norm", negatable = true, defaultValue = "true",
        fallbackValue = "true",
        description = "Batch normalisation in each hidden layer (default: on; "
            + "--no-batch-norm turns it off).")
    private boolean batchNorm;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "100",
        description = "Passes over the training split (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "256",
        description = "Examples per step (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--lr", paramLabel = "LR", defaultValue = "0.01",
        description = "Learning rate (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--momentum", paramLabel = "M", defaultValue = "0",
        description = "SGD momentum in [0, 1) (default: ${DEFAULT-VALUE}).")
    private double momentum;

    @Option(names = "--weight-decay", paramLabel = "W", defaultValue = "0",
        description = "L2 weight decay (default: ${DEFAULT-VALUE}).")
    private double weightDecay;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
        description = "Seed of the subset, the initialisation and the batch order "
            + "(default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--every", paramLabel = "K", defaultValue = "10",
        description = "Record a trace row every K steps (and at every epoch end) "
            + "(default: ${DEFAULT-VALUE}).")
    private int every;

    @Option(names = "--llc-every", paramLabel = "K", defaultValue = "0",
        description = "Estimate the local learning coefficient every K steps into the trace's"
            + " llc column (the paper's protocol: 100); 0, the default, never. Each estimate"
            + " costs about (chains x (draws + burn-in)) training steps.")
    private int llcEvery;

    @Option(names = "--llc-chains", paramLabel = "C", defaultValue = "4",
        description = "SGLD chains per estimate (default: ${DEFAULT-VALUE}).")
    private int llcChains;

    @Option(names = "--llc-draws", paramLabel = "N", defaultValue = "200",
        description = "SGLD draws per chain, after a burn-in of half as many"
            + " (default: ${DEFAULT-VALUE}).")
    private int llcDraws;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Run folder (default: runs/train-seed<S>).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        for (int i = 0; i < hidden.size(); i++) {
            if (hidden.get(i) < 1) {
                throw new IllegalArgumentException("--hidden: width " + hidden.get(i)
                    + " at position " + (i + 1) + ": expected an integer >= 1");
            }
        }
        if (!(split > 0 && split < 1)) {
            throw new IllegalArgumentException("--split = " + split
                + ": expected a share in (0, 1)");
        }
        checkAtLeast("--subset", subset, 2);
        checkAtLeast("--epochs", epochs, 1);
        checkAtLeast("--batch", batch, batchNorm ? 2 : 1);
        checkAtLeast("--every", every, 1);
        checkAtLeast("--llc-every", llcEvery, 0);
        checkAtLeast("--llc-chains", llcChains, 1);
        checkAtLeast("--llc-draws", llcDraws, 1);
        LlcSchedule llc = llcEvery == 0 ? null : new LlcSchedule(llcEvery,
            LlcConfig.of(LLC_STEP_SIZE, LLC_LOCALISATION, llcChains, llcDraws,
                Math.max(1, llcDraws / 2), batch, seed));
        SgdConfig sgd;
        try {
            sgd = new SgdConfig(learningRate, momentum, weightDecay);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage()
                .replaceFirst("^learningRate = ", "--lr = ")
                .replaceFirst("^momentum = ", "--momentum = ")
                .replaceFirst("^weightDecay = ", "--weight-decay = "), e);
        }
        TrainingConfig config = new TrainingConfig(hidden, batchNorm, sgd, batch, subset, split,
            epochs, every, seed);
        Path folderPath = RunFolder.resolve(out, "train-seed" + seed);
        Path imagesFile = expectIdx(data, IdxReader.TRAIN_IMAGES);
        Path labelsFile = expectIdx(data, IdxReader.TRAIN_LABELS);
        LabelledImages pool = IdxReader.read(imagesFile, labelsFile);
        if (config.subsetSize() > pool.count()) {
            throw new IllegalArgumentException("--subset = " + subset + ": " + imagesFile
                + " holds only " + pool.count() + " images");
        }

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "fracdyn train: %d images from %s (%d for training, %d held "
                + "out), hidden %s%s, %d epochs of %d steps%n", config.subsetSize(), data,
            config.trainCount(), config.testCount(), hidden,
            batchNorm ? " with batch norm" : "", epochs, config.stepsPerEpoch());
        stdout.flush();
        RunFolder folder = RunFolder.create(folderPath);
        long started = System.nanoTime();
        TrainingResult result;
        try (TerminalProgress progress = TerminalProgress.toStderr("train")) {
            result = Trainer.train(pool, config, llc, folder.file("trace.csv"),
                new PrintingListener(stdout, progress, epochs));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        MlpFiles.save(result.model(), folder.file("model.json"));
        folder.writeJson("summary.json", summary(config, result, seconds));

        EpochReport last = result.last();
        stdout.printf(Locale.ROOT, "done in %.1f s: train accuracy %.1f%%, test accuracy "
                + "%.1f%%, displacement %.4g after %d steps; results in %s%n", seconds,
            100 * last.trainAccuracy(), 100 * last.testAccuracy(), last.displacement(),
            result.steps(), folder.root());
        stdout.flush();
        return ExitCodes.OK;
    }

    private static void checkAtLeast(String option, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(option + " = " + value + ": expected an integer >= "
                + minimum);
        }
    }

    /**
     * @return the IDX file of that usual name in the folder
     * @throws IllegalArgumentException naming the file expected when it is missing
     */
    static Path expectIdx(Path folder, String baseName) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--data = " + folder
                + ": not a folder; expected one holding " + baseName + " (or .gz)");
        }
        try {
            return IdxReader.find(folder, baseName);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("--data = " + folder + ": expected the file "
                + folder.resolve(baseName) + " (or " + baseName + ".gz), not found", e);
        }
    }

    private ObjectNode summary(TrainingConfig config, TrainingResult result, double seconds) {
        ObjectNode root = JsonDocuments.newObject();
        root.put("command", "train");
        root.put("fracdyn_version", ManifestVersionProvider.version());
        root.put("finished", Instant.now().toString());
        root.put("data", data.toAbsolutePath().toString());
        ObjectNode settings = root.putObject("config");
        ArrayNode widths = settings.putArray("hidden");
        config.hidden().forEach(widths::add);
        settings.put("batch_norm", config.batchNorm());
        settings.put("subset", config.subsetSize());
        settings.put("split", config.testFraction());
        settings.put("train_images", config.trainCount());
        settings.put("test_images", config.testCount());
        settings.put("epochs", config.epochs());
        settings.put("batch", config.batchSize());
        settings.put("lr", config.sgd().learningRate());
        settings.put("momentum", config.sgd().momentum());
        settings.put("weight_decay", config.sgd().weightDecay());
        settings.put("every", config.every());
        root.put("seed", config.seed());
        root.put("parameters", result.model().parameterCount());
        root.put("steps", result.steps());
        EpochReport last = result.last();
        ObjectNode finals = root.putObject("final");
        finals.put("train_accuracy", last.trainAccuracy());
        finals.put("test_accuracy", last.testAccuracy());
        finals.put("train_loss", last.trainLoss());
        finals.put("test_loss", last.testLoss());
        finals.put("displacement", last.displacement());
        root.put("wall_seconds", seconds);
        root.put("threads", Runtime.getRuntime().availableProcessors());
        ObjectNode files = root.putObject("files");
        files.put("trace", "trace.csv");
        files.put("model", "model.json");
        return root;
    }

    /** Prints each epoch in plain words and moves the progress display with the steps. */
    private static final class PrintingListener implements TrainingListener {
        private final PrintWriter out;
        private final TerminalProgress progress;
        private final int epochs;
        private long totalSteps;

        PrintingListener(PrintWriter out, TerminalProgress progress, int epochs) {
            this.out = out;
            this.progress = progress;
            this.epochs = epochs;
        }

        @Override
        public void started(long steps) {
            totalSteps = steps;
        }

        @Override
        public void stepped(long step, double batchLoss) {
            progress.update(step, totalSteps,
                String.format(Locale.ROOT, "batch loss %.3f", batchLoss));
        }

        @Override
        public void llcEstimated(long step, LlcEstimate estimate) {
            out.printf(Locale.ROOT, "step %d: local learning coefficient %.4g +- %.2g "
                + "(beta %.4g)%s%n", step, estimate.lambdaHat(), estimate.standardError(),
                estimate.inverseTemperature(),
                estimate.warnings().isEmpty() ? "" : "; warnings " + estimate.warnings());
            out.flush();
        }

        @Override
        public void epochFinished(EpochReport report) {
            String which = report.epoch() == 0 ? "before training"
                : "epoch " + report.epoch() + "/" + epochs;
            out.printf(Locale.ROOT, "%s: train accuracy %.1f%%, test accuracy %.1f%%, "
                    + "train loss %.4f, test loss %.4f, displacement %.4g%n", which,
                100 * report.trainAccuracy(), 100 * report.testAccuracy(), report.trainLoss(),
                report.testLoss(), report.displacement());
            out.flush();
        }
    }
}
