package org.fracdyn.lattice.walk;

import org.fracdyn.lattice.medium.Medium;

/**
 * Where walkers start. Walkers must start on the cluster whose dynamics is wanted: started on
 * every occupied site of a percolation configuration they also sample finite clusters, and the
 * MSD exponent at p_c in 2D drops from 2/d_w = 0.695 to (2 - beta/nu)/d_w = 0.659. The media made
 * from one cluster ({@code Clusters.medium}, Leath growth, fractals) are connected, so all their
 * sites are valid; for a user's medium use {@link #largestComponent}.
 */
public final class StartSites {

    private StartSites() {
    }

    /**
     * @param medium a medium
     * @return every site, 0 .. siteCount-1
     */
    public static int[] all(Medium medium) {
        int[] s = new int[medium.siteCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
        }
        return s;
    }

    /**
     * The sites of the largest connected component (ties: the one containing the lowest site).
     *
     * @param medium a medium
     * @return its sites in ascending order
     */
    public static int[] largestComponent(Medium medium) {
        int n = medium.siteCount();
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        int[] queue = new int[n];
        int best = -1;
        int bestSize = 0;
        int id = 0;
        for (int s0 = 0; s0 < n; s0++) {
            if (component[s0] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s0;
            component[s0] = id;
            while (head < tail) {
                int s = queue[head++];
                for (int slot = 0; slot < medium.degree(s); slot++) {
                    int nb = medium.neighbour(s, slot);
                    if (component[nb] < 0) {
                        component[nb] = id;
                        queue[tail++] = nb;
                    }
                }
            }
            if (tail > bestSize) {
                bestSize = tail;
                best = id;
            }
            id++;
        }
        int[] out = new int[bestSize];
        int k = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] == best) {
                out[k++] = s;
            }
        }
        return out;
    }
}
