package org.fracdyn.lattice.percolation;

import org.fracdyn.lattice.medium.GraphMedium;

/**
 * The labelled clusters of a {@link Configuration}: cluster 0 is the largest, then by
 * decreasing size. "Crossing" means spanning (open: one cluster touches both faces
 * perpendicular to the axis) or wrapping (periodic: the cluster winds around the axis).
 * Arrays are internal; accessors return copies except {@link #labels()}.
 */
public final class Clusters {

    private final Configuration configuration;
    private final int[] label;
    private final int[] sizes;
    private final int[] crossMask;

    Clusters(Configuration configuration, int[] label, int[] sizes, int[] crossMask) {
        this.configuration = configuration;
        this.label = label;
        this.sizes = sizes;
        this.crossMask = crossMask;
    }

    /** @return the configuration labelled */
    public Configuration configuration() {
        return configuration;
    }

    /** @return the number of clusters */
    public int clusterCount() {
        return sizes.length;
    }

    /**
     * @param cluster a cluster index, 0 the largest
     * @return its number of sites
     */
    public int size(int cluster) {
        return sizes[cluster];
    }

    /** @return cluster sizes, largest first (a copy) */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return the label of every site, -1 for vacant; the internal array, read only */
    public int[] labels() {
        return label;
    }

    /**
     * @param cluster a cluster
     * @param axis an axis
     * @return true when the cluster spans (open) or wraps (periodic) along the axis
     */
    public boolean crosses(int cluster, int axis) {
        return (crossMask[cluster] >> axis & 1) != 0;
    }

    /**
     * @param cluster a cluster
     * @return the bit mask of axes along which it crosses
     */
    public int crossingAxes(int cluster) {
        return crossMask[cluster];
    }

    /**
     * @return the largest cluster that spans (or wraps) along at least one axis, or -1 when
     *     none does
     */
    public int spanningCluster() {
        for (int c = 0; c < sizes.length; c++) {
            if (crossMask[c] != 0) {
                return c;
            }
        }
        return -1;
    }

    /**
     * @param cluster a cluster
     * @return its sites in ascending order
     */
    public int[] sites(int cluster) {
        int[] out = new int[sizes[cluster]];
        int k = 0;
        for (int s = 0; s < label.length; s++) {
            if (label[s] == cluster) {
                out[k++] = s;
            }
        }
        return out;
    }

    /**
     * The cluster as a walkable medium (sites renumbered in ascending lattice order; the slot
     * count is the lattice coordination number).
     *
     * @param cluster a cluster
     * @return the medium
     */
    public GraphMedium medium(int cluster) {
        return configuration.lattice().medium(sites(cluster), configuration.occupied(),
                configuration.bonds());
    }
}
