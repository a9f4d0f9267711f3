package org.fracdyn.lattice.fractal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fracdyn.lattice.enumerate.ExactEnumeration;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.walk.Ant;
import org.junit.jupiter.api.Test;

/**
 * The Vicsek fractal's walk dimension d_w = ln15/ln3 (Jayanthi and Wu, Phys. Rev. B 48 (1993)
 * 10188): exact enumeration from the centre at the times 15^k, one whole log-period apart, so
 * MSD(15^(k+1)) / MSD(15^k) approaches 15^(2/d_w) = 9.
 */
class VicsekWalkTest {

    @Test
    void exactEnumerationGivesTheWalkDimension() {
        int g = 5;
        GraphMedium m = GridFractals.vicsek(g);
        int side = 243;
        int centre = -1;
        double[] x = new double[2];
        for (int s = 0; s < m.siteCount(); s++) {
            m.coordinates(s, x);
            if (x[0] == side / 2 && x[1] == side / 2) {
                centre = s;
            }
        }
        long[] times = LogTimes.powers(15, 3);
        WalkObservables ee = ExactEnumeration.run(m, centre, Ant.MYOPIC, times);
        double dw = 2 * Math.log(15) / Math.log(ee.msd()[3] / ee.msd()[2]);
        double exact = Math.log(15) / Math.log(3);
        // At t = 15^3 the rms distance is about 27 of the 121 to the arm tips; corrections to
        // scaling at 15^2..15^3 are about 1 %, so the tolerance is 2 %.
        assertEquals(exact, dw, 0.02 * exact);
    }
}
