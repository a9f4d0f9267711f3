package org.fracdyn.lattice.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionEstimatorsTest {

    /** Sierpinski carpet of generation n: site (x, y) is kept unless, at some base-3 digit
     * position, both digits are 1 (the removed centre). */
    private static int[][] carpet(int generation) {
        int side = (int) Math.pow(3, generation);
        List<int[]> sites = new ArrayList<>();
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                boolean kept = true;
                for (int a = x, b = y; a > 0 || b > 0; a /= 3, b /= 3) {
                    if (a % 3 == 1 && b % 3 == 1) {
                        kept = false;
                        break;
                    }
                }
                if (kept) {
                    sites.add(new int[] {x, y});
                }
            }
        }
        return sites.toArray(new int[0][]);
    }

    /** Sierpinski gasket of 2^n rows: Pascal's triangle mod 2, C(i, j) odd iff j AND (i - j)
     * has no common bit (Lucas' theorem). */
    private static int[][] gasket(int generation) {
        int rows = 1 << generation;
        List<int[]> sites = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j <= i; j++) {
                if ((j & (i - j)) == 0) {
                    sites.add(new int[] {j, i});
                }
            }
        }
        return sites.toArray(new int[0][]);
    }

    @Test
    void boxCountingOnTheCarpetWithItsOwnScaleFactorIsExact() {
        // Generation 6: 8^6 sites; boxes of 3^k sites hold N = 8^(6 - k) exactly, so
        // d_f = ln 8 / ln 3 = 1.892789 (REFERENCES.md) to rounding.
        int[][] sites = carpet(6);
        assertEquals(262_144, sites.length);

        BoxCounting boxes = BoxCounting.count(sites, 3, 0, 5);

        assertArrayEquals(new long[] {262_144, 32_768, 4096, 512, 64, 8}, boxes.occupied());
        assertEquals(Math.log(8) / Math.log(3), boxes.dimension(), 1e-12);
    }

    @Test
    void boxCountingOnTheGasketIsExact() {
        // 2^9 rows: boxes of 2^k hold N = 3^(9 - k), d_f = ln 3 / ln 2 = 1.584963.
        int[][] sites = gasket(9);
        assertEquals(19_683, sites.length);

        BoxCounting boxes = BoxCounting.count(sites, 2, 0, 7);

        assertEquals(Math.log(3) / Math.log(2), boxes.dimension(), 1e-12);
        assertTrue(boxes.dimensionEstimate().contains(Math.log(3) / Math.log(2)));
    }

    @Test
    void boxCountingWorksOnRealCoordinates() {
        // The same carpet scaled into the unit square: boxes of 3^-k.
        int[][] sites = carpet(5);
        double[][] points = new double[sites.length][2];
        for (int i = 0; i < sites.length; i++) {
            points[i][0] = sites[i][0] / 243.0;
            points[i][1] = sites[i][1] / 243.0;
        }

        BoxCounting boxes = BoxCounting.count(points, 3, -5, -1);

        assertEquals(Math.log(8) / Math.log(3), boxes.dimension(), 1e-12);
    }

    @Test
    void massRadiusOfAFilledSquareIsTwo() {
        // M(r) = number of lattice points in a disc = pi r^2 + O(r^(2/3)) (Gauss circle
        // problem), so over r = 10..300 the exponent is 2 within 0.005.
        List<int[]> sites = new ArrayList<>();
        for (int x = -400; x <= 400; x++) {
            for (int y = -400; y <= 400; y++) {
                sites.add(new int[] {x, y});
            }
        }

        PowerLawFit fit = MassRadius.fit(sites.toArray(new int[0][]), new double[] {0, 0},
            10, 300, 10);

        assertEquals(2.0, fit.exponent(), 0.005);
        assertEquals(Math.PI, fit.prefactor(), 0.05);
    }

    @Test
    void massRadiusOverCentresOfAFilledSquareIsTwoWithASmallSpread() {
        // The same Gauss-circle count around four centres well inside a 401 x 401 square:
        // every centre sees pi r^2 + O(r^(2/3)), so the averaged exponent is 2 within 0.005
        // and the spread between centres is below 0.005 too; one centre is refused.
        double[][] points = new double[401 * 401][];
        int n = 0;
        for (int x = -200; x <= 200; x++) {
            for (int y = -200; y <= 200; y++) {
                points[n++] = new double[] {x, y};
            }
        }
        double[][] centres = {{0, 0}, {20, -30}, {-40, 10}, {35, 35}};

        MassRadius.Averaged averaged = MassRadius.fitOverCentres(points, centres, 10, 150, 10);

        assertEquals(2.0, averaged.dimension(), 0.005);
        assertTrue(averaged.spread() < 0.005, "spread " + averaged.spread());
        assertEquals(4, averaged.centres());
        assertThrows(IllegalArgumentException.class, () -> MassRadius.fitOverCentres(points,
            new double[][] {{0, 0}}, 10, 150, 10));
    }

    @Test
    void massRadiusOfTheGasketFromItsCorner() {
        // From the apex of the gasket M(r) ~ r^(ln3/ln2) asymptotically. On the lattice the
        // disc boundary adds a correction that decays with r: the successive ratios
        // M(2r)/M(r) are 2.86, 2.90, 2.95, 2.98 for r = 16..128 (Python count of the same
        // set), tending to 3. Over r = 64..1024 the fitted exponent is within 0.025.
        PowerLawFit fit = MassRadius.fit(gasket(11), new double[] {0, 0}, 64, 1024, 10);

        assertEquals(Math.log(3) / Math.log(2), fit.exponent(), 0.025);
    }

    @Test
    void relationsBetweenDimensions() {
        // Sierpinski gasket (REFERENCES.md, exact): d_f = ln3/ln2, d_w = ln5/ln2,
        // d_s = 2 ln3/ln5 = 1.365212.
        double msd = 2 * Math.log(2) / Math.log(5);
        Estimate walker = DimensionRelations.walkerDimension(
            new Estimate(msd, 0.01, msd - 0.02, msd + 0.02));
        Estimate fractal = new Estimate(Math.log(3) / Math.log(2), 0.01, 1.56, 1.61);

        Estimate spectral = DimensionRelations.spectralFromFractalAndWalker(fractal, walker);

        assertEquals(Math.log(5) / Math.log(2), walker.value(), 1e-12);
        assertEquals(2 / (msd + 0.02), walker.low(), 1e-12);
        assertEquals(2 * 0.01 / (msd * msd), walker.stderr(), 1e-12);
        assertEquals(2 * Math.log(3) / Math.log(5), spectral.value(), 1e-12);
        Estimate fromReturn = DimensionRelations.spectralFromReturnProbability(
            new Estimate(-Math.log(3) / Math.log(5), 0.005, -0.69, -0.68));
        assertEquals(spectral.value(), fromReturn.value(), 1e-12);
        assertEquals(1.36, fromReturn.low(), 1e-12);
        assertEquals(0, DimensionRelations.zScore(spectral, fromReturn), 1e-9);
    }

    @Test
    void relationsFromFits() {
        // Exact power laws of the gasket (REFERENCES.md): MSD ~ t^(2/d_w), P0 ~ t^(-d_s/2),
        // S ~ t^(d_s/2), d_w = ln5/ln2, d_s = 2 ln3/ln5.
        double dw = Math.log(5) / Math.log(2);
        double ds = 2 * Math.log(3) / Math.log(5);
        double[] t = Synthetic.logSpaced(1, 1e5, 200);

        Estimate walker = DimensionRelations.walkerDimension(
            PowerLawFit.fit(t, Synthetic.apply(t, s -> Math.pow(s, 2 / dw))));
        Estimate fromReturn = DimensionRelations.spectralFromReturnProbability(
            PowerLawFit.fit(t, Synthetic.apply(t, s -> Math.pow(s, -ds / 2))));
        Estimate fromSites = DimensionRelations.spectralFromDistinctSites(
            PowerLawFit.fit(t, Synthetic.apply(t, s -> 3 * Math.pow(s, ds / 2))));

        assertEquals(dw, walker.value(), 1e-10);
        assertEquals(ds, fromReturn.value(), 1e-10);
        assertEquals(ds, fromSites.value(), 1e-10);
    }

    @Test
    void refusesAnEmptyPointSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> BoxCounting.occupiedBoxes(new double[0][], 1));
        assertTrue(e.getMessage().startsWith("boxCounting.points"), e.getMessage());
    }
}
