package org.fracdyn.lattice.fractal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.walk.StartSites;
import org.junit.jupiter.api.Test;

/** Site and bond counts and degrees of the deterministic fractals against exact formulas. */
class FractalTest {

    @Test
    void gasketCountsAndDegreesFollowTheRecursion() {
        for (int g = 0; g <= 7; g++) {
            GraphMedium m = SierpinskiGasket.medium(g);
            long pow3 = (long) Math.pow(3, g);
            // Exact: 3 (3^g + 1) / 2 sites, 3^(g+1) bonds (3 per elementary triangle).
            assertEquals(3 * (pow3 + 1) / 2, m.siteCount(), "sites at g = " + g);
            assertEquals(3 * pow3, m.bondCount(), "bonds at g = " + g);
            int corners = 0;
            for (int s = 0; s < m.siteCount(); s++) {
                int d = m.degree(s);
                assertTrue(d == 2 || d == 4, "degree " + d);
                corners += d == 2 ? 1 : 0;
            }
            assertEquals(3, corners, "three outer corners of degree 2");
            assertEquals(2, m.degree(0), "site 0 is the corner at the origin");
            assertFalse(m.isBipartite(), "triangles are odd cycles");
            assertEquals(m.siteCount(), StartSites.largestComponent(m).length, "connected");
        }
    }

    @Test
    void gasketBondsHaveUnitLength() {
        GraphMedium m = SierpinskiGasket.medium(4);
        double[] v = new double[2];
        for (int s = 0; s < m.siteCount(); s++) {
            for (int slot = 0; slot < m.degree(s); slot++) {
                m.stepVector(s, slot, v);
                assertEquals(1.0, Math.hypot(v[0], v[1]), 1e-12);
            }
        }
    }

    @Test
    void carpetAndVicsekCountsFollowTheirRules() {
        for (int g = 1; g <= 4; g++) {
            GraphMedium carpet = GridFractals.carpet(g);
            // Exact: 8^g of the 9^g cells survive, and the carpet is connected.
            assertEquals((long) Math.pow(8, g), carpet.siteCount(), "carpet sites");
            assertEquals(carpet.siteCount(), StartSites.largestComponent(carpet).length);

            GraphMedium vicsek = GridFractals.vicsek(g);
            assertEquals((long) Math.pow(5, g), vicsek.siteCount(), "Vicsek sites");
            assertEquals(vicsek.siteCount() - 1, vicsek.bondCount(), "Vicsek is a tree");
            assertEquals(vicsek.siteCount(), StartSites.largestComponent(vicsek).length);
        }
    }

    @Test
    void combHasBackboneAndTeeth() {
        GraphMedium comb = Comb.medium(10, 3);
        assertEquals(70, comb.siteCount());
        // A tree: 10 teeth of 7 sites (6 bonds each) plus 9 backbone bonds.
        assertEquals(69, comb.bondCount());
        assertEquals(4, comb.degree(Comb.site(5, 0, 3)));
        assertEquals(1, comb.degree(Comb.site(5, 3, 3)));
        assertTrue(comb.isBipartite());
    }

    @Test
    void refusesGenerationsBeyondTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SierpinskiGasket.medium(40));
        assertTrue(e.getMessage().contains("generation = 40"), e.getMessage());
    }
}
