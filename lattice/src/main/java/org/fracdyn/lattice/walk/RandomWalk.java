package org.fracdyn.lattice.walk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.observe.DisplacementHistogram;
import org.fracdyn.lattice.observe.WalkObservables;

/**
 * Independent random walkers ({@link Ant}) on one medium, started uniformly on a given set of
 * sites (normally the sites of the chosen cluster: see {@link StartSites}), with the
 * observables <r^2(t)>, P0(t), S(t) and displacement histograms at the sample times.
 *
 * <p>Each walker runs its whole trajectory before the next starts (the neighbour table stays in
 * cache around it and one visited set per thread suffices); walkers are grouped in fixed blocks
 * that run in parallel, each block with its own generator split deterministically from the
 * master seed, and the per-block sums are added in block order: the same seed gives bit-for-bit
 * the same result for any thread count. Displacements are accumulated as exact integers in the
 * lattice basis, unwrapped across periodic boundaries.
 */
public final class RandomWalk {

    private static final Logger LOG = LoggerFactory.getLogger(RandomWalk.class);

    private RandomWalk() {
    }

    /**
     * Runs the walkers on one medium.
     *
     * @param medium the medium (dimension at least 1 for the MSD; NaN otherwise)
     * @param startSites the sites to start on, uniformly (non-empty, each a valid site)
     * @param settings the ant, walkers, times, seed and threads
     * @return the observables with standard errors over walkers
     */
    public static WalkObservables run(GraphMedium medium, int[] startSites,
            WalkSettings settings) {
        if (startSites.length == 0) {
            throw new IllegalArgumentException("startSites: expected at least one site");
        }
        for (int s : startSites) {
            if (s < 0 || s >= medium.siteCount()) {
                throw new IllegalArgumentException("startSites contains " + s
                        + ": expected a site in [0, " + medium.siteCount() + ")");
            }
        }
        long walkers = settings.walkers();
        int blockSize = settings.blockSize();
        long blockCount = (walkers + blockSize - 1) / blockSize;
        if (blockCount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("walkers = " + walkers
                    + ": too many for blockSize " + blockSize);
        }
        int blocks = (int) blockCount;

        RandomGenerator.SplittableGenerator master = (RandomGenerator.SplittableGenerator)
                RandomGeneratorFactory.of("L64X128MixRandom").create(settings.seed());
        RandomGenerator[] generators = new RandomGenerator[blocks];
        for (int b = 0; b < blocks; b++) {
            generators[b] = master.split();
        }

        int nt = settings.times().length;
        int nh = settings.histogramTimes().length;
        int bins = settings.histogramBins();
        double[][] blockSums = new double[blocks][];
        ThreadLocal<Walker> workspace = ThreadLocal.withInitial(
                () -> new Walker(medium, settings));
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(b -> {
                long first = (long) b * blockSize;
                int count = (int) Math.min(blockSize, walkers - first);
                double[] sums = new double[5 * nt + nh * bins];
                Walker w = workspace.get();
                for (int i = 0; i < count; i++) {
                    w.walk(generators[b], startSites, sums);
                }
                blockSums[b] = sums;
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("walk interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("walk failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }

        double[] total = new double[5 * nt + nh * bins];
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += blockSums[b][i];
            }
        }
        LOG.debug("{} walkers ({}) of {} steps on {} sites, {} blocks", walkers,
                settings.ant(), settings.times()[nt - 1], medium.siteCount(), blocks);
        return summarise(total, settings, medium.dimension() > 0);
    }

    private static WalkObservables summarise(double[] total, WalkSettings settings,
            boolean embedded) {
        int nt = settings.times().length;
        double n = settings.walkers();
        double[] msd = new double[nt];
        double[] msdErr = new double[nt];
        double[] p0 = new double[nt];
        double[] p0Err = new double[nt];
        double[] dist = new double[nt];
        double[] distErr = new double[nt];
        for (int i = 0; i < nt; i++) {
            double m = total[5 * i] / n;
            double m2 = total[5 * i + 1] / n;
            msd[i] = embedded ? m : Double.NaN;
            msdErr[i] = embedded ? standardError(m, m2, n) : Double.NaN;
            p0[i] = total[5 * i + 2] / n;
            p0Err[i] = standardError(p0[i], p0[i], n);
            if (settings.trackDistinct()) {
                dist[i] = total[5 * i + 3] / n;
                distErr[i] = standardError(dist[i], total[5 * i + 4] / n, n);
            } else {
                dist[i] = Double.NaN;
                distErr[i] = Double.NaN;
            }
        }
        List<DisplacementHistogram> hist = new ArrayList<>();
        int bins = settings.histogramBins();
        for (int h = 0; h < settings.histogramTimes().length; h++) {
            double[] f = new double[bins];
            for (int b = 0; b < bins; b++) {
                f[b] = total[5 * nt + h * bins + b] / n;
            }
            hist.add(new DisplacementHistogram(settings.histogramTimes()[h],
                    settings.histogramBinWidth(), f));
        }
        return new WalkObservables(settings.times(), msd, msdErr, p0, p0Err, dist, distErr,
                settings.walkers(), 1, hist);
    }

    private static double standardError(double mean, double meanSquare, double n) {
        if (n < 2) {
            return Double.NaN;
        }
        double var = Math.max(0, meanSquare - mean * mean) * n / (n - 1);
        return Math.sqrt(var / n);
    }

    /** One thread's workspace: the medium's tables and a visited set. */
    private static final class Walker {
        private final int[] table;
        private final byte[] direction;
        private final byte[] degree;
        private final int[] vectors;
        private final double[] metric;
        private final int k;
        private final int dim;
        private final boolean blind;
        private final boolean powerOfTwo;
        private final int shift;
        private final long[] times;
        private final int[] histogramIndex;
        private final int bins;
        private final double binWidth;
        private final long[] visited;
        private int[] touched;
        private final int[] displacement = new int[3];

        Walker(GraphMedium medium, WalkSettings settings) {
            this.table = medium.neighbourTable();
            this.direction = medium.directionTable();
            this.degree = medium.degreeTable();
            this.vectors = medium.directionVectors();
            this.metric = medium.metric();
            this.k = medium.maxDegree();
            this.dim = medium.dimension();
            this.blind = settings.ant() == Ant.BLIND;
            this.powerOfTwo = Integer.bitCount(k) == 1;
            this.shift = Integer.numberOfTrailingZeros(k);
            this.times = settings.times();
            this.histogramIndex = new int[times.length];
            java.util.Arrays.fill(histogramIndex, -1);
            long[] ht = settings.histogramTimes();
            for (int h = 0; h < ht.length; h++) {
                histogramIndex[java.util.Arrays.binarySearch(times, ht[h])] = h;
            }
            this.bins = settings.histogramBins();
            this.binWidth = settings.histogramBinWidth();
            this.visited = settings.trackDistinct()
                    ? new long[(medium.siteCount() + 63) >>> 6] : null;
            this.touched = new int[256];
        }

        void walk(RandomGenerator rng, int[] starts, double[] sums) {
            int start = starts[rng.nextInt(starts.length)];
            int site = start;
            int x = 0;
            int y = 0;
            int z = 0;
            long t = 0;
            int touchedCount = 0;
            long distinct = 1;
            if (visited != null) {
                visited[start >>> 6] |= 1L << start;
                touched[touchedCount++] = start >>> 6;
            }
            long bits = 0;
            int left = 0;
            int perLong = powerOfTwo ? 64 / Math.max(shift, 1) : 0;
            long mask = k - 1;
            for (int i = 0; i < times.length; i++) {
                long target = times[i];
                while (t < target) {
                    int slot;
                    if (blind) {
                        if (powerOfTwo) {
                            if (left == 0) {
                                bits = rng.nextLong();
                                left = perLong;
                            }
                            slot = (int) (bits & mask);
                            bits >>>= shift;
                            left--;
                        } else {
                            slot = rng.nextInt(k);
                        }
                    } else {
                        int d = degree[site];
                        slot = d > 1 ? rng.nextInt(d) : 0;
                    }
                    int idx = site * k + slot;
                    int nb = table[idx];
                    t++;
                    if (nb < 0) {
                        continue;
                    }
                    int code = direction[idx] * dim;
                    if (dim > 0) {
                        x += vectors[code];
                        if (dim > 1) {
                            y += vectors[code + 1];
                            if (dim > 2) {
                                z += vectors[code + 2];
                            }
                        }
                    }
                    site = nb;
                    if (visited != null) {
                        int word = nb >>> 6;
                        long bit = 1L << nb;
                        long old = visited[word];
                        if ((old & bit) == 0) {
                            if (old == 0) {
                                if (touchedCount == touched.length) {
                                    touched = java.util.Arrays.copyOf(touched, 2 * touchedCount);
                                }
                                touched[touchedCount++] = word;
                            }
                            visited[word] = old | bit;
                            distinct++;
                        }
                    }
                }
                displacement[0] = x;
                displacement[1] = y;
                displacement[2] = z;
                double r2 = squaredLength();
                int base = 5 * i;
                sums[base] += r2;
                sums[base + 1] += r2 * r2;
                sums[base + 2] += site == start ? 1 : 0;
                sums[base + 3] += distinct;
                sums[base + 4] += (double) distinct * distinct;
                int h = histogramIndex[i];
                if (h >= 0) {
                    int b = (int) Math.min(bins - 1, Math.floor(Math.sqrt(r2) / binWidth));
                    sums[5 * times.length + h * bins + b] += 1;
                }
            }
            if (visited != null) {
                for (int i = 0; i < touchedCount; i++) {
                    visited[touched[i]] = 0;
                }
            }
        }

        private double squaredLength() {
            double s = 0;
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    s += metric[i * dim + j] * displacement[i] * (double) displacement[j];
                }
            }
            return s;
        }
    }
}
