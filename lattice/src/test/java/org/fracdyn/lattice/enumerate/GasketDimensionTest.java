package org.fracdyn.lattice.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fracdyn.lattice.fractal.SierpinskiGasket;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.observe.LogTimes;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.walk.Ant;
import org.fracdyn.lattice.walk.RandomWalk;
import org.fracdyn.lattice.walk.WalkSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Sierpinski gasket's walk and spectral dimensions, d_w = ln5/ln2 and d_s = 2 ln3/ln5
 * (Rammal and Toulouse, J. Phys. Lett. 44 (1983) L13), measured by exact enumeration at the
 * times 5^k (whole log-periods: time scales by 5 per generation, so the log-periodic factor is
 * the same at every 5^k) and by walkers against the enumeration.
 */
class GasketDimensionTest {

    private static final double DW = Math.log(5) / Math.log(2);
    private static final double DS = 2 * Math.log(3) / Math.log(5);

    @Test
    void exactEnumerationGivesTheWalkAndSpectralDimensions() {
        // Generation 7 has side 128; at t = 5^5 the rms distance is about 30, far from the
        // opposite corners, so the finite gasket acts as the infinite one from the corner.
        GraphMedium m = SierpinskiGasket.medium(7);
        long[] times = LogTimes.powers(5, 5);
        WalkObservables ee = ExactEnumeration.run(m, 0, Ant.MYOPIC, times);
        double ln25 = Math.log(25);
        double dw = 2 * ln25 / Math.log(ee.msd()[5] / ee.msd()[3]);
        double ds = -2 * Math.log(ee.returnProbability()[5] / ee.returnProbability()[3]) / ln25;
        // Targets of the issue: d_w within 1 %, d_s within 2 % (corrections to scaling decay as
        // a power of t; at 5^3..5^5 they are about 0.1 %).
        assertEquals(DW, dw, 0.01 * DW, "d_w");
        assertEquals(DS, ds, 0.02 * DS, "d_s");
        double msdSlope = Math.log(ee.msd()[5] / ee.msd()[4]) / Math.log(5);
        assertEquals(2 / DW, msdSlope, 0.01 * 2 / DW, "MSD slope 2/d_w over the last period");
    }

    @Test
    void walkersAgreeWithExactEnumerationWithinSamplingError() {
        GraphMedium m = SierpinskiGasket.medium(7);
        long[] times = LogTimes.powers(5, 5);
        for (Ant ant : Ant.values()) {
            WalkObservables ee = ExactEnumeration.run(m, 0, ant, times);
            int walkers = 20_000;
            WalkObservables w = RandomWalk.run(m, new int[] {0},
                    WalkSettings.of(ant, walkers, times, 42, 2).withDistinct(false));
            for (int i = 0; i < times.length; i++) {
                // 4.5 standard errors (reported from the sample) over 12 comparisons per ant.
                assertEquals(ee.msd()[i], w.msd()[i], 4.5 * w.msdError()[i] + 1e-12,
                        ant + " MSD at t = " + times[i]);
                double p = ee.returnProbability()[i];
                double sigma = Math.sqrt(p * (1 - p) / walkers);
                assertEquals(p, w.returnProbability()[i], 4.5 * sigma + 1e-12,
                        ant + " P0 at t = " + times[i]);
            }
            double dw = 2 * Math.log(25) / Math.log(w.msd()[5] / w.msd()[3]);
            // Statistical error of d_w from two MSDs with relative errors e3, e5:
            // d_w^2 / (2 ln 25) * sqrt(e3^2 + e5^2); the blind ant converges more slowly
            // (0.5 % low at 5^3..5^5 by exact enumeration), so allow 1 % plus 3 sigma.
            double e3 = w.msdError()[3] / w.msd()[3];
            double e5 = w.msdError()[5] / w.msd()[5];
            double sigma = DW * DW / (2 * Math.log(25)) * Math.hypot(e3, e5);
            assertEquals(DW, dw, 0.01 * DW + 3 * sigma, ant + " walkers' d_w");
        }
    }

    @Tag("slow")
    @Test
    void walkersGiveTheSpectralDimensionFromTheReturnProbability() {
        // Blind ants from the corner of generation 7, P0 at 5^3 and 5^5 (two whole periods).
        // Exact enumeration puts the blind ant's effective d_s there 0.7 % above 2 ln3/ln5; the
        // statistical error of d_s is 2 sqrt(e3^2 + e5^2) / ln 25 with e = sqrt((1 - P0) /
        // (walkers P0)), about 0.03 for 400,000 walkers: the 2 % plus 3 sigma.
        GraphMedium m = SierpinskiGasket.medium(7);
        long[] times = LogTimes.powers(5, 5);
        int walkers = 400_000;
        WalkObservables w = RandomWalk.run(m, new int[] {0},
                WalkSettings.of(Ant.BLIND, walkers, times, 7, 2).withDistinct(false));
        double p3 = w.returnProbability()[3];
        double p5 = w.returnProbability()[5];
        double ds = -2 * Math.log(p5 / p3) / Math.log(25);
        double e3 = Math.sqrt((1 - p3) / (walkers * p3));
        double e5 = Math.sqrt((1 - p5) / (walkers * p5));
        double sigma = 2 * Math.hypot(e3, e5) / Math.log(25);
        assertEquals(DS, ds, 0.02 * DS + 3 * sigma, "walkers' d_s (sigma " + sigma + ")");
    }
}
