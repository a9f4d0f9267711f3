package org.fracdyn.cli.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.MediumKind;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.lattice.walk.StartSites;
import org.junit.jupiter.api.Test;

class WalkMediaTest {

    /**
     * The percolation medium is one cluster (its largest component is all of it, found by an
     * independent breadth-first search) that touches two opposite faces of the 64 x 64 box,
     * and walkers start on it.
     */
    @Test
    void percolationMediumIsTheSpanningCluster() {
        WalkMedia.Prepared p = WalkMedia.build(MediumKind.SQUARE_PERCOLATION, 64, 0,
            Thresholds.SQUARE_SITE, 42, null);
        GraphMedium m = p.medium();

        assertEquals(m.siteCount(), StartSites.largestComponent(m).length);
        assertEquals(m.siteCount(), p.startSites().length);
        int[] c = m.integerCoordinates();
        boolean[][] faces = new boolean[2][2];
        for (int s = 0; s < m.siteCount(); s++) {
            for (int a = 0; a < 2; a++) {
                faces[a][0] |= c[2 * s + a] == 0;
                faces[a][1] |= c[2 * s + a] == 63;
            }
        }
        assertTrue(faces[0][0] && faces[0][1] || faces[1][0] && faces[1][1]);
    }

    /** Same seed, same medium: the redraws until a cluster spans are deterministic. */
    @Test
    void redrawsAreDeterministic() {
        WalkMedia.Prepared a = WalkMedia.build(MediumKind.SQUARE_PERCOLATION, 32, 0,
            Thresholds.SQUARE_SITE, 9, null);
        WalkMedia.Prepared b = WalkMedia.build(MediumKind.SQUARE_PERCOLATION, 32, 0,
            Thresholds.SQUARE_SITE, 9, null);

        assertEquals(a.seedUsed(), b.seedUsed());
        assertEquals(a.medium().siteCount(), b.medium().siteCount());
    }

    /** The gasket of generation 3 has 3 (3^3 + 1) / 2 = 42 sites; the short names parse. */
    @Test
    void fractalsAndTheirNames() {
        assertEquals(MediumKind.SIERPINSKI_GASKET, MediumKind.parse("gasket"));
        assertEquals(MediumKind.SIERPINSKI_CARPET, MediumKind.parse("sierpinski-carpet"));
        WalkMedia.Prepared g = WalkMedia.build(MediumKind.SIERPINSKI_GASKET, 0, 3, 1, 0, null);
        assertEquals(42, g.medium().siteCount());
        assertEquals(8, g.extent(), 1e-12);
    }

    @Test
    void refusesMediaTooLargeBeforeAllocating() {
        IllegalArgumentException carpet = assertThrows(IllegalArgumentException.class,
            () -> WalkMedia.checkFits(MediumKind.SIERPINSKI_CARPET, 0, 12));
        IllegalArgumentException cube = assertThrows(IllegalArgumentException.class,
            () -> WalkMedia.checkFits(MediumKind.CUBIC_PERCOLATION, 5000, 0));

        assertTrue(carpet.getMessage().contains("generation = 12"));
        assertTrue(carpet.getMessage().contains("bytes"));
        assertTrue(cube.getMessage().contains("size = 5000"));
    }
}
