package org.fracdyn.lattice.fractal;

import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.medium.Validation;

/**
 * The 2D comb: a backbone along x (y = 0) of {@code length} sites with a tooth of
 * {@code toothLength} sites above and below every backbone site. Steps along x exist only on
 * the backbone, steps along y everywhere. With infinite teeth {@code <x^2(t)>} grows as t^(1/2)
 * along the backbone (Weiss and Havlin 1986; Ben-Avraham and Havlin 2000, ch. 8); finite teeth
 * of length H restore normal diffusion after about H^2 steps.
 *
 * <p>Site index {@code x (2H + 1) + (y + H)} for backbone position x and height y in [-H, H].
 */
public final class Comb {

    private Comb() {
    }

    /**
     * @param length backbone sites, at least 1
     * @param toothLength H, sites in each half tooth, at least 0
     * @return the comb (maxDegree 4)
     */
    public static GraphMedium medium(int length, int toothLength) {
        Validation.requireAtLeast("length", length, 1);
        Validation.requireAtLeast("toothLength", toothLength, 0);
        long column = 2L * toothLength + 1;
        long n = length * column;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("length * (2 toothLength + 1) = " + n
                    + ": expected at most " + (Integer.MAX_VALUE - 8) + " sites");
        }
        Validation.requireFitsInHeap("comb", GraphMedium.bytesNeeded(n, 4, 2));
        GraphMedium.Builder b = new GraphMedium.Builder((int) n, 4,
                LatticeKind.SQUARE.basis(), LatticeKind.SQUARE.directions());
        for (int x = 0; x < length; x++) {
            for (int y = -toothLength; y <= toothLength; y++) {
                int s = site(x, y, toothLength);
                b.coordinates(s, x, y);
                if (y < toothLength) {
                    b.addBond(s, site(x, y + 1, toothLength), 2);
                }
            }
            if (x + 1 < length) {
                b.addBond(site(x, 0, toothLength), site(x + 1, 0, toothLength), 0);
            }
        }
        return b.build();
    }

    /**
     * @param x backbone position
     * @param y height in [-H, H]
     * @param toothLength H
     * @return the site index
     */
    public static int site(int x, int y, int toothLength) {
        return x * (2 * toothLength + 1) + y + toothLength;
    }
}
