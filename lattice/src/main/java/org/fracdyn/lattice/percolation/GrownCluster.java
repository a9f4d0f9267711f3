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
        double[] basis = box.kind().basis();
        int dim = box.dimension();
        int[] c0 = new int[dim];
        for (int a = 0; a < dim; a++) {
            c0[a] = box.coordinate(origin, a);
        }
        long[] out = new long[radii.length];
        for (int s : sites) {
            double r2 = 0;
            for (int row = 0; row < dim; row++) {
                double x = 0;
                for (int a = 0; a < dim; a++) {
                    x += basis[row * dim + a] * (box.coordinate(s, a) - c0[a]);
                }
                r2 += x * x;
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
