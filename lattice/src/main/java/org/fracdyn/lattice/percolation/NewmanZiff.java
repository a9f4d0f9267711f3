package org.fracdyn.lattice.percolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.Validation;

/**
 * The Newman-Ziff algorithm: sites (or bonds) are occupied one at a time in a random order and
 * clusters are merged by weighted union-find with path compression, so that one sweep gives the
 * crossing indicator and the largest cluster at every occupation number n = 0 .. N. Averaged over
 * sweeps these are the microcanonical Q_n, and the canonical value at any p is the binomial
 * convolution Q(p) = sum_n C(N, n) p^n (1-p)^(N-n) Q_n ({@link NewmanZiffResult}).
 *
 * <p>Reference: M. E. J. Newman and R. M. Ziff, Phys. Rev. Lett. 85 (2000) 4104,
 * DOI 10.1103/PhysRevLett.85.4104; Phys. Rev. E 64 (2001) 016706,
 * DOI 10.1103/PhysRevE.64.016706. Open boundaries record spanning, periodic ones wrapping.
 *
 * <p>Sweep {@code i} draws its order from the {@code i}-th generator split sequentially from
 * an L64X128MixRandom seeded with the seed, and the counts are integers summed exactly, so a
 * seed gives the same result whatever the number of threads.
 */
public final class NewmanZiff {

    private static final Logger LOG = LoggerFactory.getLogger(NewmanZiff.class);

    private final Lattice lattice;
    private final PercolationKind kind;

    /**
     * @param lattice the lattice (its boundary decides spanning or wrapping)
     * @param kind site or bond percolation
     */
    public NewmanZiff(Lattice lattice, PercolationKind kind) {
        this.lattice = lattice;
        this.kind = kind;
    }

    /**
     * Runs the sweeps.
     *
     * @param sweeps number of independent sweeps, at least 1
     * @param seed the master seed
     * @param threads worker threads, at least 1 (does not change the result)
     * @return the accumulated counts
     */
    public NewmanZiffResult run(int sweeps, long seed, int threads) {
        Validation.requireAtLeast("sweeps", sweeps, 1);
        Validation.requireAtLeast("threads", threads, 1);
        int n = lattice.siteCount();
        int dim = lattice.dimension();
        int[] bonds = kind == PercolationKind.BOND ? listBonds() : null;
        int count = bonds == null ? n : bonds.length;
        long perWorker = 4L * n * (2 + (lattice.boundary() == Boundary.PERIODIC ? dim : 0))
                + 4L * count + 32L * (count + 1);
        Validation.requireFitsInHeap("Newman-Ziff workspace", perWorker * threads);

        RandomGenerator.SplittableGenerator master = (RandomGenerator.SplittableGenerator)
                RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        RandomGenerator.SplittableGenerator[] generators =
                new RandomGenerator.SplittableGenerator[sweeps];
        for (int i = 0; i < sweeps; i++) {
            generators[i] = master.split();
        }

        int workers = Math.min(threads, sweeps);
        long[][] totals = new long[4][count + 1];
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                final int worker = w;
                futures.add(pool.submit(() -> {
                    long[][] acc = new long[4][count + 1];
                    Sweeper sweeper = new Sweeper(bonds, count);
                    for (int i = worker; i < sweeps; i += workers) {
                        sweeper.sweep(generators[i], acc);
                    }
                    return acc;
                }));
            }
            for (Future<long[][]> f : futures) {
                long[][] acc = f.get();
                for (int e = 0; e < 4; e++) {
                    for (int i = 0; i <= count; i++) {
                        totals[e][i] += acc[e][i];
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Newman-Ziff sweeps interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Newman-Ziff sweep failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
        LOG.debug("Newman-Ziff {} {} on {}: {} sweeps of {} occupations", kind,
                lattice.kind(), java.util.Arrays.toString(lattice.sizes()), sweeps, count);
        return new NewmanZiffResult(lattice, kind, sweeps, count, n, totals);
    }

    private int[] listBonds() {
        int forward = lattice.kind().forwardCount();
        int n = lattice.siteCount();
        int[] tmp = new int[n * forward];
        int k = 0;
        for (int s = 0; s < n; s++) {
            for (int f = 0; f < forward; f++) {
                if (lattice.neighbour(s, 2 * f) >= 0) {
                    tmp[k++] = s * forward + f;
                }
            }
        }
        return java.util.Arrays.copyOf(tmp, k);
    }

    /** One worker's reusable workspace. */
    private final class Sweeper {
        private final int[] bonds;
        private final int count;
        private final int[] order;
        private final byte[] occupied;
        private final byte[] faces;
        private final UnionFind uf;
        private final int[][] directions;
        private final boolean periodic;
        private final int dim;
        private final int coordination;
        private final int allAxes;

        Sweeper(int[] bonds, int count) {
            this.bonds = bonds;
            this.count = count;
            int n = lattice.siteCount();
            this.order = new int[count];
            this.occupied = new byte[n];
            this.dim = lattice.dimension();
            this.periodic = lattice.boundary() == Boundary.PERIODIC;
            this.faces = periodic ? null : new byte[n];
            this.uf = new UnionFind(n, periodic ? dim : 0);
            this.directions = lattice.kind().directions();
            this.coordination = lattice.kind().coordination();
            this.allAxes = (1 << dim) - 1;
        }

        void sweep(RandomGenerator rng, long[][] acc) {
            for (int i = 0; i < count; i++) {
                order[i] = bonds == null ? i : bonds[i];
            }
            for (int i = count - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int n = lattice.siteCount();
            java.util.Arrays.fill(occupied, (byte) 0);
            int largest = 0;
            if (bonds != null) {
                for (int s = 0; s < n; s++) {
                    uf.makeSet(s);
                    occupied[s] = 1;
                    if (!periodic) {
                        faces[s] = faceMask(s);
                    }
                }
                largest = 1;
            }
            int crossed = 0;
            record(acc, 0, crossed, bonds == null ? 0 : largest);
            int forward = lattice.kind().forwardCount();
            for (int i = 0; i < count; i++) {
                int root;
                if (bonds == null) {
                    int s = order[i];
                    occupied[s] = 1;
                    uf.makeSet(s);
                    if (!periodic) {
                        faces[s] = faceMask(s);
                    }
                    for (int c = 0; c < coordination; c++) {
                        int t = lattice.neighbour(s, c);
                        if (t >= 0 && occupied[t] != 0) {
                            crossed |= join(s, t, directions[c]);
                        }
                    }
                    root = uf.find(s);
                } else {
                    int s = order[i] / forward;
                    int f = order[i] % forward;
                    int t = lattice.neighbour(s, 2 * f);
                    crossed |= join(s, t, directions[2 * f]);
                    root = uf.find(s);
                }
                largest = Math.max(largest, uf.size(root));
                record(acc, i + 1, crossed, largest);
            }
        }

        private int join(int s, int t, int[] d) {
            if (periodic) {
                int r = uf.union(s, t, d);
                return r > 0 ? r : 0;
            }
            int ra = uf.find(s);
            int rb = uf.find(t);
            if (ra == rb) {
                return 0;
            }
            int mask = faces[ra] | faces[rb];
            int r = uf.union(s, t, d);
            faces[-1 - r] = (byte) mask;
            int spanned = 0;
            for (int a = 0; a < dim; a++) {
                if (((mask >> (2 * a)) & 3) == 3) {
                    spanned |= 1 << a;
                }
            }
            return spanned;
        }

        private byte faceMask(int s) {
            int mask = 0;
            for (int a = 0; a < dim; a++) {
                int c = lattice.coordinate(s, a);
                if (c == 0) {
                    mask |= 1 << (2 * a);
                }
                if (c == lattice.size(a) - 1) {
                    mask |= 2 << (2 * a);
                }
            }
            return (byte) mask;
        }

        private void record(long[][] acc, int n, int crossed, int largest) {
            acc[0][n] += crossed & 1;
            acc[1][n] += crossed != 0 ? 1 : 0;
            acc[2][n] += crossed == allAxes ? 1 : 0;
            acc[3][n] += largest;
        }
    }
}
