package org.fracdyn.lattice.percolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.medium.Validation;

/**
 * Leath growth of a site-percolation cluster from the origin (Leath, Phys. Rev. B 14 (1976)
 * 5046, DOI 10.1103/PhysRevB.14.5046): starting from an occupied origin, every site next to the
 * cluster is tested once and occupied with probability p, breadth first. At p = p_c the
 * clusters that reach a large distance approximate the incipient infinite cluster (IIC).
 *
 * <p>Growth takes place in a box of side 2R + 1 centred on the origin (one byte per site, so
 * R is limited by memory: the bytes needed are checked first). {@link #growToRadius} keeps
 * regrowing with fresh random numbers until a cluster touches the box's faces (distance R from
 * the origin along an axis) and returns the whole cluster inside the box; {@link #growToMass}
 * stops the breadth-first growth at a given mass (a cluster that dies earlier is discarded).
 */
public final class LeathGrowth {

    private static final Logger LOG = LoggerFactory.getLogger(LeathGrowth.class);

    private static final byte UNTESTED = 0;
    private static final byte OCCUPIED = 1;
    private static final byte VACANT = 2;

    private LeathGrowth() {
    }

    /**
     * Grows until a cluster reaches the faces of the box of half-width {@code radius}.
     *
     * @param kind the lattice
     * @param p the occupation probability (normally p_c)
     * @param radius R, at least 1
     * @param seed the seed of an L64X128MixRandom
     * @param maxAttempts attempts before giving up, at least 1
     * @return the cluster
     */
    public static GrownCluster growToRadius(LatticeKind kind, double p, int radius, long seed,
            int maxAttempts) {
        return grow(kind, p, radius, Integer.MAX_VALUE, seed, maxAttempts, true);
    }

    /**
     * Grows breadth first until the cluster has {@code mass} sites, within a box of half-width
     * {@code boxRadius} (growth does not cross the box; a cluster that stalls there is kept).
     *
     * @param kind the lattice
     * @param p the occupation probability
     * @param mass the number of sites wanted, at least 1
     * @param boxRadius half-width of the box
     * @param seed seed
     * @param maxAttempts attempts, at least 1
     * @return the cluster
     */
    public static GrownCluster growToMass(LatticeKind kind, double p, int mass, int boxRadius,
            long seed, int maxAttempts) {
        Validation.requireAtLeast("mass", mass, 1);
        return grow(kind, p, boxRadius, mass, seed, maxAttempts, false);
    }

    private static GrownCluster grow(LatticeKind kind, double p, int radius, int mass, long seed,
            int maxAttempts, boolean needBoundary) {
        Validation.requireProbability("p", p);
        Validation.requireAtLeast("radius", radius, 1);
        Validation.requireAtLeast("maxAttempts", maxAttempts, 1);
        int dim = kind.dimension();
        long side = 2L * radius + 1;
        long cells = 1;
        for (int a = 0; a < dim; a++) {
            cells *= side;
        }
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("radius = " + radius + ": the box has " + cells
                    + " sites, more than " + (Integer.MAX_VALUE - 8));
        }
        Validation.requireFitsInHeap("Leath growth box of radius " + radius, 9 * cells);
        Lattice box = Lattice.cube(kind, (int) side, Boundary.OPEN);
        int n = box.siteCount();
        byte[] state = new byte[n];
        int[] queue = new int[Math.min(n, mass == Integer.MAX_VALUE ? n : 2 * mass + 16)];
        int[] tested = new int[1024];
        int[] centre = new int[dim];
        java.util.Arrays.fill(centre, radius);
        int origin = box.index(centre);
        int coordination = kind.coordination();
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);

        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            int testedCount = 0;
            int head = 0;
            int tail = 0;
            boolean touched = false;
            state[origin] = OCCUPIED;
            tested = push(tested, testedCount++, origin);
            queue[tail++] = origin;
            while (head < tail && tail < mass) {
                int s = queue[head++];
                for (int c = 0; c < coordination && tail < mass; c++) {
                    int t = box.neighbour(s, c);
                    if (t < 0 || state[t] != UNTESTED) {
                        continue;
                    }
                    tested = push(tested, testedCount++, t);
                    if (rng.nextDouble() < p) {
                        state[t] = OCCUPIED;
                        if (tail == queue.length) {
                            queue = java.util.Arrays.copyOf(queue,
                                    (int) Math.min(n, 2L * tail));
                        }
                        queue[tail++] = t;
                        touched |= onFace(box, t, dim);
                    } else {
                        state[t] = VACANT;
                    }
                }
            }
            boolean accepted = needBoundary ? touched : tail >= mass;
            if (accepted) {
                int[] sites = java.util.Arrays.copyOf(queue, tail);
                byte[] occupied = new byte[n];
                for (int s : sites) {
                    occupied[s] = 1;
                }
                LOG.debug("Leath growth: mass {} after {} attempts", tail, attempt);
                return new GrownCluster(box, origin, sites, occupied, attempt);
            }
            for (int i = 0; i < testedCount; i++) {
                state[tested[i]] = UNTESTED;
            }
        }
        throw new IllegalStateException("no cluster reached " + (needBoundary
                ? "radius " + radius : "mass " + mass) + " in maxAttempts = " + maxAttempts
                + " attempts at p = " + p + "; raise maxAttempts or p");
    }

    private static int[] push(int[] list, int at, int value) {
        int[] out = at == list.length ? java.util.Arrays.copyOf(list, 2 * at) : list;
        out[at] = value;
        return out;
    }

    private static boolean onFace(Lattice box, int s, int dim) {
        for (int a = 0; a < dim; a++) {
            int c = box.coordinate(s, a);
            if (c == 0 || c == box.size(a) - 1) {
                return true;
            }
        }
        return false;
    }
}
