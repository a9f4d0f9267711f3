package org.fracdyn.validation.paper;

import java.util.Arrays;
import java.util.Locale;

import org.fracdyn.lattice.estimate.Bootstrap;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.lattice.estimate.PowerLawFit;
import org.fracdyn.lattice.estimate.WindowSelector;

/**
 * How fracdyn reads a weight trace (docs/theory.md): R(t) = A t^b fitted over a window, b with
 * a moving-block bootstrap interval, and both readings of b stated: the walker reading
 * d_w = 1/b and the paper's eq. 7, d_s = 2 b.
 */
final class TraceAnalysis {

    /** The paper averages its last 10 LLC estimates. */
    static final int LAST_ESTIMATES = 10;

    /** The paper logs the displacement every 100 steps, so its regression starts there. */
    static final double PAPER_FIRST_STEP = 100;

    private static final int RESAMPLES = 400;
    private static final double LEVEL = 0.95;

    private TraceAnalysis() {
    }

    /**
     * A fitted exponent.
     *
     * @param estimate b with its bootstrap standard error and 95 % percentile interval
     * @param window the fit window
     * @param prefactor A
     * @param how how the window was chosen
     */
    record Exponent(Estimate estimate, FitWindow window, double prefactor, String how) {

        /** @return both readings of b, in words */
        String readings() {
            double b = estimate.value();
            return String.format(Locale.ROOT, "b = %.4f [%.4f, %.4f] on steps [%.0f, %.0f] (%s);"
                + " walker reading d_w = 1/b = %.3f; the paper's eq. 7 d_s = 2b = %.3f", b,
                estimate.low(), estimate.high(), window.lower(), window.upper(), how, 1 / b,
                2 * b);
        }
    }

    /** The exponent on the window chosen from the data by {@link WindowSelector#DEFAULT}. */
    static Exponent selected(PaperExperiment.Run run, long seed) {
        WindowSelector.Selection selection = WindowSelector.DEFAULT.select(run.steps(),
            run.displacement());
        String how = String.format(Locale.ROOT, "window selector: widest run of local slopes "
            + "within %.0f %% of their median; largest deviation %.0f %%%s",
            100 * WindowSelector.DEFAULT.band(), 100 * selection.maxDeviation(),
            selection.withinBand() ? "" : ", outside the band: no clean power law");
        return fit(run.steps(), run.displacement(), selection.window(), how, seed);
    }

    /**
     * The exponent over the steps the paper's regression sees, [100, T]: it logs the
     * displacement every 100 steps (its section 4), so the first 100 steps, a directed drift
     * with local slopes near 1 in the first decades, never enter its fit.
     */
    static Exponent protocol(PaperExperiment.Run run, long seed) {
        return fit(run.steps(), run.displacement(), protocolWindow(run),
            "the paper's protocol: from step 100, its first logged displacement", seed);
    }

    static FitWindow protocolWindow(PaperExperiment.Run run) {
        double end = run.steps()[run.steps().length - 1];
        return FitWindow.of(Math.min(PAPER_FIRST_STEP, end / 10), end);
    }

    /** The exponent over the last decade of steps, [T/10, T]. */
    static Exponent late(PaperExperiment.Run run, long seed) {
        double end = run.steps()[run.steps().length - 1];
        return fit(run.steps(), run.displacement(), FitWindow.of(end / 10, end),
            "the last decade of steps", seed);
    }

    static Exponent fit(double[] times, double[] values, FitWindow window, String how,
                        long seed) {
        PowerLawFit fit = PowerLawFit.fit(times, values, window);
        Estimate estimate = Bootstrap.singleSeries(times, values, window,
            10, RESAMPLES, 0, LEVEL, seed);
        return new Exponent(estimate, window, fit.prefactor(), how);
    }

    /**
     * The time average of the local spectral dimension 2 b(t), b(t) the local slope of ln R
     * against ln t on 10 bins per decade (smoothed over 5 bins), by the trapezoid rule in t.
     */
    static double timeAveragedSpectral(PaperExperiment.Run run) {
        PowerLawFit.LocalSlopes slopes = localSlopes(run);
        double[] doubled = Arrays.stream(slopes.slopes()).map(s -> 2 * s).toArray();
        return trapezoidMean(slopes.times(), doubled);
    }

    static PowerLawFit.LocalSlopes localSlopes(PaperExperiment.Run run) {
        return PowerLawFit.localSlopes(run.steps(), run.displacement(), FitWindow.ALL, 10, 2);
    }

    /** The time average of lambda_hat(t) over its estimates, by the trapezoid rule in t. */
    static double timeAveragedLlc(PaperExperiment.Run run) {
        return trapezoidMean(run.llcSteps(), run.llc());
    }

    /**
     * @return the mean of the last 10 estimates and its standard error (their standard
     *     deviation over sqrt(10))
     */
    static double[] lateLlc(PaperExperiment.Run run) {
        double[] values = run.llc();
        int from = Math.max(0, values.length - LAST_ESTIMATES);
        int count = values.length - from;
        double mean = 0;
        for (int i = from; i < values.length; i++) {
            mean += values[i] / count;
        }
        double squares = 0;
        for (int i = from; i < values.length; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        double error = count > 1 ? Math.sqrt(squares / (count - 1) / count) : Double.NaN;
        return new double[] {mean, error};
    }

    private static double trapezoidMean(double[] x, double[] y) {
        if (x.length == 1) {
            return y[0];
        }
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]);
        }
        return area / (x[x.length - 1] - x[0]);
    }
}
