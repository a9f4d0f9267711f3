package org.fracdyn.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ordering is a permutation and numbers the separators after the parts they split. */
class NestedDissectionTest {

    @Test
    void rankIsAPermutationWithTheMiddleSliceLast() {
        int[] shape = {9, 7};
        int[] rank = NestedDissection.rank(shape, new boolean[] {false, false});

        boolean[] seen = new boolean[rank.length];
        for (int position : rank) {
            assertTrue(position >= 0 && position < rank.length && !seen[position]);
            seen[position] = true;
        }
        // The top separator is the middle slice i = 4 of the longest axis (9 cells); its 7
        // cells take the last 7 positions.
        for (int j = 0; j < 7; j++) {
            assertTrue(rank[4 * 7 + j] >= rank.length - 7, "cell (4, " + j + ")");
        }
    }

    @Test
    void theFirstSliceOfAPeriodicAxisIsNumberedLast() {
        int[] shape = {6, 5, 4};
        int[] rank = NestedDissection.rank(shape, new boolean[] {true, false, false});

        int total = rank.length;
        for (int cell = 0; cell < 20; cell++) {
            assertTrue(rank[cell] >= total - 20, "cell " + cell);
        }
        assertEquals(total, java.util.Arrays.stream(rank).distinct().count());
    }
}
