package org.fracdyn.lattice.bench;

import java.util.Locale;
import org.fracdyn.lattice.enumerate.ExactEnumeration;
import org.fracdyn.lattice.fractal.SierpinskiGasket;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Clusters;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.CrossingEvent;
import org.fracdyn.lattice.percolation.GrownCluster;
import org.fracdyn.lattice.percolation.LeathGrowth;
import org.fracdyn.lattice.percolation.NewmanZiff;
import org.fracdyn.lattice.percolation.NewmanZiffResult;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.lattice.walk.Ant;
import org.fracdyn.lattice.walk.DisorderAverage;
import org.fracdyn.lattice.walk.RandomWalk;
import org.fracdyn.lattice.walk.StartSites;
import org.fracdyn.lattice.walk.WalkSettings;

/**
 * Throwaway measurements (not a test): labelling time, walker speed, Newman-Ziff thresholds at
 * L = 256, gasket and IIC exponents. Run with
 * {@code java -cp ... org.fracdyn.lattice.bench.LatticeBench [what]}.
 */
public final class LatticeBench {

    private LatticeBench() {
    }

    /**
     * @param args {@code label}, {@code walk}, {@code nz}, {@code gasket}, {@code iic} or none
     *     for all
     */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "all";
        if (what.equals("all") || what.equals("label")) {
            label();
        }
        if (what.equals("all") || what.equals("walk")) {
            walk();
        }
        if (what.equals("all") || what.equals("nz")) {
            newmanZiff();
        }
        if (what.equals("all") || what.equals("gasket")) {
            gasket();
        }
        if (what.equals("all") || what.equals("iic")) {
            iic();
        }
    }

    private static void label() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 4096, Boundary.OPEN);
        for (int rep = 0; rep < 4; rep++) {
            long t0 = System.nanoTime();
            Configuration c = Configuration.random(lattice, PercolationKind.SITE,
                    Thresholds.SQUARE_SITE, rep);
            long t1 = System.nanoTime();
            java.lang.management.ThreadMXBean mx =
                    java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            Clusters cl = ClusterLabelling.label(c);
            long cpu1 = mx.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "label 4096^2: draw %.3f s, label %.3f s wall"
                    + " %.3f s cpu, largest %d, spanning %d%n", (t1 - t0) * 1e-9,
                    (t2 - t1) * 1e-9, (cpu1 - cpu0) * 1e-9, cl.size(0), cl.spanningCluster());
        }
    }

    private static void walk() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 1024, Boundary.OPEN);
        Clusters cl = ClusterLabelling.label(Configuration.random(lattice, PercolationKind.SITE,
                Thresholds.SQUARE_SITE, 5));
        int c = Math.max(cl.spanningCluster(), 0);
        GraphMedium m = cl.medium(c);
        int[] starts = StartSites.all(m);
        long[] times = LogTimes.of(100_000, 4, true);
        for (Ant ant : Ant.values()) {
            for (int threads = 1; threads <= 2; threads++) {
                for (boolean distinct : new boolean[] {false, true}) {
                    WalkSettings s = WalkSettings.of(ant, 4000, times, 1, threads)
                            .withDistinct(distinct);
                    RandomWalk.run(m, starts, s);
                    com.sun.management.OperatingSystemMXBean os =
                            (com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                    long cpu0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    RandomWalk.run(m, starts, s);
                    double sec = (System.nanoTime() - t0) * 1e-9;
                    double cpu = (os.getProcessCpuTime() - cpu0) * 1e-9;
                    System.out.printf(Locale.ROOT, "walk %s threads %d S(t) %b: %.1f M steps/s"
                            + " wall, %.1f M steps per CPU-second (cluster %d sites)%n", ant,
                            threads, distinct, 4000 * 100_000 / sec / 1e6,
                            4000 * 100_000 / cpu / 1e6, m.siteCount());
                }
            }
        }
    }

    private static void newmanZiff() {
        for (PercolationKind kind : PercolationKind.values()) {
            Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 256, Boundary.PERIODIC);
            long t0 = System.nanoTime();
            NewmanZiffResult r = new NewmanZiff(lattice, kind).run(400, 2026, 2);
            double pc = r.solve(CrossingEvent.EITHER, Thresholds.PINSON_EITHER, 0.3, 0.8);
            double pcx = r.solve(CrossingEvent.AXIS_0, Thresholds.PINSON_ONE_AXIS, 0.3, 0.8);
            double pcb = r.solve(CrossingEvent.ALL, Thresholds.PINSON_BOTH, 0.3, 0.8);
            double exact = Thresholds.criticalProbability(LatticeKind.SQUARE, kind);
            System.out.printf(Locale.ROOT, "NZ square %s L=256 400 sweeps (%.1f s): p_c either "
                    + "%.5f, axis0 %.5f, both %.5f (ref %.7f); R_e(p_c)=%.4f R_h=%.4f R_b=%.4f%n",
                    kind, (System.nanoTime() - t0) * 1e-9, pc, pcx, pcb, exact,
                    r.probability(CrossingEvent.EITHER, exact),
                    r.probability(CrossingEvent.AXIS_0, exact),
                    r.probability(CrossingEvent.ALL, exact));
        }
        NewmanZiffResult a = new NewmanZiff(Lattice.cube(LatticeKind.SQUARE, 128, Boundary.OPEN),
                PercolationKind.SITE).run(400, 7, 2);
        NewmanZiffResult b = new NewmanZiff(Lattice.cube(LatticeKind.SQUARE, 256, Boundary.OPEN),
                PercolationKind.SITE).run(400, 8, 2);
        System.out.printf(Locale.ROOT, "NZ open square site crossing of L=128 and 256 spanning: "
                + "%.5f%n", NewmanZiffResult.crossing(a, b, CrossingEvent.AXIS_0, 0.55, 0.63));
    }

    private static void gasket() {
        int g = 8;
        GraphMedium m = SierpinskiGasket.medium(g);
        long[] times = LogTimes.powers(5, 6);
        for (Ant ant : Ant.values()) {
            WalkObservables ee = ExactEnumeration.run(m, 0, ant, times);
            WalkObservables w = RandomWalk.run(m, new int[] {0},
                    WalkSettings.of(ant, 50_000, times, 3, 2));
            for (int k = 1; k < times.length; k++) {
                double ln5 = Math.log(5);
                System.out.printf(Locale.ROOT, "gasket %s t=%d: EE d_w %.5f d_s %.5f | walkers"
                        + " d_w %.5f d_s %.5f%n", ant, times[k],
                        2 * ln5 / Math.log(ee.msd()[k] / ee.msd()[k - 1]),
                        -2 * Math.log(ee.returnProbability()[k] / ee.returnProbability()[k - 1])
                                / ln5,
                        2 * ln5 / Math.log(w.msd()[k] / w.msd()[k - 1]),
                        -2 * Math.log(w.returnProbability()[k] / w.returnProbability()[k - 1])
                                / ln5);
            }
        }
    }

    private static void iic() {
        int radius = 400;
        int realisations = 100;
        double[] radii = {16, 32, 64, 100};
        double[] mass = new double[radii.length];
        long t0 = System.nanoTime();
        for (int r = 0; r < realisations; r++) {
            GrownCluster c = LeathGrowth.growToRadius(LatticeKind.SQUARE, Thresholds.SQUARE_SITE,
                    radius, 1000 + r, 100_000);
            long[] mr = c.massWithin(radii);
            for (int i = 0; i < radii.length; i++) {
                mass[i] += mr[i] / (double) realisations;
            }
        }
        System.out.printf(Locale.ROOT, "IIC R=%d, %d clusters: d_f(16..100) %.4f, d_f(16..64)"
                + " %.4f (ref %.4f), growth %.1f s%n", radius, realisations,
                Math.log(mass[3] / mass[0]) / Math.log(100 / 16.0),
                Math.log(mass[2] / mass[0]) / Math.log(4), 91 / 48.0,
                (System.nanoTime() - t0) * 1e-9);
        long[] times = LogTimes.of(100_000, 4, true);
        WalkObservables w = DisorderAverage.run(seed -> {
            GrownCluster c = LeathGrowth.growToRadius(LatticeKind.SQUARE, Thresholds.SQUARE_SITE,
                    radius, seed, 100_000);
            return DisorderAverage.sample(c.medium(), new int[] {0});
        }, realisations, WalkSettings.of(Ant.MYOPIC, 1000, times, 99, 2), null);
        for (int i = 0; i < times.length; i++) {
            System.out.printf(Locale.ROOT, "IIC t=%d msd %.3f +- %.3f P0 %.4e +- %.1e S %.2f%n",
                    times[i], w.msd()[i], w.msdError()[i], w.returnProbability()[i],
                    w.returnError()[i], w.distinct()[i]);
        }
        double[] fit = {1000, 100_000};
        System.out.printf(Locale.ROOT, "IIC fit t=%.0f..%.0f: d_w %.4f (ref 2.878), d_s(P0) %.4f,"
                + " d_s(S) %.4f, d_s = 2 d_f/d_w with exact d_f %.4f (ref 1.3173)%n",
                fit[0], fit[1], 2 / slope(times, w.msd(), fit), -2 * slope(times,
                w.returnProbability(), fit), 2 * slope(times, w.distinct(), fit),
                2 * (91 / 48.0) * slope(times, w.msd(), fit) / 2);
    }

    private static double slope(long[] t, double[] y, double[] range) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] < range[0] || t[i] > range[1]) {
                continue;
            }
            double lx = Math.log(t[i]);
            double ly = Math.log(y[i]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            n++;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
