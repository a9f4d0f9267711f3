package org.fracdyn.solver.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixSparseCSC;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.potential.SeparablePotential;
import org.junit.jupiter.api.Test;

/**
 * The algebra of the 2D/3D operator: zero column sums, the Boltzmann null vector, the
 * M-matrix sign pattern, agreement with the 1D operator along one axis, and the
 * symmetrisation S = diag(s) L diag(s)^-1.
 */
class FokkerPlanckOperatorNDTest {

    /** Mixed boundaries: reflecting in x, periodic in y; a potential with a cross term. */
    private static final GridND GRID = new GridND(
        List.of(new Grid1D(-2, 2, 7), new Grid1D(0, 3, 5)),
        List.of(Boundary.REFLECTING, Boundary.PERIODIC));

    private static final FieldPotential POTENTIAL = new FieldPotential() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] p) {
            return 1.5 * p[0] * p[0] + Math.cos(2 * Math.PI * p[1] / 3) * (1 + 0.3 * p[0]);
        }

        @Override
        public String label() {
            return "test";
        }

        @Override
        public String description() {
            return "1.5 x^2 + cos(2 pi y / 3) (1 + 0.3 x)";
        }
    };

    @Test
    void columnSumsVanishAndBoltzmannIsANullVector() {
        FokkerPlanckOperatorND operator = new FokkerPlanckOperatorND(GRID, POTENTIAL, 0.7, 1.3);
        int size = operator.size();
        double kT = 0.7 * 1.3;
        double[] v = operator.potentialAtCentres();
        double[] boltzmann = new double[size];
        for (int k = 0; k < size; k++) {
            boltzmann[k] = Math.exp(-v[k] / kT);
        }
        double[] out = new double[size];
        operator.apply(boltzmann, out);
        double scale = 0.7 / Math.pow(4.0 / 7, 2);
        for (int k = 0; k < size; k++) {
            // Each fitted flux vanishes exactly on exp(-V/kT); round-off only.
            assertEquals(0.0, out[k], 1e-13 * scale, "cell " + k);
        }

        DMatrixSparseCSC a = operator.implicitMatrix(2.0, 1.0, null);
        for (int col = 0; col < size; col++) {
            double sum = 0;
            for (int row = 0; row < size; row++) {
                double entry = a.get(row, col);
                sum += entry;
                if (row != col) {
                    assertTrue(entry <= 0, "off-diagonal (" + row + ", " + col + ")");
                }
            }
            // A = w I - L: column sums w exactly when no wall absorbs.
            assertEquals(2.0, sum, 1e-12 * scale, "column " + col);
        }
    }

    @Test
    void symmetrisedMatrixIsTheDiagonalSimilarityTransform() {
        FokkerPlanckOperatorND operator = new FokkerPlanckOperatorND(GRID, POTENTIAL, 0.7, 1.3);
        assertTrue(operator.isSymmetrisable());
        double[] s = operator.symmetrisingScale();
        DMatrixSparseCSC a = operator.implicitMatrix(3.0, 0.8, null);
        DMatrixSparseCSC sym = operator.symmetrisedImplicitMatrix(3.0, 0.8, null);
        for (int row = 0; row < s.length; row++) {
            for (int col = 0; col < s.length; col++) {
                double expected = s[row] * a.get(row, col) / s[col];
                assertEquals(expected, sym.get(row, col), 1e-12 * (1 + Math.abs(expected)));
                assertEquals(sym.get(col, row), sym.get(row, col), 1e-14);
            }
        }
    }

    @Test
    void separableOperatorActsAsTheOneDimensionalOneAlongAnAxis() {
        // u(x, y) = f(x) with V = V_1(x) + 0: the y-fluxes of u vanish, so L u = L_1 f in
        // every row of y, absorbing walls included.
        Grid1D line = new Grid1D(-1, 2, 9);
        GridND plane = new GridND(List.of(line, new Grid1D(0, 1, 4)),
            List.of(Boundary.ABSORBING, Boundary.REFLECTING));
        FokkerPlanckOperatorND twoD = new FokkerPlanckOperatorND(plane,
            SeparablePotential.of(new Harmonic(3, 0.5), new Linear(0)), 1.1, 0.9);
        FokkerPlanckOperator1D oneD = new FokkerPlanckOperator1D(line, new Harmonic(3, 0.5),
            1.1, 0.9, Boundary.ABSORBING);

        double[] f = new double[9];
        double[] u = new double[36];
        for (int i = 0; i < 9; i++) {
            f[i] = 1 + Math.sin(i);
            for (int j = 0; j < 4; j++) {
                u[plane.flatIndex(i, j)] = f[i];
            }
        }
        double[] expected = new double[9];
        double[] actual = new double[36];
        oneD.apply(f, expected);
        twoD.apply(u, actual);
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i], actual[plane.flatIndex(i, j)], 1e-12);
            }
        }
    }

    @Test
    void aTiltedPeriodicAxisHasNoDetailedBalance() {
        GridND torus = GridND.of(new double[] {0, 0}, new double[] {1, 1}, new int[] {4, 4},
            Boundary.PERIODIC);
        assertFalse(new FokkerPlanckOperatorND(torus,
            SeparablePotential.of(new Periodic(1, 1, 2.0), new Periodic(1, 1)), 1, 1)
            .isSymmetrisable());
        assertTrue(new FokkerPlanckOperatorND(torus, new RadialHarmonic(1, 0.5, 0.5), 1, 1)
            .isSymmetrisable());
    }
}
