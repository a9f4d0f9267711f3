package org.fracdyn.lattice.estimate;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Resampling uncertainties for statistics of series: bootstrap and jackknife over
 * independent realisations, and a moving-block residual bootstrap for a single correlated
 * series.
 *
 * <p>Over realisations (rows = realisations such as walkers or disorder samples,
 * columns = times): the statistic is computed on the column means. The bootstrap resamples
 * rows with replacement and reports the standard deviation of the replicates and their
 * percentile interval (Efron and Tibshirani, An Introduction to the Bootstrap, 1993, ch. 13);
 * the delete-one jackknife reports sqrt((n - 1)/n sum (theta_i - theta_bar)^2) and the normal
 * interval value +- z stderr.
 *
 * <p>Single series (an SGD trace is one series): y = A t^b is fitted on log-binned points,
 * the raw log residuals r_i = ln y_i - ln A - b ln t_i (centred) are resampled in moving
 * blocks of length L (Kuensch, Ann. Statist. 17 (1989) 1217-1241, doi 10.1214/aos/1176347265)
 * which keeps their serial correlation, added back to the fitted line at the original times,
 * re-binned and refitted. The automatic L is the rule for an AR(1)-like series,
 * L = (3 N / 2)^(1/3) (2 rho / (1 - rho^2))^(2/3), rho the lag-1 autocorrelation of the
 * residuals (Politis and White, Econometric Reviews 23 (2004) 53-70), clipped to [1, N / 4].
 * Its contract: the residuals are stationary within the window (the model holds there) and
 * their correlation length is well below N / 4.
 *
 * <p>The fit window is held fixed in every replicate: an interval for an exponent on a window
 * chosen by {@link WindowSelector} does not include the uncertainty of that choice.
 *
 * <p>Every method is deterministic in its seed: replicate r uses the r-th generator split,
 * in order, from an L64X128MixRandom seeded with the seed.
 */
public final class Bootstrap {

    private static final String ALGORITHM = "L64X128MixRandom";

    private Bootstrap() {
    }

    /**
     * Bootstrap of the power-law exponent over realisations.
     *
     * @param times the times t_j, shared by all rows
     * @param realisations y[r][j], one row per realisation
     * @param window the fit window
     * @param resamples the number of bootstrap replicates, &gt;= 10
     * @param level the confidence level of the percentile interval, in (0, 1)
     * @param seed the seed
     * @return the exponent of the mean series, the replicates' standard deviation and their
     *     percentile interval
     */
    public static Estimate overRealisations(double[] times, double[][] realisations,
                                            FitWindow window, int resamples, double level,
                                            long seed) {
        return overRealisations(times, realisations,
            SeriesStatistic.powerLawExponent(window, LogSeries.DEFAULT_POINTS_PER_DECADE),
            resamples, level, seed);
    }

    /**
     * Bootstrap of any statistic of the mean series over realisations.
     *
     * @param times the times t_j
     * @param realisations y[r][j]
     * @param statistic the statistic of the mean series
     * @param resamples the number of replicates, &gt;= 10
     * @param level the confidence level, in (0, 1)
     * @param seed the seed
     * @return the estimate
     */
    public static Estimate overRealisations(double[] times, double[][] realisations,
                                            SeriesStatistic statistic, int resamples,
                                            double level, long seed) {
        checkMatrix(times, realisations);
        Checks.atLeast("bootstrap.resamples", resamples, 10);
        Checks.level("bootstrap.level", level);

        int rows = realisations.length;
        double value = statistic.compute(times, columnMeans(realisations, null));
        SplittableGenerator root = generator(seed);
        double[] replicates = new double[resamples];
        int[] picks = new int[rows];
        for (int r = 0; r < resamples; r++) {
            RandomGenerator rng = root.split();
            for (int k = 0; k < rows; k++) {
                picks[k] = rng.nextInt(rows);
            }
            replicates[r] = statistic.compute(times, columnMeans(realisations, picks));
        }
        return percentile(value, replicates, level);
    }

    /**
     * Delete-one jackknife of the power-law exponent over realisations, 95 % normal interval.
     *
     * @param times the times t_j
     * @param realisations y[r][j], at least 2 rows
     * @param window the fit window
     * @return the estimate
     */
    public static Estimate jackknife(double[] times, double[][] realisations, FitWindow window) {
        return jackknife(times, realisations,
            SeriesStatistic.powerLawExponent(window, LogSeries.DEFAULT_POINTS_PER_DECADE));
    }

    /**
     * Delete-one jackknife of any statistic of the mean series, 95 % normal interval.
     *
     * @param times the times t_j
     * @param realisations y[r][j], at least 2 rows
     * @param statistic the statistic
     * @return the estimate
     */
    public static Estimate jackknife(double[] times, double[][] realisations,
                                     SeriesStatistic statistic) {
        checkMatrix(times, realisations);
        int rows = realisations.length;
        Checks.atLeast("jackknife.realisations", rows, 2);

        double[] total = columnMeans(realisations, null);
        double value = statistic.compute(times, total);
        double[] leaveOut = new double[rows];
        double[] mean = new double[times.length];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < times.length; j++) {
                mean[j] = (total[j] * rows - realisations[r][j]) / (rows - 1);
            }
            leaveOut[r] = statistic.compute(times, mean);
        }

        double average = Arrays.stream(leaveOut).average().orElse(Double.NaN);
        double sum = 0;
        for (double v : leaveOut) {
            sum += (v - average) * (v - average);
        }
        double stderr = Math.sqrt((rows - 1.0) / rows * sum);
        return Estimate.normal(value, stderr, Estimate.Z95);
    }

    /**
     * Moving-block residual bootstrap of the power-law exponent of one series.
     *
     * @param times the times t_i
     * @param values the values y_i &gt; 0 in the window
     * @param window the fit window
     * @param pointsPerDecade the binning of the fit
     * @param resamples the number of replicates, &gt;= 10
     * @param blockLength the block length L &gt;= 1, or 0 for the automatic rule
     * @param level the confidence level of the percentile interval, in (0, 1)
     * @param seed the seed
     * @return the fitted exponent, the replicates' standard deviation and percentile interval
     */
    public static Estimate singleSeries(double[] times, double[] values, FitWindow window,
                                        int pointsPerDecade, int resamples, int blockLength,
                                        double level, long seed) {
        Checks.sameLength("series", times, values);
        Checks.atLeast("bootstrap.pointsPerDecade", pointsPerDecade, 1);
        Checks.atLeast("bootstrap.resamples", resamples, 10);
        Checks.atLeast("bootstrap.blockLength", blockLength, 0);
        Checks.level("bootstrap.level", level);

        double[][] kept = LogSeries.keep(times, values, window);
        int n = kept[0].length;
        Checks.atLeast("bootstrap.points in window", n, 8);
        double[] lt = new double[n];
        double[] ly = new double[n];
        for (int i = 0; i < n; i++) {
            lt[i] = Math.log(kept[0][i]);
            ly[i] = Math.log(kept[1][i]);
        }
        Binning bins = new Binning(lt, Math.log(10) / pointsPerDecade);
        if (bins.count < 3) {
            throw new IllegalArgumentException("bootstrap.window = [" + window.lower() + ", "
                + window.upper() + "]: " + bins.count + " log bins, expected at least 3");
        }

        double[] line = LinearLeastSquares.line(bins.centres, bins.average(ly));
        double a = line[0];
        double b = line[1];
        double[] residuals = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = ly[i] - a - b * lt[i];
            mean += residuals[i];
        }
        mean /= n;
        for (int i = 0; i < n; i++) {
            residuals[i] -= mean;
        }
        int length = blockLength > 0 ? Math.min(blockLength, n) : automaticBlockLength(residuals);

        SplittableGenerator root = generator(seed);
        double[] replicates = new double[resamples];
        double[] pseudo = new double[n];
        int starts = n - length + 1;
        for (int r = 0; r < resamples; r++) {
            RandomGenerator rng = root.split();
            int filled = 0;
            while (filled < n) {
                int start = rng.nextInt(starts);
                int take = Math.min(length, n - filled);
                for (int k = 0; k < take; k++) {
                    pseudo[filled + k] = a + b * lt[filled + k] + residuals[start + k];
                }
                filled += take;
            }
            replicates[r] = LinearLeastSquares.line(bins.centres, bins.average(pseudo))[1];
        }
        return percentile(b, replicates, level);
    }

    /**
     * The automatic block length of the single-series bootstrap (see the class doc).
     *
     * @param residuals the residual series, at least 4 values
     * @return L in [1, N / 4]
     */
    public static int automaticBlockLength(double[] residuals) {
        int n = residuals.length;
        Checks.atLeast("bootstrap.residuals length", n, 4);
        double mean = Arrays.stream(residuals).average().orElse(0);
        double c0 = 0;
        double c1 = 0;
        for (int i = 0; i < n; i++) {
            c0 += (residuals[i] - mean) * (residuals[i] - mean);
            if (i > 0) {
                c1 += (residuals[i] - mean) * (residuals[i - 1] - mean);
            }
        }
        double rho = c0 > 0 ? Math.max(0, Math.min(0.995, c1 / c0)) : 0;
        double factor = Math.pow(2 * rho / (1 - rho * rho), 2.0 / 3.0);
        long length = (long) Math.ceil(Math.cbrt(1.5 * n) * factor);
        return (int) Math.max(1, Math.min(n / 4, length));
    }

    static SplittableGenerator generator(long seed) {
        return (SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    private static Estimate percentile(double value, double[] replicates, double level) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double average = Arrays.stream(sorted).average().orElse(Double.NaN);
        double sum = 0;
        for (double v : sorted) {
            sum += (v - average) * (v - average);
        }
        double stderr = Math.sqrt(sum / (sorted.length - 1));
        double tail = (1 - level) / 2;
        return new Estimate(value, stderr, quantile(sorted, tail), quantile(sorted, 1 - tail));
    }

    /** Linear interpolation between order statistics at position q (n - 1). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    private static void checkMatrix(double[] times, double[][] realisations) {
        if (times == null || realisations == null || realisations.length == 0) {
            throw new IllegalArgumentException(
                "realisations: expected a non-empty matrix (rows = realisations) and times");
        }
        for (int r = 0; r < realisations.length; r++) {
            if (realisations[r] == null || realisations[r].length != times.length) {
                throw new IllegalArgumentException("realisations[" + r + "] length = "
                    + (realisations[r] == null ? "null" : realisations[r].length)
                    + ": expected the number of times, " + times.length);
            }
        }
    }

    private static double[] columnMeans(double[][] y, int[] picks) {
        int rows = picks == null ? y.length : picks.length;
        double[] mean = new double[y[0].length];
        for (int k = 0; k < rows; k++) {
            double[] row = y[picks == null ? k : picks[k]];
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= rows;
        }
        return mean;
    }

    /** Precomputed assignment of sorted log times to log bins, as in {@link LogSeries}. */
    private static final class Binning {
        final int[] bin;
        final int[] counts;
        final double[] centres;
        final int count;
        private final double[] sums;

        Binning(double[] lt, double width) {
            bin = new int[lt.length];
            int[] c = new int[lt.length];
            double[] s = new double[lt.length];
            int k = -1;
            long current = Long.MIN_VALUE;
            for (int i = 0; i < lt.length; i++) {
                long index = (long) Math.floor((lt[i] - lt[0]) / width + 1e-9);
                if (index != current) {
                    current = index;
                    k++;
                }
                bin[i] = k;
                c[k]++;
                s[k] += lt[i];
            }
            count = k + 1;
            counts = Arrays.copyOf(c, count);
            centres = new double[count];
            for (int j = 0; j < count; j++) {
                centres[j] = s[j] / counts[j];
            }
            sums = new double[count];
        }

        double[] average(double[] values) {
            Arrays.fill(sums, 0);
            for (int i = 0; i < values.length; i++) {
                sums[bin[i]] += values[i];
            }
            double[] out = new double[count];
            for (int j = 0; j < count; j++) {
                out[j] = sums[j] / counts[j];
            }
            return out;
        }
    }
}
