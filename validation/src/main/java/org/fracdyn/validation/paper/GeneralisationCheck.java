package org.fracdyn.validation.paper;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;
import org.hipparchus.stat.correlation.PearsonsCorrelation;

/**
 * The paper's claim 5 (its Figure 5b): across architectures the generalisation error (test
 * loss minus training loss, averaged over the last 10 epochs) is close to a linear function of
 * lambda_hat; the spectral dimension d_s = 2 b correlates with it too, but less strongly.
 * Needs several architectures: inconclusive in the quick run, which trains one.
 */
final class GeneralisationCheck extends PaperCheck {

    /** Which half of the claim. */
    enum Part { LINEAR_IN_LLC, SPECTRAL_WEAKER }

    private static final int MINIMUM_NETWORKS = 4;

    private final Part part;

    GeneralisationCheck(Part part, PaperExperiment experiment) {
        super(part == Part.LINEAR_IN_LLC ? "paper-generalisation-llc"
                : "paper-generalisation-spectral",
            part == Part.LINEAR_IN_LLC
                ? "Across architectures the generalisation error is close to a linear function "
                    + "of lambda_hat (the paper's Figure 5b)"
                : "Across architectures d_s correlates with the generalisation error less "
                    + "strongly than lambda_hat does (the paper's Figure 5b)",
            part == Part.LINEAR_IN_LLC ? "r = 1: an exactly linear relation"
                : "Pearson r(lambda_hat, generalisation error) of the same networks",
            part == Part.LINEAR_IN_LLC
                ? Tolerance.absolute(0.3, "'close to linear' read as r >= 0.7 (r^2 >= 0.5); "
                    + "inconclusive when the correlation's standard error (1 - r^2)/sqrt(n - 3)"
                    + " exceeds 0.3")
                : Tolerance.atMost(0, "pass when |r(d_s, generalisation error)| <= "
                    + "r(lambda_hat, generalisation error)"),
            experiment);
        this.part = part;
    }

    @Override
    Finding assess(PaperExperiment.Outcome outcome, CheckContext context) {
        List<PaperExperiment.Run> runs = outcome.runs();
        int n = runs.size();
        if (n < MINIMUM_NETWORKS) {
            String reason = String.format(Locale.ROOT, "needs at least %d architectures; this "
                + "run trained %d (the quick run trains one network): run fracdyn validate "
                + "--full --only paper", MINIMUM_NETWORKS, n);
            return new Finding(new Reference(Double.NaN, 0, referenceSource()),
                new Measurement(Double.NaN, Double.NaN), List.of(), reason, reason);
        }
        double[] gap = new double[n];
        double[] llc = new double[n];
        double[] spectral = new double[n];
        StringBuilder details = new StringBuilder("network, generalisation error, lambda_hat, "
            + "d_s (late), test accuracy\n");
        long seed = context.seedFor(id());
        for (int k = 0; k < n; k++) {
            PaperExperiment.Run run = runs.get(k);
            gap[k] = run.generalisationError();
            llc[k] = TraceAnalysis.lateLlc(run)[0];
            spectral[k] = 2 * TraceAnalysis.late(run, seed).estimate().value();
            details.append(String.format(Locale.ROOT, "%s, %.4f, %.3f, %.4f, %.4f%n",
                run.name(), gap[k], llc[k], spectral[k], run.last().testAccuracy()));
        }
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        double withLlc = pearson.correlation(llc, gap);
        double withSpectral = pearson.correlation(spectral, gap);
        double error = (1 - withLlc * withLlc) / Math.sqrt(n - 3);
        details.append(String.format(Locale.ROOT, "r(lambda_hat, gen. error) = %.3f; "
            + "r(d_s, gen. error) = %.3f over %d networks. Caution: lambda_hat grows with the "
            + "parameter count, and so may the generalisation error; with a handful of "
            + "architectures the correlation may be one of size.", withLlc, withSpectral, n));

        LineChartSpec chart = LineChartSpec.builder()
            .title("Generalisation error across architectures")
            .xLabel(part == Part.LINEAR_IN_LLC ? "lambda_hat" : "d_s = 2b")
            .yLabel("test loss - training loss")
            .points("networks", part == Part.LINEAR_IN_LLC ? llc : spectral, gap)
            .build();
        List<java.nio.file.Path> figures = List.of(Figures.write(context, id(), chart));
        if (part == Part.LINEAR_IN_LLC) {
            return new Finding(Reference.exact(1, referenceSource()),
                new Measurement(withLlc, error), figures, details.toString());
        }
        return new Finding(Reference.exact(withLlc, referenceSource()),
            Measurement.exact(Math.abs(withSpectral)), figures, details.toString());
    }
}
