package org.fracdyn.nn.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.fracdyn.nn.data.LabelledImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MlpGradientTest {

    static LabelledImages randomImages(int count, int features, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[count * features];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) random.nextDouble();
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
        }
        return new LabelledImages(count, 1, features, pixels, labels, classes);
    }

    /**
     * Backpropagation against central finite differences, an independent method. With step
     * h = 1e-5 the truncation error is O(h^2 L''') ~ 1e-10 and the rounding error
     * ~ 1e-16 L / h ~ 1e-11, so a worst relative error above 1e-6 means a wrong gradient
     * (a wrong term typically gives an error of order 1). The 1e-4 in the denominator keeps
     * gradients that are exactly zero (a bias before batch norm) from dividing noise by
     * noise.
     */
    @ParameterizedTest
    @CsvSource({"false, true", "true, true", "true, false"})
    void backpropagationMatchesFiniteDifferences(boolean batchNorm, boolean training) {
        MlpSpec spec = new MlpSpec(6, List.of(5, 4), 3, batchNorm);
        Mlp mlp = Mlp.initialise(spec, 11);
        if (batchNorm) {
            SplittableRandom random = new SplittableRandom(3);
            for (int layer = 0; layer < 2; layer++) {
                double[] mean = mlp.runningMean(layer);
                double[] variance = mlp.runningVariance(layer);
                for (int j = 0; j < mean.length; j++) {
                    mean[j] = random.nextDouble() - 0.5;
                    variance[j] = 0.5 + random.nextDouble();
                }
            }
            for (int t = 0; t < mlp.tensorCount(); t++) {
                if (mlp.parameterNames().get(t).startsWith("bn")) {
                    double[] values = mlp.tensor(t);
                    for (int j = 0; j < values.length; j++) {
                        values[j] += 0.3 * (random.nextDouble() - 0.5);
                    }
                }
            }
        }
        LabelledImages data = randomImages(7, 6, 3, 5);
        int[] rows = {0, 1, 2, 3, 4, 5, 6};
        double[][] gradients = mlp.newTensorArrays();
        mlp.run(data, rows, training, gradients);

        double h = 1e-5;
        double worst = 0;
        for (int t = 0; t < mlp.tensorCount(); t++) {
            double[] w = mlp.tensor(t);
            for (int k = 0; k < w.length; k++) {
                double saved = w[k];
                w[k] = saved + h;
                double up = mlp.copy().run(data, rows, training, null).meanLoss();
                w[k] = saved - h;
                double down = mlp.copy().run(data, rows, training, null).meanLoss();
                w[k] = saved;
                double numeric = (up - down) / (2 * h);
                double error = Math.abs(numeric - gradients[t][k])
                    / (Math.abs(numeric) + Math.abs(gradients[t][k]) + 1e-4);
                worst = Math.max(worst, error);
            }
        }
        assertTrue(worst < 1e-6, "worst relative error " + worst);
    }

    /** The ojAlgo products against the plain loops, an independent implementation. */
    @ParameterizedTest
    @CsvSource({"7, 5, 3", "33, 17, 65", "256, 100, 10"})
    void layerProductsMatchPlainLoops(int batch, int in, int out) {
        SplittableRandom random = new SplittableRandom(batch);
        double[] x = random.doubles((long) batch * in).toArray();
        double[] w = random.doubles((long) out * in).toArray();
        double[] dz = random.doubles((long) batch * out).toArray();
        double[] expected = new double[batch * out];
        double[] actual = new double[batch * out];

        DenseKernels.multiplyTransposeB(x, w, expected, batch, in, out);
        LayerProducts.forward(x, w, actual, batch, in, out);
        assertArrayEquals(expected, actual, 1e-12 * in);

        expected = new double[out * in];
        actual = new double[out * in];
        DenseKernels.multiplyTransposeA(dz, x, expected, batch, out, in);
        LayerProducts.weightGradient(dz, x, actual, batch, in, out);
        assertArrayEquals(expected, actual, 1e-12 * batch);

        expected = new double[batch * in];
        actual = new double[batch * in];
        DenseKernels.multiply(dz, w, expected, batch, out, in);
        LayerProducts.inputGradient(dz, w, actual, batch, in, out);
        assertArrayEquals(expected, actual, 1e-12 * out);
    }

    @org.junit.jupiter.api.Test
    void heInitialisationHasVarianceTwoOverFanIn() {
        Mlp mlp = Mlp.initialise(new MlpSpec(784, List.of(128), 10, false), 42);
        double[] w = mlp.tensor(0);
        double sum = 0;
        double squares = 0;
        for (double v : w) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / w.length;
        double variance = squares / w.length - mean * mean;
        // 100,352 normal draws: the sample variance has relative sd sqrt(2/n) = 0.45 %,
        // so 3 % is more than 6 sd.
        assertEquals(2.0 / 784, variance, 0.03 * 2.0 / 784);
        assertArrayEquals(w, Mlp.initialise(mlp.spec(), 42).tensor(0));
    }

    /** Two SGD steps with momentum and weight decay, against the recurrence by hand. */
    @org.junit.jupiter.api.Test
    void sgdFollowsTheMomentumRecurrence() {
        Mlp mlp = Mlp.zeros(new MlpSpec(1, List.of(), 2, false));
        mlp.tensor(0)[0] = 1.0;
        Sgd sgd = new Sgd(new SgdConfig(0.1, 0.9, 0.01), mlp);
        double[][] g = mlp.newTensorArrays();
        g[0][0] = 2.0;

        sgd.step(mlp, g);
        // v1 = 2 + 0.01 * 1 = 2.01; w1 = 1 - 0.201 = 0.799
        assertEquals(0.799, mlp.tensor(0)[0], 1e-15);
        sgd.step(mlp, g);
        // v2 = 0.9 * 2.01 + 2 + 0.01 * 0.799 = 3.81699; w2 = 0.799 - 0.381699
        assertEquals(0.799 - 0.381699, mlp.tensor(0)[0], 1e-15);
    }
}
