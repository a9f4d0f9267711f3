package org.fracdyn.io.problem;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The potential V(x_1, ..., x_d) of a two- or three-dimensional problem, one record per
 * {@code potential.type} of a problem file with {@code domain.dims} 2 or 3 (see
 * docs/problem-file.md). V is an energy; the force is -grad V.
 */
public sealed interface FieldPotentialSpec {

    /** @return the name used as {@code potential.type} */
    String type();

    /** No potential: V = 0. */
    record Free() implements FieldPotentialSpec {
        @Override
        public String type() {
            return "free";
        }
    }

    /**
     * A separable potential V = V_1(x_1) + ... + V_d(x_d), each V_a one of the
     * one-dimensional potentials.
     *
     * @param axes the potential of each axis, 2 or 3 (copied)
     */
    record Separable(List<PotentialSpec> axes) implements FieldPotentialSpec {
        public Separable {
            axes = List.copyOf(axes);
            if (axes.size() < 2 || axes.size() > 3) {
                throw new IllegalArgumentException("potential.axes = " + axes.size()
                    + " potentials: expected 2 or 3, one per axis");
            }
        }

        @Override
        public String type() {
            return "separable";
        }
    }

    /**
     * The isotropic harmonic well V = k |x - c|^2 / 2.
     *
     * @param k the stiffness, &gt; 0
     * @param center the centre c, one finite coordinate per axis (copied)
     */
    record RadialHarmonic(double k, double[] center) implements FieldPotentialSpec {
        public RadialHarmonic {
            ProblemChecks.requirePositive("potential.k", k);
            center = center.clone();
            for (int a = 0; a < center.length; a++) {
                ProblemChecks.requireFinite("potential.center[" + a + "]", center[a]);
            }
        }

        @Override
        public double[] center() {
            return center.clone();
        }

        @Override
        public String type() {
            return "radial-harmonic";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RadialHarmonic that && k == that.k
                && Arrays.equals(center, that.center);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(k) + Arrays.hashCode(center);
        }

        @Override
        public String toString() {
            return "RadialHarmonic[k=" + k + ", center=" + Arrays.toString(center) + "]";
        }
    }

    /**
     * A potential tabulated on the uniform grid of the domain's box: along axis a,
     * {@code shape[a]} points from min_a to max_a inclusive (numpy.linspace(min_a, max_a,
     * n_a)), V in row-major order (last axis fastest), as in a C-order {@code .npy} file of
     * that shape. The solver interpolates it multilinearly.
     *
     * @param file the {@code .npy} file it came from, as resolved
     * @param shape the points per axis, each &gt;= 2 (copied)
     * @param values V at the points, finite, row-major (copied)
     */
    record Table(Path file, int[] shape, double[] values) implements FieldPotentialSpec {
        public Table {
            shape = shape.clone();
            values = values.clone();
            long count = 1;
            for (int n : shape) {
                count *= n;
            }
            if (count != values.length) {
                throw new IllegalArgumentException("potential.file " + file + ": shape "
                    + Arrays.toString(shape) + " holds " + count + " values: expected "
                    + values.length);
            }
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public String type() {
            return "table";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Table that && file.equals(that.file)
                && Arrays.equals(shape, that.shape) && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return (31 * file.hashCode() + Arrays.hashCode(shape)) * 31
                + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Table[" + file + ", shape " + Arrays.toString(shape) + "]";
        }
    }
}
