package org.fracdyn.validation.bridge;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.lattice.estimate.GrowthModel;
import org.fracdyn.lattice.estimate.ModelComparison;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The model comparison ({@link ModelComparison}, BIC under AR(1) bin noise) tells a power
 * law, a logarithmic law and a two-regime power law apart on synthetic traces of each kind:
 * R = 2 t^0.3; R = 1 + 0.5 ln t; R = t^0.6 up to t_b = 300 and t^0.25 after (continuous),
 * each at 1000 steps t = 5 .. 5000 with AR(1) log noise (rho = 0.5, s = 0.03). Measured: the
 * largest rate of misidentification over the three laws.
 *
 * <p>Known limitation, reported in the details of every run: under strongly correlated noise
 * (rho = 0.9) a logarithmic trace is taken for a two-regime power law about a quarter of the
 * time, since a broken line in log-log follows the curvature of ln t; a two-regime verdict on a
 * real trace is therefore weak evidence against logarithmic growth.
 */
public final class ModelComparisonCheck extends ClaimCheck {

    private static final double NOISE_CORRELATION = 0.5;

    /** Creates the check. */
    public ModelComparisonCheck() {
        super("trace-model-comparison", CheckGroup.BRIDGE,
            "Power-law, logarithmic and two-regime traces are each identified as such",
            Reference.exact(0.2, "a bound on the misidentification rate: the comparison's "
                + "documented false two-regime rate on power laws is 5-8 %"),
            Tolerance.atMost(0, "0.2 is above the 99th percentile of the rate observed on 50 "
                + "traces when the true rate is 8 % (Binomial(50, 0.08): P(rate > 0.2) < 1 %)"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        int traces = context.full() ? 200 : 50;
        double[] times = SyntheticTraces.steps(1000, 5);
        long seed = context.seedFor(id());
        double breakpoint = 300;
        DoubleUnaryOperator[] laws = {
            t -> 2 * Math.pow(t, 0.3),
            t -> 1 + 0.5 * Math.log(t),
            t -> t < breakpoint ? Math.pow(t, 0.6)
                : Math.pow(breakpoint, 0.6) * Math.pow(t / breakpoint, 0.25)};
        GrowthModel[] truths = {GrowthModel.POWER_LAW, GrowthModel.LOGARITHMIC,
            GrowthModel.TWO_REGIME};

        double worst = 0;
        StringBuilder details = new StringBuilder("noise rho = 0.5, s = 0.03:\n");
        for (int m = 0; m < laws.length; m++) {
            int[] wins = winners(times, laws[m], NOISE_CORRELATION, traces, seed + 1000L * m);
            worst = Math.max(worst, 1 - (double) wins[truths[m].ordinal()] / traces);
            details.append(describe(truths[m], wins, traces));
        }
        int[] strong = winners(times, laws[1], 0.9, traces, seed + 5000L);
        details.append("limitation, not judged: noise rho = 0.9, s = 0.03:\n")
            .append(describe(truths[1], strong, traces));

        double[] example = SyntheticTraces.values(times, laws[2], NOISE_CORRELATION, 0.03,
            seed + 2000L);
        LineChartSpec chart = LineChartSpec.builder()
            .title("Synthetic traces (one of each law)")
            .xLabel("step t").yLabel("R(t)").logLog()
            .line("power law t^0.3", times,
                SyntheticTraces.values(times, laws[0], NOISE_CORRELATION, 0.03, seed))
            .line("logarithmic", times, SyntheticTraces.values(times, laws[1], NOISE_CORRELATION,
                0.03, seed + 1000L))
            .line("two-regime 0.6 / 0.25", times, example)
            .verticalLine(breakpoint, "t_b")
            .build();
        double error = Math.sqrt(worst * (1 - worst) / traces);
        return new Observation(new Measurement(worst, error),
            List.of(Figures.write(context, id(), chart)), details.toString());
    }

    /** @return how often each model wins on traces of one law, by {@link GrowthModel} order */
    private static int[] winners(double[] times, DoubleUnaryOperator law, double rho,
                                 int traces, long seed) {
        int[] wins = new int[GrowthModel.values().length];
        for (int k = 0; k < traces; k++) {
            double[] values = SyntheticTraces.values(times, law, rho, 0.03, seed + k);
            wins[ModelComparison.compare(times, values, FitWindow.ALL).winner().ordinal()]++;
        }
        return wins;
    }

    private static String describe(GrowthModel truth, int[] wins, int traces) {
        return String.format(Locale.ROOT, "true %s: power-law %d, logarithmic %d, two-regime "
            + "%d of %d%n", truth.label(), wins[0], wins[1], wins[2], traces);
    }
}
