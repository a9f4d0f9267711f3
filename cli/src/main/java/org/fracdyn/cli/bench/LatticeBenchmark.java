package org.fracdyn.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Clusters;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.lattice.walk.Ant;
import org.fracdyn.lattice.walk.RandomWalk;
import org.fracdyn.lattice.walk.StartSites;
import org.fracdyn.lattice.walk.WalkSettings;

/**
 * The lattice speed measurements of {@code fracdyn bench lattice}, all in one process and one
 * run so that the ratios compare like with like:
 *
 * <ol>
 *   <li>labelling an L x L site configuration at p_c (square lattice, open boundaries) with
 *       {@link ClusterLabelling}, after one warm-up labelling, best and median of the
 *       repeats (wall time of the labelling only, the drawing excluded);</li>
 *   <li>blind-ant walkers on the spanning cluster of a 1024 x 1024 configuration at p_c with
 *       {@link RandomWalk} on 1 and on all threads, with and without S(t), in walker steps
 *       per wall-clock second (one warm-up run first);</li>
 *   <li>the same walk with {@link NaiveWalk} (one walker at a time, one thread, through the
 *       {@code Medium} interface), fewer walkers, and the speed ratio; the MSDs at the last
 *       time are compared as a check that both simulate the same walk.</li>
 * </ol>
 *
 * @param labelSize L of the labelling measurement, at least 2
 * @param labelRepeats timed labellings, at least 1
 * @param walkSize L of the lattice the walk cluster is cut from
 * @param walkers walkers of the fast runs
 * @param naiveWalkers walkers of the reference run
 * @param steps steps per walker
 * @param threads the thread count of the "all cores" runs
 * @param seed the seed of the configurations and walks
 */
public record LatticeBenchmark(int labelSize, int labelRepeats, int walkSize, long walkers,
                               long naiveWalkers, long steps, int threads, long seed) {

    /**
     * One measurement.
     *
     * @param name what was measured
     * @param threads threads used
     * @param work the work done (sites labelled or walker steps)
     * @param seconds the wall time, in seconds
     * @param rate work per second
     * @param cpuSeconds the CPU time of the whole process meanwhile (NaN when the JVM does
     *     not report it), so that work per CPU-second can be quoted on a loaded machine
     * @param note extra information (the check value, the target)
     */
    public record Row(String name, int threads, double work, double seconds, double rate,
                      double cpuSeconds, String note) {
    }

    private static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() * 1e-9;
        }
        return Double.NaN;
    }

    /**
     * Runs every measurement.
     *
     * @param progress told (done, total, message) after each measurement; may be null
     * @return the rows in the order measured
     */
    public List<Row> run(BiConsumer<Integer, String> progress) {
        List<Row> rows = new ArrayList<>();
        int total = 4 + labelRepeats;
        int done = 0;

        Lattice labelLattice = Lattice.cube(LatticeKind.SQUARE, labelSize, Boundary.OPEN);
        ClusterLabelling.label(Configuration.random(labelLattice, PercolationKind.SITE,
            Thresholds.SQUARE_SITE, seed - 1));
        report(progress, ++done, "warm-up labelling");
        double[] seconds = new double[labelRepeats];
        double[] cpu = new double[labelRepeats];
        int largest = 0;
        for (int r = 0; r < labelRepeats; r++) {
            Configuration c = Configuration.random(labelLattice, PercolationKind.SITE,
                Thresholds.SQUARE_SITE, seed + r);
            double cpu0 = processCpuSeconds();
            long t0 = System.nanoTime();
            Clusters clusters = ClusterLabelling.label(c);
            seconds[r] = (System.nanoTime() - t0) * 1e-9;
            cpu[r] = processCpuSeconds() - cpu0;
            largest = clusters.size(0);
            report(progress, ++done, "labelling " + (r + 1));
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double sites = labelLattice.siteCount();
        int best = 0;
        for (int r = 1; r < labelRepeats; r++) {
            best = seconds[r] < seconds[best] ? r : best;
        }
        rows.add(new Row("label best", 1, sites, sorted[0], sites / sorted[0], cpu[best],
            "target < 2 s at L = 4096; largest cluster " + largest));
        double median = sorted[labelRepeats / 2];
        rows.add(new Row("label median", 1, sites, median, sites / median, Double.NaN,
            labelRepeats + " repeats"));

        Lattice walkLattice = Lattice.cube(LatticeKind.SQUARE, walkSize, Boundary.OPEN);
        GraphMedium medium = null;
        for (long s = seed; medium == null; s++) {
            Clusters clusters = ClusterLabelling.label(Configuration.random(walkLattice,
                PercolationKind.SITE, Thresholds.SQUARE_SITE, s));
            if (clusters.spanningCluster() >= 0) {
                medium = clusters.medium(clusters.spanningCluster());
            }
        }
        int[] starts = StartSites.all(medium);
        long[] times = LogTimes.of(steps, 4, true);
        WalkSettings base = WalkSettings.of(Ant.BLIND, walkers, times, seed, threads)
            .withDistinct(false);
        RandomWalk.run(medium, starts, base.withThreads(threads));
        report(progress, ++done, "warm-up walk");

        double fastAll = 0;
        double msdFast = 0;
        for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
            for (boolean distinct : new boolean[] {false, true}) {
                WalkSettings settings = base.withThreads(t).withDistinct(distinct);
                double cpu0 = processCpuSeconds();
                long t0 = System.nanoTime();
                WalkObservables w = RandomWalk.run(medium, starts, settings);
                double sec = (System.nanoTime() - t0) * 1e-9;
                double cpuSec = processCpuSeconds() - cpu0;
                double work = (double) walkers * times[times.length - 1];
                if (t == threads && !distinct) {
                    fastAll = work / sec;
                    msdFast = w.msd()[times.length - 1];
                }
                rows.add(new Row("walk RandomWalk" + (distinct ? " with S(t)" : ""), t, work,
                    sec, work / sec, cpuSec, String.format(java.util.Locale.ROOT,
                    "cluster %d sites; msd(T) %.4g +- %.2g", medium.siteCount(),
                    w.msd()[times.length - 1], w.msdError()[times.length - 1])));
            }
        }
        report(progress, ++done, "fast walks");

        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        double[] naive = NaiveWalk.msd(medium, starts, Ant.BLIND, naiveWalkers, times, seed);
        double sec = (System.nanoTime() - t0) * 1e-9;
        double cpuSec = processCpuSeconds() - cpu0;
        double work = (double) naiveWalkers * times[times.length - 1];
        rows.add(new Row("walk naive reference", 1, work, sec, work / sec, cpuSec, String.format(
            java.util.Locale.ROOT, "msd(T) %.4g (fast %.4g); fast on %d threads / naive = %.1f",
            naive[times.length - 1], msdFast, threads, fastAll / (work / sec))));
        report(progress, ++done, "naive walk");
        return rows;
    }

    private static void report(BiConsumer<Integer, String> progress, int done, String what) {
        if (progress != null) {
            progress.accept(done, what);
        }
    }
}
