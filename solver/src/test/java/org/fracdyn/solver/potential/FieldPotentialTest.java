package org.fracdyn.solver.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Values of the field potentials against their formulas. */
class FieldPotentialTest {

    @Test
    void separableSumAndRadialHarmonicAgree() {
        FieldPotential separable = SeparablePotential.of(new Harmonic(2, 1), new Harmonic(2, -1));
        FieldPotential radial = new RadialHarmonic(2, 1, -1);
        double[] point = {0.3, 0.7};

        // k |x - c|^2 / 2 = (0.49 + 2.89) = 3.38
        assertEquals(3.38, radial.value(point), 1e-14);
        assertEquals(radial.value(point), separable.value(point), 1e-14);
        assertEquals(0.0, SeparablePotential.free(3).value(new double[] {1, 2, 3}));
        assertEquals(2.5, SeparablePotential.of(new Linear(2.5), new Free()).tilt(0));
    }

    @Test
    void multilinearTableReproducesMultilinearFunctionsExactly() {
        // f = 1 + 2x - y + 0.5 x y is bilinear, so bilinear interpolation on any table of it
        // is exact (up to round-off); in 3D the same for 1 + x - 2y + 3z + x y z.
        double[] xs = {-1, -0.2, 0.5, 2};
        double[] ys = {0, 1, 3};
        double[] values = new double[xs.length * ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                values[i * ys.length + j] = 1 + 2 * xs[i] - ys[j] + 0.5 * xs[i] * ys[j];
            }
        }
        TabulatedField table = new TabulatedField(new double[][] {xs, ys}, values);
        for (double[] p : new double[][] {{0.1, 0.4}, {-1, 0}, {2, 3}, {1.7, 2.2}}) {
            assertEquals(1 + 2 * p[0] - p[1] + 0.5 * p[0] * p[1], table.value(p), 1e-14);
        }

        double[] zs = {0, 0.5, 1};
        double[] cube = new double[27];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    cube[(i * 3 + j) * 3 + k] = 1 + zs[i] - 2 * zs[j] + 3 * zs[k]
                        + zs[i] * zs[j] * zs[k];
                }
            }
        }
        TabulatedField field = new TabulatedField(new double[][] {zs, zs, zs}, cube);
        assertEquals(1 + 0.3 - 0.8 + 2.7 + 0.3 * 0.4 * 0.9,
            field.value(new double[] {0.3, 0.4, 0.9}), 1e-14);
    }

    @Test
    void tablesThatDoNotCoverTheDomainAreRefused() {
        TabulatedField table = new TabulatedField(new double[][] {{0, 1}, {0, 1}},
            new double[] {0, 1, 2, 3});
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
            () -> table.checkCovers(new double[] {0, -0.5}, new double[] {1, 1}));
        assertEquals("potential table covers [0.0, 1.0] along axis 1 but the domain is [-0.5, "
            + "1.0]: extend potential.points or shrink the domain", refusal.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> new TabulatedField(new double[][] {{0, 1}}, new double[] {0, 1, 2}));
    }
}
