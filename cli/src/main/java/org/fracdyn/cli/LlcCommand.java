package org.fracdyn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.charts.ChartFiles;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.io.JsonDocuments;
import org.fracdyn.io.RunFolder;
import org.fracdyn.nn.data.IdxReader;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.llc.LlcConfig;
import org.fracdyn.nn.llc.LlcEstimate;
import org.fracdyn.nn.llc.LlcEstimator;
import org.fracdyn.nn.llc.LlcWarning;
import org.fracdyn.nn.llc.MlpLossModel;
import org.fracdyn.nn.mlp.Mlp;
import org.fracdyn.nn.mlp.MlpFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn llc MODEL --data DIR}: estimates the local learning coefficient of a network
 * saved by {@code fracdyn train}, by SGLD around its weights ({@link LlcEstimator}):
 * lambda_hat = n beta (E[L_n(w)] - L_n(w*)), L_n the mean cross-entropy on the n training
 * images, beta = 1 / ln n unless given.
 *
 * <p>The data: the training split of the run, rebuilt from the {@code summary.json} that
 * {@code train} wrote next to the model (its subset size, split and seed) and the same IDX
 * files; without that summary, the first {@code --subset} images of the folder.
 *
 * <p>Writes {@code summary.json} (lambda_hat, its standard error over chains, the per-chain
 * estimates, beta, n, the settings and warnings) and {@code llc_loss.png} (the minibatch loss
 * of each chain's draws) into the output folder, default {@code <model folder>/llc}.
 */
@Command(name = "llc", mixinStandardHelpOptions = true,
    description = {"Estimate the local learning coefficient (lambda_hat) of a model saved by "
        + "`fracdyn train`, by SGLD around its weights.",
        "Writes summary.json and llc_loss.png."})
public final class LlcCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "model.json written by train.")
    private Path modelFile;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "The IDX folder the model was trained on.")
    private Path data;

    @Option(names = "--subset", paramLabel = "N", defaultValue = "5000",
        description = "Images used when no train summary.json is next to the model "
            + "(default: ${DEFAULT-VALUE}).")
    private int subset;

    @Option(names = "--chains", paramLabel = "C", defaultValue = "4",
        description = "Independent SGLD chains (default: ${DEFAULT-VALUE}).")
    private int chains;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "200",
        description = "Draws per chain after burn-in (default: ${DEFAULT-VALUE}).")
    private int draws;

    @Option(names = "--burn-in", paramLabel = "N", defaultValue = "100",
        description = "Steps per chain discarded first (default: ${DEFAULT-VALUE}).")
    private int burnIn;

    @Option(names = "--step-size", paramLabel = "EPS", defaultValue = "1e-5",
        description = "SGLD step epsilon (default: ${DEFAULT-VALUE}).")
    private double stepSize;

    @Option(names = "--localisation", paramLabel = "GAMMA", defaultValue = "100",
        description = "Pull gamma towards the trained weights (default: ${DEFAULT-VALUE}).")
    private double localisation;

    @Option(names = "--beta", paramLabel = "BETA",
        description = "Inverse temperature (default: 1 / ln n).")
    private Double beta;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "256",
        description = "Images per SGLD gradient (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
        description = "Seed of the chains (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default: <model folder>/llc).")
    private Path out;

    @Spec
    private CommandSpec spec;

    /** @return the message of an {@link LlcConfig} refusal with the option's name in it */
    private static String optionNamed(String message) {
        return message.replaceFirst("^stepSize = ", "--step-size = ")
            .replaceFirst("^localisation = ", "--localisation = ")
            .replaceFirst("^inverseTemperature = ", "--beta = ")
            .replaceFirst("^chains = ", "--chains = ")
            .replaceFirst("^draws = ", "--draws = ")
            .replaceFirst("^burnIn = ", "--burn-in = ")
            .replaceFirst("^batchSize = ", "--batch = ");
    }

    @Override
    public Integer call() {
        if (subset < 2) {
            throw new IllegalArgumentException("--subset = " + subset + ": expected >= 2");
        }
        LlcConfig config;
        try {
            config = LlcConfig.of(stepSize, localisation, chains, draws, burnIn, batch, seed);
            if (beta != null) {
                config = config.withInverseTemperature(beta);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(optionNamed(e.getMessage()), e);
        }
        if (!Files.isRegularFile(modelFile)) {
            throw new IllegalArgumentException("MODEL = " + modelFile
                + ": no such file; expected the model.json written by fracdyn train");
        }
        Mlp mlp = MlpFiles.load(modelFile);
        LabelledImages pool = IdxReader.read(TrainCommand.expectIdx(data, IdxReader.TRAIN_IMAGES),
            TrainCommand.expectIdx(data, IdxReader.TRAIN_LABELS));
        if (pool.features() != mlp.spec().inputs()) {
            throw new IllegalArgumentException("--data = " + data + ": images of "
                + pool.features() + " pixels, but the model takes " + mlp.spec().inputs());
        }
        Path absolute = modelFile.toAbsolutePath();
        LabelledImages train = trainingSplit(pool, absolute.getParent().resolve("summary.json"),
            subset);
        Path folderPath = out != null ? out : absolute.getParent().resolve("llc");

        long started = System.nanoTime();
        LlcEstimate estimate = LlcEstimator.estimate(new MlpLossModel(mlp, train),
            mlp.flatParameters(), config);
        double seconds = (System.nanoTime() - started) / 1e9;

        RunFolder folder = RunFolder.create(folderPath);
        folder.writeJson("summary.json", summary(estimate, config, seconds));
        ChartFiles.writePng(lossChart(estimate), folder.file("llc_loss.png"),
            ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "lambda_hat = %.4g +- %.2g (standard error over %d chains), "
                + "beta = %.4g, n = %d images, %.1f s%n", estimate.lambdaHat(),
            estimate.standardError(), chains, estimate.inverseTemperature(),
            estimate.sampleCount(), seconds);
        for (LlcWarning warning : estimate.warnings()) {
            stdout.println("warning: " + warning.name().toLowerCase(Locale.ROOT)
                .replace('_', ' '));
        }
        stdout.println("results in " + folder.root());
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * The training split of a {@code fracdyn train} run, rebuilt as the trainer drew it:
     * the first split of an L64X128MixRandom seeded with the run's seed draws the subset by a
     * partial Fisher-Yates shuffle, and its first {@code train_images} entries are the
     * training split (see {@link org.fracdyn.nn.train.Trainer}).
     */
    static LabelledImages trainingSplit(LabelledImages pool, Path trainSummary, int fallback) {
        if (!Files.isRegularFile(trainSummary)) {
            int n = Math.min(pool.count(), fallback);
            int[] first = new int[n];
            for (int i = 0; i < n; i++) {
                first[i] = i;
            }
            return pool.select(first);
        }
        JsonNode summary = JsonDocuments.readTree(trainSummary);
        JsonNode config = summary.path("config");
        int subsetSize = config.path("subset").asInt(-1);
        int trainCount = config.path("train_images").asInt(-1);
        if (subsetSize < 2 || trainCount < 1 || subsetSize > pool.count()
            || !summary.has("seed")) {
            throw new IllegalArgumentException(trainSummary + ": expected config.subset "
                + "(<= " + pool.count() + " images), config.train_images and seed as written "
                + "by fracdyn train");
        }
        RandomGenerator.SplittableGenerator root = (RandomGenerator.SplittableGenerator)
            RandomGeneratorFactory.of("L64X128MixRandom").create(summary.path("seed").asLong());
        RandomGenerator subsetRandom = root.split();
        int[] all = new int[pool.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (int i = 0; i < subsetSize; i++) {
            int j = i + subsetRandom.nextInt(all.length - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return pool.select(java.util.Arrays.copyOf(all, trainCount));
    }

    private ObjectNode summary(LlcEstimate estimate, LlcConfig config, double seconds) {
        ObjectNode root = JsonDocuments.newObject();
        root.put("command", "llc");
        root.put("fracdyn_version", ManifestVersionProvider.version());
        root.put("model", modelFile.toAbsolutePath().toString());
        root.put("lambda_hat", estimate.lambdaHat());
        root.put("standard_error", estimate.standardError());
        ArrayNode perChain = root.putArray("chain_estimates");
        for (double value : estimate.chainEstimates()) {
            perChain.add(value);
        }
        root.put("beta", estimate.inverseTemperature());
        root.put("n", estimate.sampleCount());
        root.put("loss_at_optimum", estimate.lossAtOptimum());
        ObjectNode settings = root.putObject("config");
        settings.put("chains", config.chains());
        settings.put("draws", config.draws());
        settings.put("burn_in", config.burnIn());
        settings.put("step_size", config.stepSize());
        settings.put("localisation", config.localisation());
        settings.put("batch", config.batchSize());
        settings.put("seed", config.seed());
        ArrayNode warnings = root.putArray("warnings");
        estimate.warnings().forEach(w -> warnings.add(w.name().toLowerCase(Locale.ROOT)));
        root.put("wall_seconds", seconds);
        return root;
    }

    private static org.jfree.chart.JFreeChart lossChart(LlcEstimate estimate) {
        LineChartSpec.Builder chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "SGLD draws: lambda_hat = %.4g +- %.2g",
                estimate.lambdaHat(), estimate.standardError()))
            .xLabel("draw").yLabel("minibatch loss L_B(w)");
        double[][] traces = estimate.lossTraces();
        for (int c = 0; c < traces.length; c++) {
            double[] x = new double[traces[c].length];
            for (int k = 0; k < x.length; k++) {
                x[k] = (k + 0.5) * estimate.traceStride();
            }
            chart.line("chain " + (c + 1), x, traces[c]);
        }
        return chart.horizontalLine(estimate.lossAtOptimum(), "L_n(w*)").build().toChart();
    }
}
