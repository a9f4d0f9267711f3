package org.fracdyn.validation.bridge;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.estimate.Bootstrap;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The trace fit's 95 % bootstrap interval covers the true exponent 95 % of the time. Each
 * synthetic trace is R(t) = 2 t^0.3 exp(eps_t) at 1000 recorded steps t = 5, 10, ..., 5000,
 * eps AR(1) with rho = 0.9 and standard deviation 0.05 (a correlation length of about 20
 * rows, well inside the bootstrap's contract of stationary residuals correlated over much
 * less than N/4); the exponent is fitted on [50, 5000] with the moving-block residual
 * bootstrap ({@link Bootstrap#singleSeries}, 200 replicates, automatic block length).
 */
public final class TraceFitCoverageCheck extends ClaimCheck {

    private static final double EXPONENT = 0.3;
    private static final double LEVEL = 0.95;

    /** Creates the check. */
    public TraceFitCoverageCheck() {
        super("trace-fit-coverage", CheckGroup.BRIDGE,
            "The 95 % bootstrap interval of a trace's exponent covers the true exponent in 95 %"
                + " of synthetic traces with known b = 0.3",
            Reference.exact(LEVEL, "the nominal level of the percentile interval"),
            Tolerance.statistical(3, "3 binomial standard errors sqrt(0.95 x 0.05 / N) of the "
                + "observed coverage over N seeded traces (N = 50 quick, 200 full)"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        int traces = context.full() ? 200 : 50;
        double[] times = SyntheticTraces.steps(1000, 5);
        FitWindow window = FitWindow.of(50, 5000);
        long seed = context.seedFor(id());
        int covered = 0;
        double sum = 0;
        double[] index = new double[traces];
        double[] low = new double[traces];
        double[] high = new double[traces];
        for (int k = 0; k < traces; k++) {
            double[] values = SyntheticTraces.values(times, t -> 2 * Math.pow(t, EXPONENT), 0.9,
                0.05, seed + 2L * k);
            Estimate estimate = Bootstrap.singleSeries(times, values, window, 10, 200, 0, LEVEL,
                seed + 2L * k + 1);
            covered += estimate.contains(EXPONENT) ? 1 : 0;
            sum += estimate.value();
            index[k] = k + 1;
            low[k] = estimate.low();
            high[k] = estimate.high();
        }
        double coverage = (double) covered / traces;
        double error = Math.sqrt(LEVEL * (1 - LEVEL) / traces);

        LineChartSpec chart = LineChartSpec.builder()
            .title("95 % bootstrap intervals of b on synthetic traces (true b = 0.3)")
            .xLabel("trace").yLabel("b")
            .points("interval low end", index, low)
            .points("interval high end", index, high)
            .horizontalLine(EXPONENT, "true b")
            .build();
        String details = String.format(Locale.ROOT, "%d of %d intervals cover b = %.1f; mean "
            + "fitted b %.4f", covered, traces, EXPONENT, sum / traces);
        return new Observation(new Measurement(coverage, error),
            List.of(Figures.write(context, id(), chart)), details);
    }
}
