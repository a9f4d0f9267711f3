package org.fracdyn.validation.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fracdyn.nn.data.IdxReader;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.llc.LlcConfig;
import org.fracdyn.nn.llc.LlcEstimate;
import org.fracdyn.nn.mlp.SgdConfig;
import org.fracdyn.nn.trace.Trace;
import org.fracdyn.nn.trace.TraceReader;
import org.fracdyn.nn.train.EpochReport;
import org.fracdyn.nn.train.LlcSchedule;
import org.fracdyn.nn.train.Trainer;
import org.fracdyn.nn.train.TrainingConfig;
import org.fracdyn.nn.train.TrainingListener;
import org.fracdyn.nn.train.TrainingResult;
import org.fracdyn.validation.check.CheckContext;

/**
 * The real training runs behind the paper's claims: fully connected ReLU networks with batch
 * normalisation trained by plain SGD (learning rate 0.01, no momentum, no weight decay) on a
 * subset of Fashion-MNIST split 50/50, the displacement R(t) = ||w_t - w_0|| recorded at every
 * step and the local learning coefficient estimated on a schedule by SGLD (the protocol of
 * "Almost Bayesian: The Fractal Dynamics of Stochastic Gradient Descent", which used MNIST;
 * see DESIGN.md "The paper's claims that fracdyn tests").
 *
 * <ul>
 *   <li>Quick: one network 784-64-10 on 2,000 images, batch 32, 30 epochs (960 steps), the
 *   LLC every 48 steps (20 estimates, 2 chains of 120 draws).</li>
 *   <li>Full: six networks (1, 2 and 3 hidden layers of 32 and of 128) on 10,000 images,
 *   batch 256, 100 epochs (2,000 steps), the LLC every 100 steps (20 estimates, 2 chains of
 *   200 draws): the paper's reference experiment, with fewer architectures.</li>
 * </ul>
 *
 * <p>The runs are made once per validation run (the first paper check to ask trains them) and
 * shared by all paper checks; they are deterministic in the master seed. The traces are kept
 * in the report folder under {@code traces/}. The images come from the Debian package
 * {@code dataset-fashion-mnist} ({@code /usr/share/datasets/fashion-mnist}), or from the
 * folder named by the environment variable {@code FRACDYN_FASHION_MNIST}.
 */
public final class PaperExperiment {

    /** The environment variable naming another folder with the Fashion-MNIST IDX files. */
    public static final String FOLDER_VARIABLE = "FRACDYN_FASHION_MNIST";

    private static final Path DEBIAN_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");

    /**
     * One recorded training run.
     *
     * @param name the architecture, e.g. {@code 784-64-10}
     * @param steps the recorded steps t &gt; 0
     * @param displacement R(t) at those steps
     * @param layers R restricted to each weight matrix, by tensor name
     * @param llcSteps the steps of the LLC estimates
     * @param llc the estimates lambda_hat(t)
     * @param llcStandardErrors their standard errors over chains
     * @param inverseTemperature the beta used for every estimate
     * @param generalisationError test loss minus training loss, averaged over the last 10
     *     epochs (the paper averages its last 10 estimates)
     * @param last the last epoch's evaluation
     * @param llcWarnings how many estimates carried which warnings, e.g. {@code {}} when none
     * @param traceFile the trace written
     */
    public record Run(String name, double[] steps, double[] displacement,
                      Map<String, double[]> layers, double[] llcSteps, double[] llc,
                      double[] llcStandardErrors, double inverseTemperature,
                      double generalisationError, EpochReport last, String llcWarnings,
                      Path traceFile) {
    }

    /**
     * The runs, or why there are none.
     *
     * @param runs the runs, empty when unavailable
     * @param unavailable null, or why the runs could not be made and how to fix it
     * @param settings the protocol in words, for the report
     */
    public record Outcome(List<Run> runs, String unavailable, String settings) {
    }

    private CheckContext cachedFor;
    private Outcome cached;

    /**
     * @param context the run's context
     * @return the runs for this context, trained on first use
     */
    public synchronized Outcome outcome(CheckContext context) {
        if (cached == null || !context.equals(cachedFor)) {
            cached = train(context);
            cachedFor = context;
        }
        return cached;
    }

    private static Outcome train(CheckContext context) {
        boolean full = context.full();
        String settings = full
            ? "6 networks (hidden layers 32, 32-32, 32-32-32, 128, 128-128, 128-128-128), ReLU "
                + "and batch norm, 10,000 Fashion-MNIST images split 50/50, batch 256, SGD lr "
                + "0.01, 100 epochs; LLC every 100 steps (SGLD epsilon 1e-4, gamma 100, beta = "
                + "1/ln n, 2 chains of 200 draws, batch 64)"
            : "1 network 784-64-10, ReLU and batch norm, 2,000 Fashion-MNIST images split "
                + "50/50, batch 32, SGD lr 0.01, 30 epochs; LLC every 48 steps (SGLD epsilon "
                + "1e-4, gamma 100, beta = 1/ln n, 2 chains of 120 draws, batch 64)";
        Path folder = locate();
        if (folder == null) {
            return new Outcome(List.of(), "no Fashion-MNIST IDX files found in " + DEBIAN_FOLDER
                + ": install the Debian package dataset-fashion-mnist (apt-get install "
                + "dataset-fashion-mnist) or set " + FOLDER_VARIABLE + " to a folder holding "
                + "t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz]", settings);
        }
        LabelledImages pool = IdxReader.readTestSet(folder);
        List<List<Integer>> architectures = full
            ? List.of(List.of(32), List.of(32, 32), List.of(32, 32, 32), List.of(128),
                List.of(128, 128), List.of(128, 128, 128))
            : List.of(List.of(64));
        Path traces = context.figureFolder().resolveSibling("traces");
        try {
            Files.createDirectories(traces);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the trace folder " + traces, e);
        }

        List<Run> runs = new ArrayList<>();
        long seed = context.seedFor("paper-training");
        for (int k = 0; k < architectures.size(); k++) {
            List<Integer> hidden = architectures.get(k);
            TrainingConfig config = full
                ? new TrainingConfig(hidden, true, new SgdConfig(0.01, 0, 0), 256, 10_000, 0.5,
                    100, 1, seed + k)
                : new TrainingConfig(hidden, true, new SgdConfig(0.01, 0, 0), 32, 2_000, 0.5,
                    30, 1, seed + k);
            LlcSchedule schedule = full
                ? new LlcSchedule(100, LlcConfig.of(1e-4, 100, 2, 200, 50, 64, seed + 100 + k))
                : new LlcSchedule(48, LlcConfig.of(1e-4, 100, 2, 120, 40, 64, seed + 100 + k));
            String name = "784-" + hidden.stream().map(String::valueOf)
                .collect(Collectors.joining("-")) + "-10";
            Path file = traces.resolve("trace-" + name + ".csv");
            Map<String, Integer> warnings = new TreeMap<>();
            TrainingResult result = Trainer.train(pool, config, schedule, file,
                new TrainingListener() {
                    @Override
                    public void llcEstimated(long step, LlcEstimate estimate) {
                        estimate.warnings().forEach(w -> warnings.merge(w.name(), 1,
                            Integer::sum));
                    }
                });
            runs.add(read(name, result, warnings.toString(), file));
        }
        return new Outcome(runs, null, settings);
    }

    private static Run read(String name, TrainingResult result, String warnings, Path file) {
        Trace trace = TraceReader.read(file);
        long[] allSteps = trace.steps();
        double[] total = trace.total();
        double[] llcColumn = trace.column(Trace.LLC);
        double[] seColumn = trace.column(Trainer.LLC_STANDARD_ERROR);
        double[] betaColumn = trace.column(Trainer.LLC_BETA);
        List<double[]> points = new ArrayList<>();
        List<double[]> estimates = new ArrayList<>();
        double beta = Double.NaN;
        for (int i = 0; i < allSteps.length; i++) {
            if (allSteps[i] > 0 && total[i] > 0) {
                points.add(new double[] {allSteps[i], total[i]});
            }
            if (Double.isFinite(llcColumn[i])) {
                estimates.add(new double[] {allSteps[i], llcColumn[i], seColumn[i]});
                beta = betaColumn[i];
            }
        }
        Map<String, double[]> layers = new LinkedHashMap<>();
        for (String layer : trace.layerNames()) {
            if (layer.endsWith(".weight") && layer.startsWith("fc")) {
                double[] column = trace.column(Trace.LAYER_PREFIX + layer);
                double[] kept = new double[points.size()];
                int j = 0;
                for (int i = 0; i < allSteps.length; i++) {
                    if (allSteps[i] > 0 && total[i] > 0) {
                        kept[j++] = column[i];
                    }
                }
                layers.put(layer, kept);
            }
        }

        List<EpochReport> epochs = result.epochs();
        int from = Math.max(1, epochs.size() - 10);
        double gap = 0;
        for (int e = from; e < epochs.size(); e++) {
            gap += (epochs.get(e).testLoss() - epochs.get(e).trainLoss()) / (epochs.size() - from);
        }
        return new Run(name, column(points, 0), column(points, 1), layers,
            column(estimates, 0), column(estimates, 1), column(estimates, 2), beta, gap,
            result.last(), warnings, file);
    }

    private static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    private static Path locate() {
        String variable = System.getenv(FOLDER_VARIABLE);
        List<Path> candidates = new ArrayList<>();
        if (variable != null && !variable.isBlank()) {
            candidates.add(Path.of(variable));
        }
        candidates.add(DEBIAN_FOLDER);
        for (Path candidate : candidates) {
            boolean images = Files.isRegularFile(candidate.resolve(IdxReader.TEST_IMAGES))
                || Files.isRegularFile(candidate.resolve(IdxReader.TEST_IMAGES + ".gz"));
            boolean labels = Files.isRegularFile(candidate.resolve(IdxReader.TEST_LABELS))
                || Files.isRegularFile(candidate.resolve(IdxReader.TEST_LABELS + ".gz"));
            if (images && labels) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "PaperExperiment[" + (cached == null ? "not trained" : cached.runs().size()
            + " runs") + "]";
    }
}
