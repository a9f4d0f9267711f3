package org.fracdyn.solver.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Potential formulas, the tabulated interpolation and the refusals. */
class PotentialTest {

    @Test
    void closedFormsHaveTheirDocumentedValues() {
        assertEquals(0.0, new Free().value(3.0), 0.0);
        assertEquals(-6.0, new Linear(2.0).value(3.0), 0.0);
        assertEquals(2.0, new Linear(2.0).tilt(), 0.0);
        assertEquals(0.5 * 4 * 9, new Harmonic(4, 1).value(4.0), 1e-15);
        // a x^4 - b x^2 at its minima +-sqrt(b / 2a) is -b^2 / (4a)
        DoubleWell well = new DoubleWell(1.0, 2.0);
        assertEquals(-1.0, well.value(1.0), 1e-15);
        assertEquals(1.0, well.barrierHeight(), 0.0);
        Periodic washboard = new Periodic(1.5, 2.0, 0.5);
        assertEquals(1.5 * Math.cos(Math.PI * 0.3) - 0.15, washboard.value(0.3), 1e-15);
        assertEquals(washboard.value(0.3) - 1.0, washboard.value(2.3), 1e-14);
    }

    @Test
    void refusalsNameTheKeyAndValue() {
        assertMessage("potential.k = -1.0: expected a finite number > 0",
            () -> new Harmonic(-1, 0));
        assertMessage("potential.a = 0.0: expected a finite number > 0",
            () -> new DoubleWell(0, 1));
        assertMessage("potential.period = 0.0: expected a finite number > 0",
            () -> new Periodic(1, 0));
        assertMessage("potential.force = NaN: expected a finite number",
            () -> new Linear(Double.NaN));
    }

    @Test
    void tabulatedPotentialInterpolatesAndRefusesPointsOutside() {
        double[] x = new double[41];
        double[] v = new double[41];
        for (int j = 0; j < x.length; j++) {
            x[j] = -2 + 0.1 * j;
            v[j] = Math.sin(x[j]);
        }
        Tabulated table = new Tabulated(x, v);
        for (double point = -2; point <= 2; point += 0.013) {
            // Akima's spline: error O(h^3) inside, but lower order in the two end intervals,
            // whose slopes are extrapolated (measured for sin at h = 0.1: 2.2e-5 near the
            // ends, 4e-6 inside); tolerance 1e-4.
            assertEquals(Math.sin(point), table.value(point), 1e-4, "x = " + point);
        }

        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
            () -> table.value(2.5));
        assertTrue(outside.getMessage().contains("x = 2.5 is outside"), outside.getMessage());
        IllegalArgumentException domain = assertThrows(IllegalArgumentException.class,
            () -> table.checkCovers(-3, 1));
        assertTrue(domain.getMessage().contains("the domain is [-3.0, 1.0]"),
            domain.getMessage());
        assertMessage("potential.x[2] = 0.5: expected a number > potential.x[1] = 1.0 "
            + "(points strictly increasing)",
            () -> new Tabulated(new double[] {0, 1, 0.5, 2, 3}, new double[5]));
        assertMessage("potential.x = 3 points: expected at least 5 points",
            () -> new Tabulated(new double[3], new double[3]));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable code) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, code);
        assertEquals(expected, error.getMessage());
    }
}
