package org.fracdyn.solver.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fracdyn.solver.boundary.Boundary;
import org.junit.jupiter.api.Test;

/** Indexing and refusals of {@link GridND}. */
class GridNDTest {

    @Test
    void flatIndexIsRowMajorWithTheLastAxisFastest() {
        GridND grid = GridND.of(new double[] {0, -1, 2}, new double[] {4, 1, 3},
            new int[] {4, 5, 3}, Boundary.REFLECTING);

        assertEquals(60, grid.size());
        assertEquals(15, grid.stride(0));
        assertEquals(3, grid.stride(1));
        assertEquals(1, grid.stride(2));
        int cell = grid.flatIndex(2, 3, 1);
        assertEquals(2 * 15 + 3 * 3 + 1, cell);
        assertEquals(2, grid.indexAlong(cell, 0));
        assertEquals(3, grid.indexAlong(cell, 1));
        assertEquals(1, grid.indexAlong(cell, 2));
        double[] centre = new double[3];
        grid.centre(cell, centre);
        assertArrayEquals(new double[] {2.5, 0.4, 2.5}, centre, 1e-15);
        assertEquals(1.0 * 0.4 * (1.0 / 3), grid.cellVolume(), 1e-16);
    }

    @Test
    void mismatchedOrHugeGridsAreRefused() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
            () -> GridND.of(new double[] {0, 0}, new double[] {1}, new int[] {4, 4},
                Boundary.REFLECTING));
        assertEquals("domain = min [0.0, 0.0], max [1.0], cells [4, 4]: expected domain.min, "
            + "domain.max and domain.cells of the same length (domain.dims)",
            lengths.getMessage());

        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
            () -> GridND.of(new double[] {0, 0, 0}, new double[] {1, 1, 1},
                new int[] {2000, 2000, 2000}, Boundary.REFLECTING));
        // 2000^3 = 8e9 cells: one density array alone 6.4e10 bytes.
        assertEquals("domain.cells = [2000, 2000, 2000]: expected at most 2147483631 cells in "
            + "all (one density array alone would need 6.4E10 bytes)", huge.getMessage());
    }
}
