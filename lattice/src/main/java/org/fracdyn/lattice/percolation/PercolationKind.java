package org.fracdyn.lattice.percolation;

/** Site percolation (sites occupied with probability p) or bond percolation (bonds open). */
public enum PercolationKind {
    /** Sites occupied independently with probability p; all bonds between them present. */
    SITE,
    /** All sites present; bonds open independently with probability p. */
    BOND
}
