package org.fracdyn.nn.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.machine.VirtualMachine;
import org.junit.jupiter.api.Test;

/** The products give the same bits whether ojAlgo may use all threads or one. */
class LayerProductsThreadsTest {

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        int batch = 256;
        int in = 784;
        int out = 128;
        SplittableRandom random = new SplittableRandom(2);
        double[] x = random.doubles((long) batch * in).toArray();
        double[] w = random.doubles((long) out * in).toArray();
        double[] dz = random.doubles((long) batch * out).toArray();
        double[][] parallel = products(x, w, dz, batch, in, out);

        VirtualMachine saved = OjAlgoUtils.ENVIRONMENT;
        double[][] single;
        try {
            OjAlgoUtils.limitThreadsTo(1);
            single = products(x, w, dz, batch, in, out);
        } finally {
            OjAlgoUtils.ENVIRONMENT = saved;
        }

        for (int k = 0; k < 3; k++) {
            assertArrayEquals(parallel[k], single[k]);
        }
    }

    private static double[][] products(double[] x, double[] w, double[] dz, int batch, int in,
                                       int out) {
        double[] z = new double[batch * out];
        double[] dw = new double[out * in];
        double[] dx = new double[batch * in];
        LayerProducts.forward(x, w, z, batch, in, out);
        LayerProducts.weightGradient(dz, x, dw, batch, in, out);
        LayerProducts.inputGradient(dz, w, dx, batch, in, out);
        return new double[][] {z, dw, dx};
    }
}
