package org.fracdyn.lattice.medium;

import java.util.Arrays;

/**
 * A finite regular lattice with implicit index arithmetic: site
 * {@code x + Lx (y + Ly z)} at integer coordinates {@code (x, y, z)} in the lattice basis.
 *
 * <p>Nothing per site is stored: neighbours are computed, so percolation labelling runs on
 * a byte occupancy of {@code siteCount()} bytes. {@link #medium} turns a configuration (or a
 * part of one, a cluster) into a {@link GraphMedium} for walkers.
 *
 * @param kind the lattice
 * @param sizes the linear size along each axis, each at least 2
 * @param boundary open or periodic
 */
public record Lattice(LatticeKind kind, int[] sizes, Boundary boundary) {

    /** Validates the sizes and the site count. */
    public Lattice {
        if (sizes.length != kind.dimension()) {
            throw new IllegalArgumentException("sizes.length = " + sizes.length
                    + ": expected the dimension " + kind.dimension() + " of " + kind);
        }
        long n = 1;
        for (int a = 0; a < sizes.length; a++) {
            Validation.requireAtLeast("sizes[" + a + "]", sizes[a], 2);
            n *= sizes[a];
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("site count = " + n
                    + ": expected at most " + (Integer.MAX_VALUE - 8));
        }
        sizes = sizes.clone();
    }

    /**
     * @param kind the lattice
     * @param linearSize L, the same along every axis
     * @param boundary open or periodic
     * @return the lattice L x L (x L)
     */
    public static Lattice cube(LatticeKind kind, int linearSize, Boundary boundary) {
        int[] s = new int[kind.dimension()];
        Arrays.fill(s, linearSize);
        return new Lattice(kind, s, boundary);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return the dimension */
    public int dimension() {
        return sizes.length;
    }

    /**
     * @param axis an axis
     * @return the linear size along it
     */
    public int size(int axis) {
        return sizes[axis];
    }

    /** @return the number of sites */
    public int siteCount() {
        int n = 1;
        for (int s : sizes) {
            n *= s;
        }
        return n;
    }

    /**
     * @param site a site
     * @param axis an axis
     * @return the coordinate of the site along the axis, in {@code [0, size(axis))}
     */
    public int coordinate(int site, int axis) {
        int s = site;
        for (int a = 0; a < axis; a++) {
            s /= sizes[a];
        }
        return s % sizes[axis];
    }

    /**
     * @param coords coordinates, each in range
     * @return the site index
     */
    public int index(int... coords) {
        int idx = 0;
        for (int a = sizes.length - 1; a >= 0; a--) {
            idx = idx * sizes[a] + coords[a];
        }
        return idx;
    }

    /**
     * The neighbour of a site along a direction code ({@code 2f} forward, {@code 2f+1} back).
     *
     * @param site a site
     * @param code a direction code in {@code [0, kind().coordination())}
     * @return the neighbour, or -1 across an open boundary
     */
    public int neighbour(int site, int code) {
        int[] d = DIRECTION_CACHE[kind.ordinal()][code];
        int idx = 0;
        int stride = 1;
        int s = site;
        for (int a = 0; a < sizes.length; a++) {
            int c = s % sizes[a] + d[a];
            s /= sizes[a];
            if (c < 0 || c >= sizes[a]) {
                if (boundary == Boundary.OPEN) {
                    return -1;
                }
                c = c < 0 ? c + sizes[a] : c - sizes[a];
            }
            idx += c * stride;
            stride *= sizes[a];
        }
        return idx;
    }

    private static final int[][][] DIRECTION_CACHE = new int[LatticeKind.values().length][][];

    static {
        for (LatticeKind k : LatticeKind.values()) {
            DIRECTION_CACHE[k.ordinal()] = k.directions();
        }
    }

    /**
     * Builds the medium of a configuration restricted to a set of sites.
     *
     * @param sites the sites to keep (for example one cluster), or null for every site with
     *     {@code occupied[site] != 0}, or every site when {@code occupied} is null too
     * @param occupied site occupancy (non-zero = occupied), or null for all occupied
     * @param bonds open bonds, indexed {@code site * forwardCount + f} for the bond from
     *     {@code site} along forward direction {@code f}; null for all bonds open
     * @return the medium, sites renumbered in the order given (ascending when null)
     */
    public GraphMedium medium(int[] sites, byte[] occupied, java.util.BitSet bonds) {
        int n = siteCount();
        int[] keep = sites;
        if (keep == null) {
            int count = 0;
            for (int s = 0; s < n; s++) {
                if (occupied == null || occupied[s] != 0) {
                    count++;
                }
            }
            keep = new int[count];
            int i = 0;
            for (int s = 0; s < n; s++) {
                if (occupied == null || occupied[s] != 0) {
                    keep[i++] = s;
                }
            }
        }
        Validation.requireFitsInHeap("index map of " + n + " sites", 4L * n);
        int[] newIndex = new int[n];
        Arrays.fill(newIndex, -1);
        for (int i = 0; i < keep.length; i++) {
            newIndex[keep[i]] = i;
        }
        int dim = dimension();
        int forward = kind.forwardCount();
        GraphMedium.Builder b = new GraphMedium.Builder(keep.length, kind.coordination(),
                kind.basis(), kind.directions());
        if (boundary == Boundary.PERIODIC) {
            b.periodic();
        }
        int[] c = new int[dim];
        for (int i = 0; i < keep.length; i++) {
            int s = keep[i];
            for (int a = 0; a < dim; a++) {
                c[a] = coordinate(s, a);
            }
            b.coordinates(i, c);
            for (int f = 0; f < forward; f++) {
                int t = neighbour(s, 2 * f);
                if (t < 0 || newIndex[t] < 0) {
                    continue;
                }
                if (bonds != null && !bonds.get(s * forward + f)) {
                    continue;
                }
                b.addBond(i, newIndex[t], 2 * f);
            }
        }
        return b.build();
    }
}
