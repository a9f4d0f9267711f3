package org.fracdyn.lattice.percolation;

import org.fracdyn.lattice.medium.LatticeKind;

/**
 * Percolation thresholds p_c of the lattices, from the literature (see REFERENCES.md).
 *
 * <ul>
 *   <li>square site: 0.59274605079210(2), Jacobsen, J. Phys. A 48 (2015) 454003;</li>
 *   <li>square bond: 1/2, exact (Kesten 1980);</li>
 *   <li>triangular site: 1/2, exact; triangular bond: 2 sin(pi/18), exact (Sykes and Essam
 *       1964);</li>
 *   <li>simple cubic site 0.3116077(2) and bond 0.24881182(10), Wang, Zhou, Zhang, Garoni and
 *       Deng, Phys. Rev. E 87 (2013) 052107.</li>
 * </ul>
 */
public final class Thresholds {

    /** Square-lattice site threshold (Jacobsen 2015). */
    public static final double SQUARE_SITE = 0.59274605079210;
    /** Square-lattice bond threshold, exactly 1/2. */
    public static final double SQUARE_BOND = 0.5;
    /** Triangular-lattice site threshold, exactly 1/2. */
    public static final double TRIANGULAR_SITE = 0.5;
    /** Triangular-lattice bond threshold, exactly 2 sin(pi/18). */
    public static final double TRIANGULAR_BOND = 2 * Math.sin(Math.PI / 18);
    /** Simple-cubic site threshold (Wang et al. 2013). */
    public static final double CUBIC_SITE = 0.3116077;
    /** Simple-cubic bond threshold (Wang et al. 2013). */
    public static final double CUBIC_BOND = 0.24881182;

    /**
     * Wrapping probabilities at p_c on the square torus (Pinson, J. Stat. Phys. 75 (1994) 1167;
     * used by Newman and Ziff 2001): along one given axis, along either, along both.
     */
    public static final double PINSON_ONE_AXIS = 0.521058290;
    /** Pinson 1994: wrapping along either axis. */
    public static final double PINSON_EITHER = 0.690473725;
    /** Pinson 1994: wrapping along both axes. */
    public static final double PINSON_BOTH = 0.351642855;

    private Thresholds() {
    }

    /**
     * @param lattice the lattice
     * @param kind site or bond
     * @return p_c
     */
    public static double criticalProbability(LatticeKind lattice, PercolationKind kind) {
        boolean site = kind == PercolationKind.SITE;
        switch (lattice) {
            case SQUARE:
                return site ? SQUARE_SITE : SQUARE_BOND;
            case TRIANGULAR:
                return site ? TRIANGULAR_SITE : TRIANGULAR_BOND;
            default:
                return site ? CUBIC_SITE : CUBIC_BOND;
        }
    }
}
