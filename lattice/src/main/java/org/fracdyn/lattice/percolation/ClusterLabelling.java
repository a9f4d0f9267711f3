package org.fracdyn.lattice.percolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.Validation;

/**
 * Labels the clusters of a configuration at fixed p with union-find (weighted union, path
 * compression: the same cluster partition as Hoshen and Kopelman, Phys. Rev. B 14 (1976) 3438,
 * DOI 10.1103/PhysRevB.14.3438). On periodic lattices the union-find tracks displacements so
 * that wrapping clusters are detected (Newman and Ziff 2001). Memory: 8 bytes per site (plus 4
 * per site and axis when periodic).
 */
public final class ClusterLabelling {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterLabelling.class);

    private ClusterLabelling() {
    }

    /**
     * @param configuration the configuration
     * @return the clusters, largest first
     */
    public static Clusters label(Configuration configuration) {
        Lattice lattice = configuration.lattice();
        int n = lattice.siteCount();
        int dim = lattice.dimension();
        boolean periodic = lattice.boundary() == Boundary.PERIODIC;
        Validation.requireFitsInHeap("labelling of " + n + " sites",
                8L * n + (periodic ? 4L * n * dim : 0));
        UnionFind uf = new UnionFind(n, periodic ? dim : 0);
        byte[] occupied = configuration.occupied();
        for (int s = 0; s < n; s++) {
            if (occupied[s] != 0) {
                uf.makeSet(s);
            }
        }

        byte[] wraps = periodic ? new byte[n] : null;
        int forward = lattice.kind().forwardCount();
        int[][] directions = lattice.kind().directions();
        int[] stride = new int[dim];
        int[] size = lattice.sizes();
        stride[0] = 1;
        for (int a = 1; a < dim; a++) {
            stride[a] = stride[a - 1] * size[a - 1];
        }
        java.util.BitSet bonds = configuration.bonds();
        int[] c = new int[dim];
        for (int s = 0; s < n; s++) {
            if (s > 0) {
                advance(c, size);
            }
            if (occupied[s] == 0) {
                continue;
            }
            for (int f = 0; f < forward; f++) {
                int[] d = directions[2 * f];
                int t = s;
                for (int a = 0; a < dim; a++) {
                    if (d[a] == 0) {
                        continue;
                    }
                    int nc = c[a] + d[a];
                    t += d[a] * stride[a];
                    if (nc < 0 || nc >= size[a]) {
                        if (!periodic) {
                            t = -1;
                            break;
                        }
                        t += nc < 0 ? size[a] * stride[a] : -size[a] * stride[a];
                    }
                }
                if (t < 0 || occupied[t] == 0
                        || (bonds != null && !bonds.get(s * forward + f))) {
                    continue;
                }
                if (periodic) {
                    int ra = uf.find(s);
                    int rb = uf.find(t);
                    int merged = wraps[ra] | wraps[rb];
                    int r = uf.union(s, t, d);
                    if (r >= 0) {
                        wraps[ra] = (byte) (merged | r);
                    } else {
                        wraps[-1 - r] = (byte) merged;
                    }
                } else {
                    uf.union(s, t, null);
                }
            }
        }

        int[] label = new int[n];
        int roots = 0;
        for (int s = 0; s < n; s++) {
            if (occupied[s] != 0 && uf.isRoot(s)) {
                roots++;
            }
        }
        long[] keys = new long[roots];
        int k = 0;
        for (int s = 0; s < n; s++) {
            if (occupied[s] != 0 && uf.isRoot(s)) {
                keys[k++] = ((long) (Integer.MAX_VALUE - uf.size(s)) << 32) | s;
            }
        }
        java.util.Arrays.sort(keys);
        int[] sizes = new int[roots];
        int[] cross = new int[roots];
        for (int cl = 0; cl < roots; cl++) {
            int root = (int) keys[cl];
            sizes[cl] = uf.size(root);
            label[root] = cl;
            if (periodic) {
                cross[cl] = wraps[root];
            }
        }
        for (int s = 0; s < n; s++) {
            label[s] = occupied[s] == 0 ? -1 : label[uf.find(s)];
        }

        if (!periodic) {
            int[] faces = new int[roots];
            java.util.Arrays.fill(c, 0);
            for (int s = 0; s < n; s++) {
                if (s > 0) {
                    advance(c, size);
                }
                if (label[s] < 0) {
                    continue;
                }
                for (int a = 0; a < dim; a++) {
                    if (c[a] == 0) {
                        faces[label[s]] |= 1 << (2 * a);
                    } else if (c[a] == size[a] - 1) {
                        faces[label[s]] |= 2 << (2 * a);
                    }
                }
            }
            for (int cl = 0; cl < roots; cl++) {
                for (int a = 0; a < dim; a++) {
                    if (((faces[cl] >> (2 * a)) & 3) == 3) {
                        cross[cl] |= 1 << a;
                    }
                }
            }
        }
        LOG.debug("labelled {} sites: {} clusters, largest {}", n, roots,
                roots > 0 ? sizes[0] : 0);
        return new Clusters(configuration, label, sizes, cross);
    }

    private static void advance(int[] c, int[] size) {
        for (int a = 0; a < c.length; a++) {
            if (++c[a] < size[a]) {
                return;
            }
            c[a] = 0;
        }
    }
}
