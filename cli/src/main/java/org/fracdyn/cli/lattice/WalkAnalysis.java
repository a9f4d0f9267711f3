package org.fracdyn.cli.lattice;

import java.util.List;

import org.fracdyn.lattice.estimate.Bootstrap;
import org.fracdyn.lattice.estimate.BoxCounting;
import org.fracdyn.lattice.estimate.DimensionRelations;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.lattice.estimate.LogPeriodicFit;
import org.fracdyn.lattice.estimate.LogSeries;
import org.fracdyn.lattice.estimate.MassRadius;
import org.fracdyn.lattice.estimate.PowerLawFit;
import org.fracdyn.lattice.estimate.SeriesStatistic;
import org.fracdyn.lattice.estimate.WindowSelector;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.MediumKind;
import org.fracdyn.lattice.observe.WalkObservables;

/**
 * The exponents of {@code fracdyn walk}: d_w from the MSD, d_s from P0(t) and from S(t), d_f
 * by box counting and by mass radius on the medium, with their errors.
 *
 * <p>The fit window. Its upper end is the last sample time T' at which the mean MSD is still
 * below (R/2)^2, R the largest distance of a site from the centre, so the finite-size plateau
 * stays out. On deterministic fractals (time factor tau from {@link MediumKind}) the window is
 * [tau^2, T'] (the first two periods carry the largest corrections to scaling) and the
 * exponents come from {@link LogPeriodicFit} over the whole periods inside it; on other media
 * a {@link WindowSelector} (band 0.05) picks the widest flat stretch of the local MSD slope
 * inside [2, T'] (or the whole [2, T'] when it spans less than a decade) and {@link
 * PowerLawFit} fits it. P0 and S are fitted on the same window, P0 cut where it first reaches
 * 0.
 *
 * <p>d_f: on percolation clusters and user media the mass radius M(r) around the centre site
 * for r from 2 to half the extent (box counting is biased low there by the dense small
 * scales); on deterministic fractals and lattices box counting, and the other method is
 * reported beside it. Box counting uses boxes base^k (base 3 for the carpet and Vicsek, 2
 * otherwise) from 1 up to an eighth (base 2) or a ninth (base 3) of the extent, so that the
 * largest boxes, whose counts are dominated by the object's edge, stay out.
 *
 * <p>Errors. With R &gt; 1 realisations the errors are bootstrap standard deviations over the
 * realisations' series (200 resamples, fixed window); with one realisation they are the
 * least-squares standard errors of the fits, which are too small for correlated walker noise.
 * d_f is the mean over realisations with sd/sqrt(R), or the fit's standard error.
 */
public final class WalkAnalysis {

    /** Bootstrap resamples over realisations. */
    public static final int RESAMPLES = 200;

    /**
     * The window rule: a decade at least, local slopes within 5 % of their median (half the
     * default band, which on a percolation cluster let the early transient in).
     */
    private static final WindowSelector SELECTOR = WindowSelector.DEFAULT.withBand(0.05);

    private static final double Z95 = 1.959963984540054;

    /** Centres of the mass-radius average on random media. */
    private static final int CENTRES = 16;

    private WalkAnalysis() {
    }

    /**
     * The exponents of one run.
     *
     * @param walkerDimension d_w from the MSD
     * @param spectralFromReturn d_s from P0
     * @param spectralFromDistinct d_s from S(t) (NaN when S was not measured)
     * @param spectralFromRelation d_s = 2 d_f / d_w
     * @param fractalDimension d_f by the method suited to the medium
     * @param fractalOther d_f by the other method
     * @param window the fit window
     * @param windowWithinBand whether the automatic window met its flatness band
     * @param fitMethod how the exponents were fitted
     * @param fractalMethod how d_f was measured (and which the other method is)
     * @param errorMethod how the errors were made
     * @param msdExponent the fitted MSD exponent 2/d_w
     * @param msdPrefactor the fitted prefactor A of A t^(2/d_w)
     * @param slopeTimes times of the local MSD slopes
     * @param slopes the local MSD slopes d ln msd / d ln t
     */
    public record Result(Estimate walkerDimension, Estimate spectralFromReturn,
                         Estimate spectralFromDistinct, Estimate spectralFromRelation,
                         Estimate fractalDimension, Estimate fractalOther,
                         FitWindow window, boolean windowWithinBand, String fitMethod,
                         String fractalMethod, String errorMethod, double msdExponent,
                         double msdPrefactor,
                         double[] slopeTimes, double[] slopes) {
    }

    /**
     * @param kind the medium kind
     * @param runs one observables record per realisation
     * @param media the media of the realisations, in the same order
     * @param seed the bootstrap seed
     * @return the exponents
     */
    public static Result analyse(MediumKind kind, List<WalkObservables> runs,
                                 List<WalkMedia.Prepared> media, long seed) {
        long[] sampleTimes = runs.get(0).times();
        double[] t = new double[sampleTimes.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = sampleTimes[i];
        }
        int r = runs.size();
        double[][] msd = new double[r][];
        double[][] p0 = new double[r][];
        double[][] distinct = new double[r][];
        for (int k = 0; k < r; k++) {
            msd[k] = runs.get(k).msd();
            p0[k] = runs.get(k).returnProbability();
            distinct[k] = runs.get(k).distinct();
        }
        double[] meanMsd = mean(msd);
        double[] meanP0 = mean(p0);
        double[] meanDistinct = mean(distinct);

        double extent = media.get(0).extent();
        double upper = t[t.length - 1];
        for (int i = 0; i < t.length; i++) {
            if (Double.isFinite(extent) && meanMsd[i] > extent * extent / 4) {
                upper = i > 0 ? t[i - 1] : t[0];
                break;
            }
        }
        boolean embedded = media.get(0).medium().dimension() > 0;
        if (!embedded) {
            upper = returnProbabilityUpper(t, meanP0, media.get(0));
        }
        double tau = kind.timeFactor();
        boolean periodic = tau > 0;
        FitWindow window;
        boolean within = true;
        if (periodic) {
            if (!(upper >= tau * tau * tau)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "steps: the fit window [%s, %s] below the finite-size plateau holds less"
                        + " than one period of the time factor %s; expected more steps or a"
                        + " larger generation", tau * tau, upper, tau));
            }
            window = FitWindow.of(tau * tau, upper);
        } else {
            if (!(upper > 20)) {
                throw new IllegalArgumentException("steps: the fit window [2, " + upper
                    + "] below the finite-size plateau is too short; expected more steps or a"
                    + " larger medium");
            }
            window = FitWindow.of(2, upper);
            double[][] inside = restrict(t, embedded ? meanMsd : meanP0, window);
            if (Math.log10(upper / 2) > 1.5 && slopesSpanEnough(inside)) {
                WindowSelector.Selection selection = SELECTOR.select(inside[0], inside[1]);
                window = selection.window();
                within = selection.withinBand();
            } else {
                within = false;
            }
        }

        SeriesStatistic msdStatistic = statistic(window, tau);
        Estimate msdExponent = !embedded ? nan()
            : exponent(t, msd, meanMsd, msdStatistic, window, tau, seed);
        double prefactor = !embedded ? Double.NaN
            : periodic ? LogPeriodicFit.fit(t, meanMsd, window, tau).prefactor()
            : PowerLawFit.fit(t, meanMsd, window).prefactor();

        FitWindow p0Window = positiveWindow(t, meanP0, p0, window);
        Estimate p0Exponent = p0Window == null ? nan() : exponent(t, p0, meanP0,
            statistic(p0Window, tau), p0Window, tau, seed + 1);
        Estimate distinctExponent = Double.isNaN(meanDistinct[0]) ? nan()
            : exponent(t, distinct, meanDistinct, statistic(window, tau), window, tau,
                seed + 2);

        Estimate dw = embedded ? DimensionRelations.walkerDimension(msdExponent) : nan();
        Estimate dsReturn = Double.isNaN(p0Exponent.value()) ? nan()
            : DimensionRelations.spectralFromReturnProbability(p0Exponent);
        Estimate dsDistinct = Double.isNaN(distinctExponent.value()) ? nan()
            : DimensionRelations.spectralFromDistinctSites(distinctExponent);
        int base = kind == MediumKind.SIERPINSKI_CARPET || kind == MediumKind.VICSEK ? 3 : 2;
        boolean random = kind.isPercolation() || kind == MediumKind.FILE;
        Estimate boxes = fractal(media, base, true, false, seed);
        Estimate massRadius = fractal(media, base, false, random, seed);
        Estimate df = random ? massRadius : boxes;
        Estimate dfOther = random ? boxes : massRadius;
        Estimate dsRelation = embedded
            ? DimensionRelations.spectralFromFractalAndWalker(df, dw) : nan();

        PowerLawFit.LocalSlopes slopes = embedded
            ? PowerLawFit.localSlopes(t, meanMsd, FitWindow.ALL, 10, 2)
            : PowerLawFit.localSlopes(t, meanP0, positiveSpan(t, meanP0), 10, 2);
        String fitMethod = !embedded
            ? "no MSD (the medium has no coordinates): power law on log bins of P0(t), window"
                + " chosen by its flat local slope, below five times the equilibrium P0"
            : periodic
            ? "log-periodic power law (2 harmonics) over whole periods of tau = " + tau
            : "power law on log bins, window chosen by the flat local slope";
        String errorMethod = r > 1
            ? "bootstrap over " + r + " realisations (" + RESAMPLES + " resamples, fixed window)"
            : "least-squares standard error of the fit (one realisation: too small for"
                + " correlated noise)";
        String fractalMethod = !embedded
            ? "not available: the medium has no coordinates (no MSD, no d_w, no d_f)"
            : random
            ? "mass radius M(r), r from 2 to a quarter of the smallest bounding-box side,"
                + " averaged over up to " + CENTRES + " seeded centres at least that far from"
                + " every face; stderr the spread of the single centres' exponents with one"
                + " realisation (conservative: the centres share one medium); around the"
                + " centre site, r to half the extent, when no such centres exist (the other:"
                + " box counting, biased low by the dense small scales of a cluster)"
            : "box counting, boxes " + base + "^k up to 1/" + base * base * (base == 2 ? 2 : 1)
                + " of the extent (the other: mass radius around the start site)";
        return new Result(dw, dsReturn, dsDistinct, dsRelation, df, dfOther, window, within,
            fitMethod, fractalMethod, errorMethod, msdExponent.value(), prefactor, slopes.times(),
            slopes.slopes());
    }

    /**
     * The selector needs local slopes over at least its minimal span; their smoothing eats
     * the edges of a short series, so a window of 1.5 decades of t can hold less. Below that
     * the whole window is fitted and reported as not within the band.
     */
    private static boolean slopesSpanEnough(double[][] inside) {
        LogSeries series = LogSeries.bin(inside[0], inside[1], FitWindow.ALL,
            SELECTOR.pointsPerDecade());
        double[] times = PowerLawFit.localSlopes(series, SELECTOR.halfWidth()).times();
        return times.length >= 2 && Math.log10(times[times.length - 1] / times[0])
            >= SELECTOR.minDecades() - 1e-9;
    }

    private static SeriesStatistic statistic(FitWindow window, double tau) {
        return tau > 0 ? SeriesStatistic.logPeriodicExponent(window, tau)
            : SeriesStatistic.powerLawExponent(window, 10);
    }

    private static Estimate exponent(double[] t, double[][] rows, double[] mean,
                                     SeriesStatistic statistic, FitWindow window, double tau,
                                     long seed) {
        if (rows.length > 1) {
            return Bootstrap.overRealisations(t, rows, statistic, RESAMPLES, 0.95, seed);
        }
        if (tau > 0) {
            LogPeriodicFit fit = LogPeriodicFit.fit(t, mean, window, tau);
            return Estimate.normal(fit.exponent(), fit.exponentStderr(), Z95);
        }
        return PowerLawFit.fit(t, mean, window).exponentEstimate();
    }

    /**
     * The upper end of the fit window on a medium without coordinates: the last sample time
     * at which the mean P0 is still above five times its equilibrium value 1/n on the n sites
     * the walkers can reach (2/n on a bipartite medium, where it lives on even times), so the
     * finite-size plateau stays out. On a torus of N sites at that time the images add about
     * 4 exp(-5 pi) = 6e-7 of P0 (Gaussian propagator), so the cut itself biases nothing.
     */
    private static double returnProbabilityUpper(double[] t, double[] meanP0,
                                                 WalkMedia.Prepared prepared) {
        int reachable = prepared.startSites().length;
        double equilibrium = (prepared.medium().isBipartite() ? 2.0 : 1.0) / reachable;
        double upper = t[0];
        for (int i = 0; i < t.length; i++) {
            if (meanP0[i] > 5 * equilibrium) {
                upper = t[i];
            } else if (meanP0[i] > 0) {
                break;
            }
        }
        return upper;
    }

    /** From the first time to the last time before P0 first reaches 0. */
    private static FitWindow positiveSpan(double[] t, double[] p0) {
        int last = 0;
        while (last + 1 < t.length && p0[last + 1] > 0) {
            last++;
        }
        return FitWindow.of(t[0], Math.max(t[last], t[0] * 1.0000001));
    }

    /** The window cut before the first time at which P0 is 0 in any realisation. */
    private static FitWindow positiveWindow(double[] t, double[] mean, double[][] rows,
                                            FitWindow window) {
        double last = window.upper();
        for (int i = 0; i < t.length; i++) {
            boolean positive = true;
            for (double[] row : rows) {
                positive &= row[i] > 0;
            }
            if (t[i] >= window.lower() && !positive) {
                last = Math.min(last, i > 0 ? t[i - 1] : t[0]);
                break;
            }
        }
        return last > window.lower() * 3 ? FitWindow.of(window.lower(), last) : null;
    }

    private static Estimate fractal(List<WalkMedia.Prepared> media, int base, boolean boxes,
                                    boolean overCentres, long seed) {
        int r = media.size();
        double[] values = new double[r];
        double stderr = Double.NaN;
        for (int k = 0; k < r; k++) {
            WalkMedia.Prepared p = media.get(k);
            GraphMedium m = p.medium();
            int dim = m.dimension();
            if (dim == 0) {
                return nan();
            }
            int[][] sites = new int[m.siteCount()][dim];
            int[] c = m.integerCoordinates();
            for (int s = 0; s < sites.length; s++) {
                for (int a = 0; a < dim; a++) {
                    sites[s][a] = c[s * dim + a];
                }
            }
            if (boxes) {
                int maxExponent = (int) Math.floor(Math.log(p.extent()) / Math.log(base))
                    - (base == 2 ? 3 : 2);
                if (maxExponent < 2) {
                    return nan();
                }
                BoxCounting count = BoxCounting.count(sites, base, 0, maxExponent);
                values[k] = count.dimension();
                stderr = count.stderr();
            } else {
                double[] centre = new double[dim];
                for (int a = 0; a < dim; a++) {
                    centre[a] = c[p.centre() * dim + a];
                }
                double[] basis = m.basis();
                double[][] points = new double[sites.length][dim];
                for (int s = 0; s < sites.length; s++) {
                    for (int row = 0; row < dim; row++) {
                        double x = 0;
                        for (int j = 0; j < dim; j++) {
                            x += basis[row * dim + j] * (sites[s][j] - centre[j]);
                        }
                        points[s][row] = x;
                    }
                }
                if (overCentres) {
                    MassRadius.Averaged averaged = overCentres(points, seed + k);
                    if (averaged != null) {
                        values[k] = averaged.dimension();
                        stderr = averaged.spread();
                        continue;
                    }
                }
                double maxRadius = p.extent() / 2;
                if (!(maxRadius > 2 * 1.6)) {
                    return nan();
                }
                PowerLawFit fit = MassRadius.fit(points, new double[dim], 2, maxRadius, 10);
                values[k] = fit.exponent();
                stderr = fit.exponentStderr();
            }
        }
        if (r == 1) {
            return Estimate.normal(values[0], stderr, Z95);
        }
        double mean = 0;
        for (double v : values) {
            mean += v / r;
        }
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean) / (r - 1);
        }
        return Estimate.normal(mean, Math.sqrt(var / r), Z95);
    }

    /**
     * M(r), r from 2 to a quarter of the medium's smallest bounding-box side, averaged over
     * up to {@link #CENTRES} seeded centres among the sites at least that far from every
     * face, the spread between the centres' exponents as the error (see {@link
     * MassRadius#fitOverCentres}); null when fewer than 2 sites qualify or the range is
     * shorter than 2 to 3.2.
     */
    private static MassRadius.Averaged overCentres(double[][] points, long seed) {
        int dim = points[0].length;
        double[] low = new double[dim];
        double[] high = new double[dim];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (double[] x : points) {
            for (int a = 0; a < dim; a++) {
                low[a] = Math.min(low[a], x[a]);
                high[a] = Math.max(high[a], x[a]);
            }
        }
        double maxRadius = Double.POSITIVE_INFINITY;
        for (int a = 0; a < dim; a++) {
            maxRadius = Math.min(maxRadius, (high[a] - low[a] + 1) / 4);
        }
        if (!(maxRadius > 2 * 1.6)) {
            return null;
        }

        List<double[]> inner = new java.util.ArrayList<>();
        for (double[] x : points) {
            boolean inside = true;
            for (int a = 0; a < dim; a++) {
                inside &= x[a] >= low[a] + maxRadius && x[a] <= high[a] - maxRadius;
            }
            if (inside) {
                inner.add(x);
            }
        }
        if (inner.size() < 2) {
            return null;
        }
        java.util.random.RandomGenerator rng = java.util.random.RandomGeneratorFactory
            .of("L64X128MixRandom").create(seed ^ 0x5EEDL);
        int count = Math.min(CENTRES, inner.size());
        double[][] centres = new double[count][];
        for (int c = 0; c < count; c++) {
            java.util.Collections.swap(inner, c, c + rng.nextInt(inner.size() - c));
            centres[c] = inner.get(c).clone();
        }
        return MassRadius.fitOverCentres(points, centres, 2, maxRadius, 10);
    }

    private static double[][] restrict(double[] t, double[] y, FitWindow window) {
        int n = 0;
        for (double x : t) {
            n += window.contains(x) ? 1 : 0;
        }
        double[][] out = new double[2][n];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (window.contains(t[i])) {
                out[0][k] = t[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }

    private static double[] mean(double[][] rows) {
        double[] m = new double[rows[0].length];
        for (double[] row : rows) {
            for (int i = 0; i < m.length; i++) {
                m[i] += row[i] / rows.length;
            }
        }
        return m;
    }

    private static Estimate nan() {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
