package org.fracdyn.nn.mlp;

import org.ojalgo.matrix.store.R064Store;

/**
 * The three dense products of a fully connected layer, through ojAlgo on row-major arrays
 * without copies: ojAlgo stores column-major, so a row-major m x k array wrapped with k rows
 * is read as its transpose, and every product below is the transpose of the one it computes.
 * Every array must have exactly the stated size.
 *
 * <p>ojAlgo 55 was measured against EJML 0.43 and {@link DenseKernels} (plain loops) by
 * {@code MatmulBenchmark} for the reference shapes (batch 256, 784 inputs, 128 outputs) and was
 * the fastest for all three products, single-threaded too; see {@code docs/traces.md}. Each
 * output element is one dot product summed in a fixed order by one thread, so the results do
 * not depend on how many threads ojAlgo uses.
 *
 * <p>ojAlgo prints a hardware-profile notice to standard output when it first loads on an
 * unknown machine; this class sets ojAlgo's own switch {@code shut.up.ojAlgo} (a system
 * property) unless the user has set it, so that a library call never writes to stdout.
 */
public final class LayerProducts {

    static {
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    private LayerProducts() {
    }

    /** {@code z = x w^T}: x is batch x in, w is out x in, z is batch x out (overwritten). */
    public static void forward(double[] x, double[] w, double[] z, int batch, int in, int out) {
        check(x, batch * in, "x");
        check(w, out * in, "w");
        check(z, batch * out, "z");
        R064Store.wrap(z, out).fillByMultiplying(R064Store.wrap(w, in).transpose(),
            R064Store.wrap(x, in));
    }

    /** {@code dw = dz^T x}: dz is batch x out, x is batch x in, dw is out x in (overwritten). */
    public static void weightGradient(double[] dz, double[] x, double[] dw, int batch, int in,
                                      int out) {
        check(dz, batch * out, "dz");
        check(x, batch * in, "x");
        check(dw, out * in, "dw");
        R064Store.wrap(dw, in).fillByMultiplying(R064Store.wrap(x, in),
            R064Store.wrap(dz, out).transpose());
    }

    /** {@code dx = dz w}: dz is batch x out, w is out x in, dx is batch x in (overwritten). */
    public static void inputGradient(double[] dz, double[] w, double[] dx, int batch, int in,
                                     int out) {
        check(dz, batch * out, "dz");
        check(w, out * in, "w");
        check(dx, batch * in, "dx");
        R064Store.wrap(dx, in).fillByMultiplying(R064Store.wrap(w, in), R064Store.wrap(dz, out));
    }

    private static void check(double[] array, int size, String name) {
        if (array.length != size) {
            throw new IllegalArgumentException(name + ".length = " + array.length
                + ": expected " + size);
        }
    }
}
