package org.fracdyn.lattice.percolation;

import java.util.BitSet;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.Validation;

/**
 * One percolation configuration at a fixed p: which sites are occupied (site percolation) or
 * which bonds are open (bond percolation). Arrays are shared, not copied: do not modify them.
 *
 * @param lattice the lattice
 * @param kind site or bond
 * @param probability the occupation probability p
 * @param occupied one byte per site, 1 occupied, 0 vacant (all 1 for bond percolation)
 * @param bonds for bond percolation the open bonds, index {@code site * forwardCount + f};
 *     null for site percolation
 */
public record Configuration(Lattice lattice, PercolationKind kind, double probability,
        byte[] occupied, BitSet bonds) {

    /**
     * Draws a configuration: each site (or bond) independently with probability p.
     *
     * @param lattice the lattice
     * @param kind site or bond
     * @param p the occupation probability in [0, 1]
     * @param seed the seed of an L64X128MixRandom
     * @return the configuration
     */
    public static Configuration random(Lattice lattice, PercolationKind kind, double p,
            long seed) {
        Validation.requireProbability("p", p);
        int n = lattice.siteCount();
        Validation.requireFitsInHeap("occupancy of " + n + " sites", (long) n
                * (kind == PercolationKind.BOND ? 2 : 1));
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        byte[] occupied = new byte[n];
        BitSet bonds = null;
        if (kind == PercolationKind.SITE) {
            for (int s = 0; s < n; s++) {
                occupied[s] = rng.nextDouble() < p ? (byte) 1 : 0;
            }
        } else {
            java.util.Arrays.fill(occupied, (byte) 1);
            int forward = lattice.kind().forwardCount();
            bonds = new BitSet(n * forward);
            for (int b = 0; b < n * forward; b++) {
                if (rng.nextDouble() < p) {
                    bonds.set(b);
                }
            }
        }
        return new Configuration(lattice, kind, p, occupied, bonds);
    }

    /**
     * A site configuration from a given occupancy grid (a user's medium).
     *
     * @param lattice the lattice
     * @param occupied one byte per site, non-zero occupied
     * @return the configuration (p is the occupied fraction)
     */
    public static Configuration ofSites(Lattice lattice, byte[] occupied) {
        if (occupied.length != lattice.siteCount()) {
            throw new IllegalArgumentException("occupied.length = " + occupied.length
                    + ": expected the site count " + lattice.siteCount());
        }
        long count = 0;
        for (byte b : occupied) {
            count += b != 0 ? 1 : 0;
        }
        return new Configuration(lattice, PercolationKind.SITE,
                count / (double) occupied.length, occupied, null);
    }

    /**
     * @param site a site
     * @param f a forward direction
     * @return true when the bond from {@code site} along {@code f} exists and is open and both
     *     ends are occupied
     */
    public boolean bondOpen(int site, int f) {
        int t = lattice.neighbour(site, 2 * f);
        if (t < 0 || occupied[site] == 0 || occupied[t] == 0) {
            return false;
        }
        return bonds == null || bonds.get(site * lattice.kind().forwardCount() + f);
    }
}
