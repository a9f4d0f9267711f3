package org.fracdyn.lattice.percolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.walk.StartSites;
import org.junit.jupiter.api.Test;

/**
 * Union-find labelling against an independent breadth-first search that assigns unwrapped
 * positions: a cluster spans when it touches both faces, and wraps along an axis when the
 * search reaches a site again at an unwrapped position differing along that axis.
 */
class ClusterLabellingTest {

    /** Sizes (descending) and crossing masks (sorted) found by BFS. */
    private static List<long[]> breadthFirst(Configuration c) {
        Lattice lat = c.lattice();
        int n = lat.siteCount();
        int dim = lat.dimension();
        int forward = lat.kind().forwardCount();
        int[][] dirs = lat.kind().directions();
        boolean periodic = lat.boundary() == Boundary.PERIODIC;
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        int[][] pos = new int[n][];
        List<Long> sizes = new ArrayList<>();
        List<Long> masks = new ArrayList<>();
        int id = 0;
        for (int s0 = 0; s0 < n; s0++) {
            if (c.occupied()[s0] == 0 || seen[s0] >= 0) {
                continue;
            }
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            queue[tail++] = s0;
            seen[s0] = id;
            pos[s0] = new int[dim];
            int mask = 0;
            int faces = 0;
            while (head < tail) {
                int s = queue[head++];
                for (int a = 0; a < dim; a++) {
                    int x = lat.coordinate(s, a);
                    faces |= x == 0 ? 1 << (2 * a) : 0;
                    faces |= x == lat.size(a) - 1 ? 2 << (2 * a) : 0;
                }
                for (int code = 0; code < 2 * forward; code++) {
                    int t = lat.neighbour(s, code);
                    if (t < 0) {
                        continue;
                    }
                    boolean open = code % 2 == 0 ? c.bondOpen(s, code / 2)
                            : c.bondOpen(t, code / 2);
                    if (!open) {
                        continue;
                    }
                    int[] p = new int[dim];
                    for (int a = 0; a < dim; a++) {
                        p[a] = pos[s][a] + dirs[code][a];
                    }
                    if (seen[t] < 0) {
                        seen[t] = id;
                        pos[t] = p;
                        queue[tail++] = t;
                    } else {
                        for (int a = 0; a < dim; a++) {
                            mask |= p[a] != pos[t][a] ? 1 << a : 0;
                        }
                    }
                }
            }
            if (!periodic) {
                mask = 0;
                for (int a = 0; a < dim; a++) {
                    mask |= ((faces >> (2 * a)) & 3) == 3 ? 1 << a : 0;
                }
            }
            sizes.add((long) tail);
            masks.add((long) mask);
            id++;
        }
        long[] sz = sizes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] mk = masks.stream().mapToLong(Long::longValue).sorted().toArray();
        return List.of(sz, mk);
    }

    private static void compare(Configuration c) {
        Clusters cl = ClusterLabelling.label(c);
        List<long[]> bfs = breadthFirst(c);
        long[] sizes = Arrays.stream(cl.sizes()).asLongStream().sorted().toArray();
        assertArrayEquals(bfs.get(0), sizes, "cluster sizes");
        long[] masks = new long[cl.clusterCount()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = cl.crossingAxes(i);
        }
        Arrays.sort(masks);
        assertArrayEquals(bfs.get(1), masks, "crossing axes");
        for (int i = 1; i < cl.clusterCount(); i++) {
            assertTrue(cl.size(i) <= cl.size(i - 1), "largest first");
        }
    }

    @Test
    void agreesWithBreadthFirstSearchOnEveryLatticeAndBoundary() {
        long seed = 1;
        for (LatticeKind kind : LatticeKind.values()) {
            int size = kind == LatticeKind.SIMPLE_CUBIC ? 7 : 15;
            for (Boundary b : Boundary.values()) {
                for (PercolationKind perc : PercolationKind.values()) {
                    double p = Thresholds.criticalProbability(kind, perc);
                    for (int rep = 0; rep < 5; rep++) {
                        Lattice lattice = Lattice.cube(kind, size, b);
                        compare(Configuration.random(lattice, perc, p, seed++));
                    }
                }
            }
        }
    }

    @Test
    void clusterMediumIsConnectedAndKeepsTheCoordinationNumber() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 40, Boundary.OPEN);
        Clusters cl = ClusterLabelling.label(
                Configuration.random(lattice, PercolationKind.SITE, 0.65, 4));
        int c = cl.spanningCluster();
        assertTrue(c >= 0, "at p = 0.65 > p_c a 40 x 40 lattice spans almost surely");
        GraphMedium m = cl.medium(c);
        assertEquals(cl.size(c), m.siteCount());
        assertEquals(4, m.maxDegree());
        assertEquals(m.siteCount(), StartSites.largestComponent(m).length);
        assertTrue(m.isBipartite(), "the square lattice is bipartite");
    }

    @Test
    void largestComponentOfTheWholeConfigurationIsTheLargestCluster() {
        // Walkers on a medium holding every occupied site must start on one cluster only:
        // breadth-first components of the medium agree with the union-find labelling.
        Lattice lattice = Lattice.cube(LatticeKind.TRIANGULAR, 30, Boundary.PERIODIC);
        Configuration c = Configuration.random(lattice, PercolationKind.SITE, 0.5, 9);
        Clusters cl = ClusterLabelling.label(c);
        GraphMedium all = lattice.medium(null, c.occupied(), null);
        int[] largest = StartSites.largestComponent(all);
        assertEquals(cl.size(0), largest.length);
    }

    @Test
    void refusesBadProbability() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 4, Boundary.OPEN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configuration.random(lattice, PercolationKind.SITE, 1.5, 1));
        assertTrue(e.getMessage().startsWith("p = 1.5"), e.getMessage());
    }
}
