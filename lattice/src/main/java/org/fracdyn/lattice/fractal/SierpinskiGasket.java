package org.fracdyn.lattice.fractal;

import java.util.Arrays;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.medium.Validation;

/**
 * The Sierpinski gasket of generation g as a graph: three copies of generation g-1 joined at
 * their corners, generation 0 being a triangle of three sites. It has 3 (3^g + 1) / 2 sites and
 * 3^(g+1) bonds of length 1; the three outer corners have degree 2, every other site degree 4.
 * Sites lie on the triangular lattice (basis (1,0), (1/2, sqrt 3/2)); the side is 2^g.
 *
 * <p>Dimensions (Given and Mandelbrot 1983; Rammal and Toulouse 1983): d_f = ln3/ln2,
 * d_w = ln5/ln2, d_s = 2 ln3/ln5; time scales by 5 per generation, so the MSD is
 * t^(2/d_w) times a log-periodic function of period ln 5.
 */
public final class SierpinskiGasket {

    /** Largest generation accepted (the coordinate index needs (2^g + 1)^2 ints). */
    public static final int MAX_GENERATION = 13;

    private SierpinskiGasket() {
    }

    /**
     * @param generation g
     * @return 3 (3^g + 1) / 2
     */
    public static long siteCount(int generation) {
        long p = 1;
        for (int i = 0; i < generation; i++) {
            p *= 3;
        }
        return 3 * (p + 1) / 2;
    }

    /**
     * Builds the gasket. Site 0 is the corner at the origin; sites 1 and 2 ... are numbered in
     * the order the construction meets them.
     *
     * @param generation g in [0, {@link #MAX_GENERATION}]
     * @return the gasket (maxDegree 4)
     */
    public static GraphMedium medium(int generation) {
        Validation.requireInRange("generation", generation, 0, MAX_GENERATION);
        int side = 1 << generation;
        long grid = (long) (side + 1) * (side + 1);
        long n = siteCount(generation);
        Validation.requireFitsInHeap("Sierpinski gasket of generation " + generation,
                4 * grid + GraphMedium.bytesNeeded(n, 4, 2));
        int[] index = new int[(int) grid];
        Arrays.fill(index, -1);
        GraphMedium.Builder b = new GraphMedium.Builder((int) n, 4,
                LatticeKind.TRIANGULAR.basis(), LatticeKind.TRIANGULAR.directions());
        int[] next = {0};
        emit(0, 0, side, side, index, next, b);
        return b.build();
    }

    private static void emit(int a, int c, int size, int side, int[] index, int[] next,
            GraphMedium.Builder b) {
        if (size == 1) {
            int p = site(a, c, side, index, next, b);
            int q = site(a + 1, c, side, index, next, b);
            int r = site(a, c + 1, side, index, next, b);
            b.addBond(p, q, 0);
            b.addBond(p, r, 2);
            b.addBond(q, r, 5);
            return;
        }
        int half = size / 2;
        emit(a, c, half, side, index, next, b);
        emit(a + half, c, half, side, index, next, b);
        emit(a, c + half, half, side, index, next, b);
    }

    private static int site(int a, int c, int side, int[] index, int[] next,
            GraphMedium.Builder b) {
        int key = a * (side + 1) + c;
        if (index[key] < 0) {
            index[key] = next[0]++;
            b.coordinates(index[key], a, c);
        }
        return index[key];
    }
}
