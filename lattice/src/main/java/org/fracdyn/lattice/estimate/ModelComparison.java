package org.fracdyn.lattice.estimate;

import java.util.Comparator;
import java.util.List;

/**
 * Compares power-law, logarithmic and two-regime growth of one series by the Bayesian
 * information criterion on log-space residuals.
 *
 * <p>Each model (see {@link GrowthModel}) is fitted in ln y on the same log-binned points of
 * the window (10 per decade by default), so every model sees the same n points. A bin that
 * averages m raw points is less noisy than a bin of one point, and neighbouring bins share
 * correlated noise; a criterion that ignored this would reward the two-regime law for chasing
 * the noisy early bins. The noise of ln y is therefore modelled as stationary AR(1) in the
 * index of the raw series, with lag-1 correlation rho estimated from the first differences of
 * ln y (for AR(1) noise their lag-1 autocorrelation is -(1 - rho)/2, and a smooth trend hardly
 * changes it). That gives the full covariance C of the bin means in closed form (see
 * BinNoise), and all three laws are fitted by generalised least squares, i.e. ordinary least
 * squares after whitening by the Cholesky factor of C. With WRSS the whitened residual sum of
 * squares, BIC = n ln(WRSS / n) + k ln n and AIC = n ln(WRSS / n) + 2 k, k the number of
 * parameters of the mean law (the noise variance and ln det C add the same to all three). The
 * winner is the model with the smallest BIC (Schwarz, Ann. Statist. 6 (1978) 461-464,
 * doi 10.1214/aos/1176344136); BIC rather than AIC because the two-regime law nests the power
 * law and AIC's lighter penalty lets it win on noise. WRSS / n is floored at 1e-18 times the
 * mean of 1 / Var(bin) (a residual of 1e-9 in ln y, the rounding level of binned data), so
 * that exact synthetic data do not give -infinity and ties go to the simpler model.
 *
 * <p>Limitations: noise that is not AR(1)-like (long memory, jumps) is modelled only to its
 * lag-1 correlation; the false two-regime rate on pure power laws with AR(1) noise is about
 * 5-8 % (measured in the tests). The generalised least squares lean on the late,
 * well-averaged bins; the exponent itself is better taken from {@link PowerLawFit}, whose
 * equal-weight bins do not.
 *
 * <p>Fitting: the power law is linear; the logarithmic law starts from the generalised least
 * squares fit of (y - a - b ln t) / y and is refined by Gauss-Newton in ln y with step
 * halving; the two-regime law profiles the breakpoint ln t_b over the interior of the window
 * (at least 3 binned points on each side, a grid of 8 steps per bin, then golden-section
 * refinement), the other three parameters being linear for a fixed breakpoint.
 *
 * @param candidates the three fits, in the order of {@link GrowthModel}
 * @param winner the model with the smallest BIC
 * @param points the number n of binned points
 * @param noiseCorrelation the estimated lag-1 correlation rho of the raw log noise
 * @param window the window compared on
 */
public record ModelComparison(List<Candidate> candidates, GrowthModel winner, int points,
                              double noiseCorrelation, FitWindow window) {

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
        double rho = noiseCorrelation(LogSeries.keep(times, values, window)[1]);
        BinNoise noise = new BinNoise(series.counts(), rho);
        double scale = 0;
        for (int k = 0; k < n; k++) {
            scale += 1 / BinNoise.variance(series.counts()[k], rho) / n;
        }

        double[] line = whitenedLine(s, ly, noise);
        Candidate power = candidate(GrowthModel.POWER_LAW,
            new double[] {Math.exp(line[0]), line[1]}, line[2], n, scale);
        double[] log = fitLogarithmic(s, ly, noise);
        Candidate logarithmic = candidate(GrowthModel.LOGARITHMIC,
            new double[] {log[0], log[1]}, log[2], n, scale);
        double[] broken = fitTwoRegime(s, ly, noise);
        Candidate twoRegime = candidate(GrowthModel.TWO_REGIME,
            new double[] {Math.exp(broken[0]), broken[1], broken[2], Math.exp(broken[3])},
            broken[4], n, scale);

        List<Candidate> all = List.of(power, logarithmic, twoRegime);
        GrowthModel winner = all.stream().min(Comparator.comparingDouble(Candidate::bic))
            .orElseThrow().model();
        return new ModelComparison(all, winner, n, rho, window);
    }

    /**
     * The lag-1 correlation rho of AR(1) noise in ln y, from the first differences of the
     * raw series (sorted by time): rho = 1 + 2 corr(d_i, d_(i-1)), clipped to [0, 0.999].
     */
    static double noiseCorrelation(double[] values) {
        int n = values.length - 1;
        if (n < 4) {
            return 0;
        }
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = Math.log(values[i + 1]) - Math.log(values[i]);
            mean += d[i] / n;
        }
        double c0 = 0;
        double c1 = 0;
        for (int i = 0; i < n; i++) {
            c0 += (d[i] - mean) * (d[i] - mean);
            if (i > 0) {
                c1 += (d[i] - mean) * (d[i - 1] - mean);
            }
        }
        if (!(c0 > 0)) {
            return 0;
        }
        return Math.max(0, Math.min(0.999, 1 + 2 * c1 / c0));
    }

    /**
     * @param model a model
     * @return its candidate fit
     */
    public Candidate candidate(GrowthModel model) {
        return candidates.get(model.ordinal());
    }

    private static Candidate candidate(GrowthModel model, double[] parameters, double rss,
                                       int n, double meanWeight) {
        int k = model.parameterCount();
        double logLikelihoodTerm = n * Math.log(Math.max(rss / n, VARIANCE_FLOOR * meanWeight));
        return new Candidate(model, parameters, rss, logLikelihoodTerm + 2 * k,
            logLikelihoodTerm + k * Math.log(n));
    }

    /** Generalised least-squares straight line: {a, b, whitened rss}. */
    private static double[] whitenedLine(double[] x, double[] y, BinNoise noise) {
        double[][] design = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            design[i] = new double[] {1, x[i]};
        }
        LinearLeastSquares ls = LinearLeastSquares.solve(noise.whitenColumns(design),
            noise.whiten(y));
        return new double[] {ls.coefficients[0], ls.coefficients[1], ls.residualSumOfSquares};
    }

    /** Returns {a, b, whitened rss} of ln y ~ ln(a + b s). */
    static double[] fitLogarithmic(double[] s, double[] ly, BinNoise noise) {
        int n = s.length;
        double[][] design = new double[n][2];
        double[] ones = new double[n];
        for (int i = 0; i < n; i++) {
            double y = Math.exp(ly[i]);
            design[i][0] = 1 / y;
            design[i][1] = s[i] / y;
            ones[i] = 1;
        }
        double[] c = LinearLeastSquares.solve(noise.whitenColumns(design), noise.whiten(ones))
            .coefficients;
        double a = c[0];
        double b = c[1];
        double rss = logRss(s, ly, noise, a, b);

        double[][] jacobian = new double[n][2];
        double[] residual = new double[n];
        for (int iteration = 0; iteration < 100 && Double.isFinite(rss); iteration++) {
            for (int i = 0; i < n; i++) {
                double m = a + b * s[i];
                residual[i] = ly[i] - Math.log(m);
                jacobian[i][0] = 1 / m;
                jacobian[i][1] = s[i] / m;
            }
            double[] step;
            try {
                step = LinearLeastSquares.solve(noise.whitenColumns(jacobian),
                    noise.whiten(residual)).coefficients;
            } catch (IllegalArgumentException singular) {
                break;
            }
            double factor = 1;
            boolean improved = false;
            while (factor > 1e-6) {
                double trial = logRss(s, ly, noise, a + factor * step[0], b + factor * step[1]);
                if (trial < rss) {
                    improved = rss - trial > 1e-15 * rss;
                    a += factor * step[0];
                    b += factor * step[1];
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

    private static double logRss(double[] s, double[] ly, BinNoise noise, double a, double b) {
        double[] r = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            double m = a + b * s[i];
            if (!(m > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            r[i] = ly[i] - Math.log(m);
        }
        double rss = 0;
        for (double z : noise.whiten(r)) {
            rss += z * z;
        }
        return rss;
    }

    /** Returns {ln y_b, b1, b2, ln t_b, rss} of the continuous broken line. */
    static double[] fitTwoRegime(double[] s, double[] ly, BinNoise noise) {
        int n = s.length;
        int steps = 8;
        double bestBreak = Double.NaN;
        double bestRss = Double.POSITIVE_INFINITY;
        double spacing = Double.NaN;
        for (int k = 2; k < n - 3; k++) {
            for (int q = 0; q < steps; q++) {
                double sb = s[k] + (s[k + 1] - s[k]) * q / steps;
                double rss = brokenLine(s, ly, noise, sb)[3];
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
        double f1 = brokenLine(s, ly, noise, x1)[3];
        double f2 = brokenLine(s, ly, noise, x2)[3];
        for (int iteration = 0; iteration < 60; iteration++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - ratio * (hi - lo);
                f1 = brokenLine(s, ly, noise, x1)[3];
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + ratio * (hi - lo);
                f2 = brokenLine(s, ly, noise, x2)[3];
            }
        }
        double refined = f1 < f2 ? x1 : x2;
        if (Math.min(f1, f2) < bestRss) {
            bestBreak = refined;
        }
        double[] fit = brokenLine(s, ly, noise, bestBreak);
        return new double[] {fit[0], fit[1], fit[2], bestBreak, fit[3]};
    }

    /** For a fixed breakpoint: {ln y_b, b1, b2, rss}. */
    private static double[] brokenLine(double[] s, double[] ly, BinNoise noise, double sb) {
        int n = s.length;
        double[][] design = new double[n][3];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            design[i][1] = Math.min(s[i] - sb, 0);
            design[i][2] = Math.max(s[i] - sb, 0);
        }
        LinearLeastSquares ls = LinearLeastSquares.solve(noise.whitenColumns(design),
            noise.whiten(ly));
        return new double[] {ls.coefficients[0], ls.coefficients[1], ls.coefficients[2],
            ls.residualSumOfSquares};
    }

    /**
     * One model's fit. The parameter array is shared, not copied: treat it as read-only.
     *
     * @param model the model
     * @param parameters its parameters, as listed in {@link GrowthModel}
     * @param rss the weighted residual sum of squares WRSS in ln y
     * @param aic n ln(WRSS / n) + 2 k
     * @param bic n ln(WRSS / n) + k ln n
     */
    public record Candidate(GrowthModel model, double[] parameters, double rss, double aic,
                            double bic) {
    }
}
