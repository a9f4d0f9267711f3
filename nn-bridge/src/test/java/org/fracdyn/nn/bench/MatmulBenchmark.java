package org.fracdyn.nn.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.fracdyn.nn.mlp.DenseKernels;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * A throwaway benchmark (run by hand, never by the test suite) of the three matrix products of
 * one dense layer of the reference MLP, batch 256, 784 inputs, 128 outputs: the forward
 * {@code Z = X W^T}, the weight gradient {@code dW = dZ^T X} and the input gradient
 * {@code dX = dZ W}. It compares fracdyn's plain-Java kernels ({@link DenseKernels}) with
 * EJML 0.43 (arrays wrapped without copies) and ojAlgo 55 (column-major wrap, so row-major
 * arrays are read as their transposes), and prints the median time and ratio to the loops.
 *
 * <p>Run: {@code java -cp <test classpath> org.fracdyn.nn.bench.MatmulBenchmark
 * [batch in out [single]]}; {@code single} limits ojAlgo to one thread.
 */
public final class MatmulBenchmark {

    private MatmulBenchmark() {
    }

    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int in = args.length > 1 ? Integer.parseInt(args[1]) : 784;
        int out = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        if (args.length > 3 && args[3].equals("single")) {
            org.ojalgo.OjAlgoUtils.limitThreadsTo(1);
            System.out.println("ojAlgo limited to one thread");
        }
        SplittableRandom random = new SplittableRandom(1);
        double[] x = random.doubles((long) batch * in).toArray();
        double[] w = random.doubles((long) out * in).toArray();
        double[] dz = random.doubles((long) batch * out).toArray();
        double[] z = new double[batch * out];
        double[] dw = new double[out * in];
        double[] dx = new double[batch * in];

        DMatrixRMaj ex = DMatrixRMaj.wrap(batch, in, x);
        DMatrixRMaj ew = DMatrixRMaj.wrap(out, in, w);
        DMatrixRMaj edz = DMatrixRMaj.wrap(batch, out, dz);
        DMatrixRMaj ez = DMatrixRMaj.wrap(batch, out, new double[batch * out]);
        DMatrixRMaj edw = DMatrixRMaj.wrap(out, in, new double[out * in]);
        DMatrixRMaj edx = DMatrixRMaj.wrap(batch, in, new double[batch * in]);

        R064Store xT = R064Store.wrap(x, in);
        R064Store wT = R064Store.wrap(w, in);
        R064Store dzT = R064Store.wrap(dz, out);
        R064Store zT = R064Store.FACTORY.make(out, batch);
        R064Store dwT = R064Store.FACTORY.make(in, out);
        R064Store dxT = R064Store.FACTORY.make(in, batch);

        System.out.printf(Locale.ROOT, "shapes: batch %d, in %d, out %d%n", batch, in, out);
        report("forward Z = X W^T",
            time(() -> DenseKernels.multiplyTransposeB(x, w, z, batch, in, out)),
            time(() -> CommonOps_DDRM.multTransB(ex, ew, ez)),
            time(() -> zT.fillByMultiplying(wT.transpose(), xT)));
        check("forward", z, ez.data, rowMajor(zT));
        report("weights dW = dZ^T X",
            time(() -> DenseKernels.multiplyTransposeA(dz, x, dw, batch, out, in)),
            time(() -> CommonOps_DDRM.multTransA(edz, ex, edw)),
            time(() -> dwT.fillByMultiplying(xT, dzT.transpose())));
        check("weights", dw, edw.data, rowMajor(dwT));
        report("inputs dX = dZ W",
            time(() -> DenseKernels.multiply(dz, w, dx, batch, out, in)),
            time(() -> CommonOps_DDRM.mult(edz, ew, edx)),
            time(() -> dxT.fillByMultiplying(wT, dzT)));
        check("inputs", dx, edx.data, rowMajor(dxT));
    }

    private static double[] rowMajor(MatrixStore<Double> columnMajorTranspose) {
        return columnMajorTranspose.toRawCopy1D();
    }

    private static void check(String what, double[] loops, double[] ejml, double[] ojalgo) {
        double worst = 0;
        for (int i = 0; i < loops.length; i++) {
            worst = Math.max(worst, Math.abs(loops[i] - ejml[i]) / (1 + Math.abs(loops[i])));
            worst = Math.max(worst, Math.abs(loops[i] - ojalgo[i]) / (1 + Math.abs(loops[i])));
        }
        System.out.printf(Locale.ROOT, "  %s: largest relative difference %.1e%n", what, worst);
    }

    private static double time(Runnable product) {
        for (int i = 0; i < 30; i++) {
            product.run();
        }
        double[] millis = new double[41];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            product.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static void report(String what, double loops, double ejml, double ojalgo) {
        System.out.printf(Locale.ROOT,
            "%-22s loops %7.3f ms | EJML %7.3f ms (%.2fx loops) | ojAlgo %7.3f ms (%.2fx)%n",
            what, loops, ejml, ejml / loops, ojalgo, ojalgo / loops);
    }
}
