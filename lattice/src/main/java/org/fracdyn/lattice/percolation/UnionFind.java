package org.fracdyn.lattice.percolation;

/**
 * Weighted union-find with path compression (Newman and Ziff, Phys. Rev. E 64 (2001) 016706,
 * DOI 10.1103/PhysRevE.64.016706), optionally tracking, for every site, its unwrapped
 * displacement to the root of its cluster. On a torus a bond that closes a loop whose total
 * displacement is non-zero reveals a cluster that wraps around; the non-zero components say
 * along which axes.
 *
 * <p>Roots hold {@code -size} in {@code parent}; every other site holds its parent.
 * Workspace: {@code 4 n} bytes, plus {@code 4 n d} with displacement tracking. Not thread safe.
 */
final class UnionFind {

    private final int[] parent;
    private final int[][] offset;
    private final int dimension;
    private int[] path = new int[64];
    private final int[] rootOffset;

    UnionFind(int n, int trackedDimension) {
        this.parent = new int[n];
        this.dimension = trackedDimension;
        this.offset = new int[trackedDimension][];
        for (int a = 0; a < trackedDimension; a++) {
            offset[a] = new int[n];
        }
        this.rootOffset = new int[Math.max(trackedDimension, 1)];
    }

    /** Makes {@code s} a singleton cluster. */
    void makeSet(int s) {
        parent[s] = -1;
        for (int a = 0; a < dimension; a++) {
            offset[a][s] = 0;
        }
    }

    /** @return true when {@code s} is the root of its cluster */
    boolean isRoot(int s) {
        return parent[s] < 0;
    }

    /** @return the size of the cluster whose root is {@code root} */
    int size(int root) {
        return -parent[root];
    }

    /**
     * Finds the root, compressing the path; with tracking, {@link #lastOffset} afterwards holds
     * the displacement from the root to {@code s}.
     */
    int find(int s) {
        if (dimension == 0) {
            int r = s;
            while (parent[r] >= 0) {
                int p = parent[r];
                if (parent[p] >= 0) {
                    parent[r] = parent[p];
                }
                r = p;
            }
            return r;
        }
        int depth = 0;
        int r = s;
        while (parent[r] >= 0) {
            if (depth == path.length) {
                path = java.util.Arrays.copyOf(path, 2 * depth);
            }
            path[depth++] = r;
            r = parent[r];
        }
        for (int a = 0; a < dimension; a++) {
            int[] off = offset[a];
            int acc = 0;
            for (int i = depth - 1; i >= 0; i--) {
                int x = path[i];
                acc += off[x];
                off[x] = acc;
            }
            rootOffset[a] = acc;
        }
        for (int i = 0; i < depth; i++) {
            parent[path[i]] = r;
        }
        if (depth == 0) {
            for (int a = 0; a < dimension; a++) {
                rootOffset[a] = 0;
            }
        }
        return r;
    }

    /** @return component {@code axis} of the displacement found by the last {@link #find} */
    int lastOffset(int axis) {
        return rootOffset[axis];
    }

    /**
     * Joins the clusters of {@code a} and {@code b} through a bond whose step is {@code d}
     * ({@code pos(b) = pos(a) + d}).
     *
     * @return when {@code a} and {@code b} already share a cluster, a non-negative bit mask of
     *     the axes along which the bond closes a wrapping loop (always 0 without tracking);
     *     when the bond merges two clusters, {@code -1 - root} with the root of the merged one
     */
    int union(int a, int b, int[] d) {
        int ra = find(a);
        int ua0 = 0;
        int ua1 = 0;
        int ua2 = 0;
        if (dimension > 0) {
            ua0 = rootOffset[0];
            ua1 = dimension > 1 ? rootOffset[1] : 0;
            ua2 = dimension > 2 ? rootOffset[2] : 0;
        }
        int rb = find(b);
        if (ra == rb) {
            if (dimension == 0) {
                return 0;
            }
            int mask = 0;
            int[] ua = {ua0, ua1, ua2};
            for (int ax = 0; ax < dimension; ax++) {
                int loop = ua[ax] + d[ax] - rootOffset[ax];
                if (loop != 0) {
                    mask |= 1 << ax;
                }
            }
            return mask;
        }
        int big = ra;
        int small = rb;
        int sign = 1;
        if (parent[ra] > parent[rb]) {
            big = rb;
            small = ra;
            sign = -1;
        }
        if (dimension > 0) {
            int[] ua = {ua0, ua1, ua2};
            for (int ax = 0; ax < dimension; ax++) {
                int rel = ua[ax] + d[ax] - rootOffset[ax];
                offset[ax][small] = sign * rel;
            }
        }
        parent[big] += parent[small];
        parent[small] = big;
        return -1 - big;
    }
}
