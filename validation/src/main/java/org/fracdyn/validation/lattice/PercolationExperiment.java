package org.fracdyn.validation.lattice;

import java.util.Arrays;

import org.fracdyn.lattice.estimate.Bootstrap;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.lattice.estimate.SeriesStatistic;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.GrownCluster;
import org.fracdyn.lattice.percolation.LeathGrowth;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.lattice.walk.Ant;
import org.fracdyn.lattice.walk.RandomWalk;
import org.fracdyn.lattice.walk.WalkSettings;
import org.fracdyn.validation.check.CheckContext;

/**
 * The 2D site-percolation measurements shared by the lattice checks, made once per validation
 * run: the fractal dimension d_f by finite-size scaling of the largest cluster at p_c on
 * L x L tori (M ~ L^d_f), and the walker dimension d_w of myopic ants started at the origin of
 * incipient infinite clusters (Leath clusters at p_c reaching radius R). Both exponents carry
 * a bootstrap error over realisations ({@link Bootstrap#overRealisations}).
 */
final class PercolationExperiment {

    /**
     * The measurements.
     *
     * @param fractal d_f
     * @param sizes the linear sizes L
     * @param meanMass the mean largest-cluster mass at each L
     * @param walker d_w = 2 / (MSD exponent)
     * @param times the walk times
     * @param meanMsd the MSD averaged over clusters
     * @param window the MSD fit window
     * @param settings the sizes in words
     */
    record Result(Estimate fractal, double[] sizes, double[] meanMass, Estimate walker,
                  double[] times, double[] meanMsd, FitWindow window, String settings) {
    }

    private CheckContext cachedFor;
    private Result cached;

    synchronized Result result(CheckContext context) {
        if (cached == null || !context.equals(cachedFor)) {
            cached = measure(context);
            cachedFor = context;
        }
        return cached;
    }

    private static Result measure(CheckContext context) {
        boolean full = context.full();
        long seed = context.seedFor("percolation-2d");
        int[] sizes = full ? new int[] {32, 64, 128, 256, 512} : new int[] {16, 32, 64, 128, 256};
        int repeats = full ? 200 : 40;
        double[][] masses = new double[repeats][sizes.length];
        for (int r = 0; r < repeats; r++) {
            for (int k = 0; k < sizes.length; k++) {
                Configuration configuration = Configuration.random(
                    Lattice.cube(LatticeKind.SQUARE, sizes[k], Boundary.PERIODIC),
                    PercolationKind.SITE, Thresholds.SQUARE_SITE, seed + 1000L * r + k);
                masses[r][k] = ClusterLabelling.label(configuration).size(0);
            }
        }
        double[] lengths = Arrays.stream(sizes).asDoubleStream().toArray();
        Estimate fractal = Bootstrap.overRealisations(lengths, masses,
            SeriesStatistic.powerLawExponent(FitWindow.ALL, 10), 400, 0.95, seed + 1);

        int radius = full ? 300 : 100;
        int clusters = full ? 100 : 40;
        int walkers = full ? 500 : 200;
        long end = full ? 100_000 : 10_000;
        long[] steps = LogTimes.of(end, 10, true);
        double[] times = Arrays.stream(steps).asDoubleStream().toArray();
        double[][] msd = new double[clusters][];
        for (int c = 0; c < clusters; c++) {
            GrownCluster cluster = LeathGrowth.growToRadius(LatticeKind.SQUARE,
                Thresholds.SQUARE_SITE, radius, seed + 7919L * c, 100_000);
            WalkObservables walks = RandomWalk.run(cluster.medium(), new int[] {0},
                WalkSettings.of(Ant.MYOPIC, walkers, steps, seed + 7919L * c + 1,
                    Runtime.getRuntime().availableProcessors()).withDistinct(false));
            msd[c] = walks.msd();
        }
        FitWindow window = FitWindow.of(end / 100.0, end);
        Estimate exponent = Bootstrap.overRealisations(times, msd, window, 400, 0.95, seed + 2);
        Estimate walker = new Estimate(2 / exponent.value(),
            2 * exponent.stderr() / (exponent.value() * exponent.value()),
            2 / exponent.high(), 2 / exponent.low());
        String settings = String.format(java.util.Locale.ROOT, "d_f: largest cluster at p_c on "
            + "L x L tori, L = %s, %d configurations each; d_w: %d myopic ants on each of %d "
            + "Leath clusters at p_c reaching radius %d, MSD fitted over t = [%d, %d]",
            Arrays.toString(sizes), repeats, walkers, clusters, radius, end / 100, end);
        return new Result(fractal, lengths, columnMeans(masses), walker, times,
            columnMeans(msd), window, settings);
    }

    private static double[] columnMeans(double[][] rows) {
        double[] mean = new double[rows[0].length];
        for (double[] row : rows) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / rows.length;
            }
        }
        return mean;
    }
}
