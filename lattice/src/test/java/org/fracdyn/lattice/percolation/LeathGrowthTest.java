package org.fracdyn.lattice.percolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.walk.StartSites;
import org.junit.jupiter.api.Test;

/** Leath growth: exact small-cluster probabilities and the shape of the grown IIC. */
class LeathGrowthTest {

    @Test
    void attemptsToLeaveTheOriginAreGeometric() {
        // The origin's cluster has more than one site with probability 1 - (1 - p)^z (z = 4 on
        // the square lattice), so the number of attempts to reach mass 2 is geometric with mean
        // 1 / (1 - (1 - p)^4) and variance (1 - q) / q^2. 4 sigma over 4000 growths.
        double p = 0.3;
        double q = 1 - Math.pow(1 - p, 4);
        int samples = 4000;
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            sum += LeathGrowth.growToMass(LatticeKind.SQUARE, p, 2, 3, i, 1000).attempts();
        }
        double sigma = Math.sqrt((1 - q) / (q * q) / samples);
        assertEquals(1 / q, sum / samples, 4 * sigma);
    }

    @Test
    void radiusGrowthReachesTheBoxFaceAndIsConnected() {
        GrownCluster c = LeathGrowth.growToRadius(LatticeKind.SQUARE, Thresholds.SQUARE_SITE,
                30, 7, 100_000);
        GraphMedium m = c.medium();
        assertEquals(c.mass(), m.siteCount());
        assertEquals(m.siteCount(), StartSites.largestComponent(m).length);
        double[] x = new double[2];
        double far = 0;
        for (int s = 0; s < m.siteCount(); s++) {
            m.coordinates(s, x);
            far = Math.max(far, Math.max(Math.abs(x[0] - 30), Math.abs(x[1] - 30)));
        }
        assertEquals(30.0, far, 0, "touches a face at distance R");
        long[] mass = c.massWithin(new double[] {0, 1, 1000});
        assertEquals(1, mass[0]);
        assertTrue(mass[1] >= 2 && mass[1] <= 5);
        assertEquals(c.mass(), mass[2]);
    }

    @Test
    void massGrowthStopsAtTheMass() {
        GrownCluster c = LeathGrowth.growToMass(LatticeKind.SIMPLE_CUBIC, 0.5, 500, 40, 3, 1000);
        assertEquals(500, c.mass());
        assertEquals(c.origin(), c.sites()[0]);
    }
}
