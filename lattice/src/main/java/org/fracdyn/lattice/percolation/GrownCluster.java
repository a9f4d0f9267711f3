package org.fracdyn.lattice.percolation;

import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;

/**
 * A cluster grown by {@link LeathGrowth}: its sites in the growth box, in breadth-first order
 * from the origin. As a medium the origin is site 0.
 *
 * @param box the growth box (open boundaries)
 * @param origin the origin's index in the box
 * @param sites the cluster's sites (box indices), the origin first
 * @param occupied one byte per box site, 1 on the cluster
 * @param attempts the number of growth attempts it took
 */
public record GrownCluster(Lattice box, int origin, int[] sites, byte[] occupied,
        int attempts) {

    /** @return the number of sites */
    public int mass() {
        return sites.length;
    }

    /**
     * @return the cluster as a walkable medium; site 0 is the origin, every site belongs to the
     *     one cluster
     */
    public GraphMedium medium() {
        return box.medium(sites, occupied, null);
    }

    /**
     * The mass within Euclidean distance r of the origin, M(r) ~ r^d_f.
     *
     * @param radii the radii in lattice spacings, increasing
     * @return the number of cluster sites with |x - x_0| &lt;= r for each r
     */
    public long[] massWithin(double[] radii) {
        GraphMedium m = medium();
        double[] x = new double[m.dimension()];
        double[] x0 = new double[m.dimension()];
        m.coordinates(0, x0);
        long[] out = new long[radii.length];
        for (int s = 0; s < m.siteCount(); s++) {
            m.coordinates(s, x);
            double r2 = 0;
            for (int a = 0; a < x.length; a++) {
                r2 += (x[a] - x0[a]) * (x[a] - x0[a]);
            }
            for (int i = 0; i < radii.length; i++) {
                if (r2 <= radii[i] * radii[i]) {
                    out[i]++;
                }
            }
        }
        return out;
    }
}
