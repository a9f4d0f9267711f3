package org.fracdyn.lattice.estimate;

import java.util.Comparator;
import java.util.List;

/**
 * Compares power-law, logarithmic and two-regime growth of one series by the Bayesian
 * information criterion on log-space residuals.
 *
 * <p>Each model (see {@link GrowthModel}) is fitted by least squares in ln y on the same
 * log-binned points of the window (10 per decade by default), so every model sees the same n
 * points and the same Gaussian log-space likelihood. Then
 * BIC = n ln(RSS / n) + k ln n and AIC = n ln(RSS / n) + 2 k, with k the number of
 * parameters of the mean law (the common noise variance adds the same to all three). The
 * winner is the model with the smallest BIC (Schwarz, Ann. Statist. 6 (1978) 461-464,
 * doi 10.1214/aos/1176344136); BIC rather than AIC because the two-regime law nests the
 * power law and AIC's lighter penalty lets it win on noise. RSS / n is floored at 1e-18
 * (a residual of 1e-9 in ln y, the rounding level of binned data), so that exact synthetic
 * data do not give -infinity and ties go to the simpler model.
 *
 * <p>Fitting: the power law is linear; the logarithmic law starts from the least-squares fit
 * of (y - a - b ln t) / y and is refined by Gauss-Newton in ln y with step halving; the
 * two-regime law profiles the breakpoint ln t_b over the interior of the window (at least
 * 3 binned points on each side, a grid of 8 steps per bin, then golden-section refinement),
 * the other three parameters being linear for a fixed breakpoint.
 *
 * @param candidates the three fits, in the order of {@link GrowthModel}
 * @param winner the model with the smallest BIC
 * @param points the number n of binned points
 * @param window the window compared on
 */
public record ModelComparison(List<Candidate> candidates, GrowthModel winner, int points,
                              FitWindow window) {

    private static final double VARIANCE_FLOOR = 1e-18;

    /**
     * Compares the models on a window at 10 bins per decade.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0
     * @param window the window
     * @return the comparison
     */
    public static ModelComparison compare(double[] times, double[] values, FitWindow window) {
        return compare(times, values, window, LogSeries.DEFAULT_POINTS_PER_DECADE);
    }

    /**
     * Compares the models on a window.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0
     * @param window the window
     * @param pointsPerDecade the binning
     * @return the comparison
     * @throws IllegalArgumentException with fewer than 8 binned points
     */
    public static ModelComparison compare(double[] times, double[] values, FitWindow window,
                                          int pointsPerDecade) {
        LogSeries series = LogSeries.bin(times, values, window, pointsPerDecade);
        int n = series.size();
        Checks.atLeast("comparison.points (log bins in the window)", n, 8);
        double[] s = series.logTimes();
        double[] ly = series.logValues();

        double[] line = LinearLeastSquares.line(s, ly);
        Candidate power = candidate(GrowthModel.POWER_LAW,
            new double[] {Math.exp(line[0]), line[1]}, line[2], n);
        double[] log = fitLogarithmic(s, ly);
        Candidate logarithmic = candidate(GrowthModel.LOGARITHMIC,
            new double[] {log[0], log[1]}, log[2], n);
        double[] broken = fitTwoRegime(s, ly);
        Candidate twoRegime = candidate(GrowthModel.TWO_REGIME,
            new double[] {Math.exp(broken[0]), broken[1], broken[2], Math.exp(broken[3])},
            broken[4], n);

        List<Candidate> all = List.of(power, logarithmic, twoRegime);
        GrowthModel winner = all.stream().min(Comparator.comparingDouble(Candidate::bic))
            .orElseThrow().model();
        return new ModelComparison(all, winner, n, window);
    }

    /**
     * @param model a model
     * @return its candidate fit
     */
    public Candidate candidate(GrowthModel model) {
        return candidates.get(model.ordinal());
    }

    private static Candidate candidate(GrowthModel model, double[] parameters, double rss,
                                       int n) {
        int k = model.parameterCount();
        double logLikelihoodTerm = n * Math.log(Math.max(rss / n, VARIANCE_FLOOR));
        return new Candidate(model, parameters, rss, logLikelihoodTerm + 2 * k,
            logLikelihoodTerm + k * Math.log(n));
    }

    /** Returns {a, b, rss} of ln y ~ ln(a + b s). */
    static double[] fitLogarithmic(double[] s, double[] ly) {
        int n = s.length;
        double[][] design = new double[n][2];
        double[] ones = new double[n];
        for (int i = 0; i < n; i++) {
            double y = Math.exp(ly[i]);
            design[i][0] = 1 / y;
            design[i][1] = s[i] / y;
            ones[i] = 1;
        }
        double[] c = LinearLeastSquares.solve(design, ones).coefficients;
        double a = c[0];
        double b = c[1];
        double rss = logRss(s, ly, a, b);

        for (int iteration = 0; iteration < 100 && Double.isFinite(rss); iteration++) {
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double m = a + b * s[i];
                double r = ly[i] - Math.log(m);
                double da = 1 / m;
                double db = s[i] / m;
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            double det = jaa * jbb - jab * jab;
            if (!(Math.abs(det) > 0)) {
                break;
            }
            double stepA = (jbb * ga - jab * gb) / det;
            double stepB = (jaa * gb - jab * ga) / det;
            double factor = 1;
            boolean improved = false;
            while (factor > 1e-6) {
                double trial = logRss(s, ly, a + factor * stepA, b + factor * stepB);
                if (trial < rss) {
                    improved = rss - trial > 1e-15 * rss;
                    a += factor * stepA;
                    b += factor * stepB;
                    rss = trial;
                    break;
                }
                factor /= 2;
            }
            if (!improved) {
                break;
            }
        }
        return new double[] {a, b, rss};
    }

    private static double logRss(double[] s, double[] ly, double a, double b) {
        double rss = 0;
        for (int i = 0; i < s.length; i++) {
            double m = a + b * s[i];
            if (!(m > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double r = ly[i] - Math.log(m);
            rss += r * r;
        }
        return rss;
    }

    /** Returns {ln y_b, b1, b2, ln t_b, rss} of the continuous broken line. */
    static double[] fitTwoRegime(double[] s, double[] ly) {
        int n = s.length;
        int steps = 8;
        double bestBreak = Double.NaN;
        double bestRss = Double.POSITIVE_INFINITY;
        double spacing = Double.NaN;
        for (int k = 2; k < n - 3; k++) {
            for (int q = 0; q < steps; q++) {
                double sb = s[k] + (s[k + 1] - s[k]) * q / steps;
                double rss = brokenLine(s, ly, sb)[3];
                if (rss < bestRss) {
                    bestRss = rss;
                    bestBreak = sb;
                    spacing = (s[k + 1] - s[k]) / steps;
                }
            }
        }

        double lo = Math.max(s[2], bestBreak - spacing);
        double hi = Math.min(s[n - 3], bestBreak + spacing);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - ratio * (hi - lo);
        double x2 = lo + ratio * (hi - lo);
        double f1 = brokenLine(s, ly, x1)[3];
        double f2 = brokenLine(s, ly, x2)[3];
        for (int iteration = 0; iteration < 60; iteration++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - ratio * (hi - lo);
                f1 = brokenLine(s, ly, x1)[3];
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + ratio * (hi - lo);
                f2 = brokenLine(s, ly, x2)[3];
            }
        }
        double refined = f1 < f2 ? x1 : x2;
        if (Math.min(f1, f2) < bestRss) {
            bestBreak = refined;
        }
        double[] fit = brokenLine(s, ly, bestBreak);
        return new double[] {fit[0], fit[1], fit[2], bestBreak, fit[3]};
    }

    /** For a fixed breakpoint: {ln y_b, b1, b2, rss}. */
    private static double[] brokenLine(double[] s, double[] ly, double sb) {
        int n = s.length;
        double[][] design = new double[n][3];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            design[i][1] = Math.min(s[i] - sb, 0);
            design[i][2] = Math.max(s[i] - sb, 0);
        }
        LinearLeastSquares ls = LinearLeastSquares.solve(design, ly);
        return new double[] {ls.coefficients[0], ls.coefficients[1], ls.coefficients[2],
            ls.residualSumOfSquares};
    }

    /**
     * One model's fit. The parameter array is shared, not copied: treat it as read-only.
     *
     * @param model the model
     * @param parameters its parameters, as listed in {@link GrowthModel}
     * @param rss the residual sum of squares in ln y
     * @param aic n ln(RSS / n) + 2 k
     * @param bic n ln(RSS / n) + k ln n
     */
    public record Candidate(GrowthModel model, double[] parameters, double rss, double aic,
                            double bic) {
    }
}
