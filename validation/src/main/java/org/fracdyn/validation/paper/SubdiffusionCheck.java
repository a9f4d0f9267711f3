package org.fracdyn.validation.paper;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.nn.fit.TraceFit;
import org.fracdyn.nn.fit.TraceFitOptions;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The paper's claim 1 (DESIGN.md): the displacement R(t) = ||w_t - w_0|| grows as a power law
 * subdiffusively, b &lt; 1/2 (d_w = 1/b &gt; 2), with the 95 % bootstrap interval of b entirely
 * below 1/2 (docs/theory.md, "The inequality ... that fracdyn tests", item 1). With several
 * networks the one whose interval reaches highest is judged.
 *
 * <p>The judged b is fitted over the steps the paper's regression sees, [100, T] (it logs the
 * displacement every 100 steps). Subdiffusion is a long-time property; the first steps of SGD
 * are a directed drift with local slopes well above 1/2, which a fit from step 1 on log axes
 * would weigh as heavily as the rest. Reported beside it, so nothing is hidden: the window
 * the automatic selector picks from the whole trace, the fit from step 1, nn-bridge's
 * {@link TraceFit} with its own window rule, and (per layer) the exponents of each weight
 * matrix.
 *
 * <p>Caveat, stated in the report: the moving-block bootstrap assumes stationary residuals
 * about the power law; a real trace is a cumulative walk whose residuals are correlated over
 * long stretches, so the interval is likely too narrow.
 */
final class SubdiffusionCheck extends PaperCheck {

    /** The whole network, or each weight matrix on its own. */
    enum Scope { NETWORK, PER_LAYER }

    private static final String SOURCE = "b = 1/2: normal diffusion (d_w = 2); subdiffusion is "
        + "b < 1/2 (docs/theory.md)";

    private final Scope scope;

    SubdiffusionCheck(Scope scope, PaperExperiment experiment) {
        super(scope == Scope.NETWORK ? "paper-subdiffusion" : "paper-subdiffusion-per-layer",
            scope == Scope.NETWORK
                ? "SGD's displacement ||w_t - w_0|| grows as t^b with b < 1/2 (subdiffusion, "
                    + "d_w = 1/b > 2), the bootstrap interval of b entirely below 1/2"
                : "Every weight matrix on its own is subdiffusive too: b < 1/2 with the "
                    + "bootstrap interval below 1/2 (the paper's per-layer claim)",
            SOURCE,
            Tolerance.atMost(1.96, "the 95 % bootstrap interval must end below 1/2: the "
                + "error shown is (upper end - b)/1.96, so b + 1.96 error is that end; fail "
                + "when b itself is at or above 1/2"),
            experiment);
        this.scope = scope;
    }

    @Override
    Finding assess(PaperExperiment.Outcome outcome, CheckContext context) {
        TraceAnalysis.Exponent worst = null;
        PaperExperiment.Run worstRun = null;
        String worstName = null;
        double[] worstSeries = null;
        StringBuilder details = new StringBuilder();
        long seed = context.seedFor(id());
        for (PaperExperiment.Run run : outcome.runs()) {
            TraceAnalysis.Exponent exponent = TraceAnalysis.protocol(run, seed);
            details.append(run.name()).append(": ").append(exponent.readings()).append('\n');
            if (scope == Scope.NETWORK) {
                TraceAnalysis.Exponent selected = TraceAnalysis.selected(run, seed);
                TraceAnalysis.Exponent whole = TraceAnalysis.fit(run.steps(),
                    run.displacement(), FitWindow.ALL, "from step 1", seed);
                details.append(String.format(Locale.ROOT, "  not judged: the automatic window "
                    + "[%.0f, %.0f] gives b = %.4f (%s); the fit from step 1 gives b = %.4f%n",
                    selected.window().lower(), selected.window().upper(),
                    selected.estimate().value(), selected.how(), whole.estimate().value()));
                TraceFit traceFit = TraceFit.fit(run.steps(), run.displacement(), "total",
                    TraceFitOptions.DEFAULT.withResamples(200).withSeed(seed));
                details.append("  not judged: nn-bridge's trace fit (its own window rule): ")
                    .append(traceFit.verdict()).append('\n');
                if (worst == null || exponent.estimate().high() > worst.estimate().high()) {
                    worst = exponent;
                    worstRun = run;
                    worstName = run.name();
                    worstSeries = run.displacement();
                }
                continue;
            }
            for (Map.Entry<String, double[]> layer : run.layers().entrySet()) {
                TraceAnalysis.Exponent part = TraceAnalysis.fit(run.steps(), layer.getValue(),
                    exponent.window(), "same window", seed);
                details.append(String.format(Locale.ROOT, "  layer %s: b = %.4f [%.4f, %.4f]%n",
                    layer.getKey(), part.estimate().value(), part.estimate().low(),
                    part.estimate().high()));
                if (worst == null || part.estimate().high() > worst.estimate().high()) {
                    worst = part;
                    worstRun = run;
                    worstName = run.name() + " " + layer.getKey();
                    worstSeries = layer.getValue();
                }
            }
        }
        double b = worst.estimate().value();
        double error = Math.max(0, worst.estimate().high() - b) / 1.96;
        details.append(String.format(Locale.ROOT, "Judged: %s (the highest interval end).%n",
            worstName));
        details.append("Caveat: the moving-block bootstrap assumes residuals stationary about "
            + "the power law; a weight trace is a cumulative walk, so the interval is likely "
            + "too narrow. Not tested: AdamW (the trainer has plain SGD only).");

        double[] t = worstRun.steps();
        FitWindow window = worst.window();
        double[] fitted = new double[t.length];
        double[] half = new double[t.length];
        double anchor = worst.prefactor() * Math.pow(window.upper(), b);
        for (int i = 0; i < t.length; i++) {
            fitted[i] = window.contains(t[i]) ? worst.prefactor() * Math.pow(t[i], b)
                : Double.NaN;
            half[i] = anchor * Math.sqrt(t[i] / window.upper());
        }
        LineChartSpec chart = LineChartSpec.builder()
            .title("Weight displacement, " + worstName)
            .xLabel("step t").yLabel("||w_t - w_0||").logLog()
            .line("trace", t, worstSeries)
            .line(String.format(Locale.ROOT, "fit t^%.3f", b), t, fitted)
            .reference("t^(1/2), normal diffusion", t, half)
            .build();
        return new Finding(Reference.exact(0.5, SOURCE), new Measurement(b, error),
            List.of(Figures.write(context, id(), chart)), details.toString());
    }
}
