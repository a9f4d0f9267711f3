package org.fracdyn.lattice.fractal;

import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.medium.Validation;

/**
 * Deterministic fractals drawn as occupancy grids of 3^g x 3^g square-lattice sites, walked
 * with nearest-neighbour steps (open boundaries).
 *
 * <ul>
 *   <li>Sierpinski carpet (3x3, centre removed): a cell is vacant when at some level both its
 *       base-3 digits are 1; 8^g sites; d_f = ln8/ln3 (Mandelbrot 1982), d_w about 2.10
 *       (numerical), time factor about 10.</li>
 *   <li>Vicsek fractal (the cross): a cell is occupied when at every level its pair of digits
 *       is the centre or an arm, (1,1), (0,1), (2,1), (1,0), (1,2); 5^g sites, a tree;
 *       d_f = ln5/ln3, d_w = ln15/ln3 (Vicsek 1983; Jayanthi and Wu 1993), time factor 15.</li>
 * </ul>
 */
public final class GridFractals {

    /** Largest generation accepted (3^9 = 19683 cells a side). */
    public static final int MAX_GENERATION = 9;

    private GridFractals() {
    }

    /**
     * @param generation g in [0, 9]
     * @return the carpet's occupancy, index {@code x + 3^g y}
     */
    public static byte[] carpetOccupancy(int generation) {
        return occupancy(generation, false);
    }

    /**
     * @param generation g in [0, 9]
     * @return the Vicsek fractal's occupancy, index {@code x + 3^g y}
     */
    public static byte[] vicsekOccupancy(int generation) {
        return occupancy(generation, true);
    }

    /**
     * @param generation g
     * @return the carpet as a medium (its lattice coordinates are the grid's)
     */
    public static GraphMedium carpet(int generation) {
        return toMedium(generation, carpetOccupancy(generation));
    }

    /**
     * @param generation g
     * @return the Vicsek fractal as a medium
     */
    public static GraphMedium vicsek(int generation) {
        return toMedium(generation, vicsekOccupancy(generation));
    }

    /**
     * @param generation g
     * @return the grid lattice the fractal is drawn on
     */
    public static Lattice grid(int generation) {
        return Lattice.cube(LatticeKind.SQUARE, Math.max(2, side(generation)), Boundary.OPEN);
    }

    private static int side(int generation) {
        int s = 1;
        for (int i = 0; i < generation; i++) {
            s *= 3;
        }
        return s;
    }

    private static GraphMedium toMedium(int generation, byte[] occupied) {
        Lattice lattice = grid(generation);
        if (generation == 0) {
            byte[] one = new byte[lattice.siteCount()];
            one[0] = 1;
            return lattice.medium(null, one, null);
        }
        return lattice.medium(null, occupied, null);
    }

    private static byte[] occupancy(int generation, boolean vicsek) {
        Validation.requireInRange("generation", generation, 0, MAX_GENERATION);
        int side = side(generation);
        long cells = (long) side * side;
        Validation.requireFitsInHeap("grid fractal of generation " + generation,
                cells + GraphMedium.bytesNeeded(cells, 4, 2));
        byte[] occ = new byte[(int) cells];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                occ[x + side * y] = (byte) (inside(x, y, generation, vicsek) ? 1 : 0);
            }
        }
        return occ;
    }

    private static boolean inside(int x, int y, int generation, boolean vicsek) {
        int a = x;
        int b = y;
        for (int level = 0; level < generation; level++) {
            int da = a % 3;
            int db = b % 3;
            if (vicsek) {
                if (da != 1 && db != 1) {
                    return false;
                }
            } else if (da == 1 && db == 1) {
                return false;
            }
            a /= 3;
            b /= 3;
        }
        return true;
    }
}
