package org.fracdyn.lattice.medium;

/**
 * A medium a random walker moves on: a finite graph of sites {@code 0 .. siteCount()-1}, each
 * with up to {@link #maxDegree()} neighbour slots.
 *
 * <p>Slots are compacted: the neighbours of a site fill slots {@code 0 .. degree(site)-1} and the
 * remaining slots return {@code -1}. On a lattice medium {@code maxDegree()} is the coordination
 * number of the underlying lattice (4 square, 6 triangular, 6 simple cubic), so a blind ant that
 * picks one of the {@code maxDegree()} slots uniformly stays put with probability
 * {@code 1 - degree/maxDegree}, exactly as if it had tried a vacant neighbour.
 *
 * <p>Positions are Euclidean, in units of the lattice spacing (bond length 1). A step from
 * {@code site} through {@code slot} moves by {@link #stepVector}; on periodic media this is the
 * unwrapped displacement, so summing steps gives the true displacement of a walker even when the
 * stored coordinates wrap. Media without an embedding (edge-list graphs) have
 * {@code dimension() == 0}; their displacement and mean square displacement are undefined.
 */
public interface Medium {

    /** @return the number of sites, at least 1 */
    int siteCount();

    /** @return the number of neighbour slots per site (the lattice coordination number) */
    int maxDegree();

    /**
     * @param site a site index in {@code [0, siteCount())}
     * @return the number of actual neighbours of {@code site}
     */
    int degree(int site);

    /**
     * @param site a site index
     * @param slot a slot in {@code [0, maxDegree())}
     * @return the neighbour through that slot, or -1 when the slot is empty
     */
    int neighbour(int site, int slot);

    /** @return the embedding dimension (1, 2 or 3), or 0 for a graph without coordinates */
    int dimension();

    /**
     * Writes the (possibly wrapped) coordinates of a site.
     *
     * @param site a site index
     * @param out an array of length at least {@link #dimension()}
     */
    void coordinates(int site, double[] out);

    /**
     * Writes the unwrapped displacement of the step from {@code site} through {@code slot}.
     *
     * @param site a site index
     * @param slot a slot with a neighbour
     * @param out an array of length at least {@link #dimension()}
     */
    void stepVector(int site, int slot, double[] out);

    /** @return true when the sites split into two classes with every bond between them */
    boolean isBipartite();

    /** @return true when some bonds wrap around a periodic boundary */
    boolean isPeriodic();
}
