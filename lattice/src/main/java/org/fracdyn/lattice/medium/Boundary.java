package org.fracdyn.lattice.medium;

/** Boundary of a finite lattice: open (bonds across the edge are absent) or periodic (a torus). */
public enum Boundary {
    /** Open: sites on a face lack the neighbours outside. Spanning is measured. */
    OPEN,
    /** Periodic: opposite faces are joined. Wrapping is measured. */
    PERIODIC
}
