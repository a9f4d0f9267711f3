package org.fracdyn.nn.mlp;

/**
 * The three dense matrix products of a fully connected layer, on row-major arrays, written as
 * plain loops whose inner loop runs over contiguous memory (the JIT vectorises it).
 *
 * <p>Single-threaded and in a fixed order of summation. This is the reference the faster
 * {@link LayerProducts} (ojAlgo) is tested and benchmarked against ({@code MatmulBenchmark}
 * in the test sources; the measured ratios are in {@code docs/traces.md}).
 */
public final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * {@code c = a b^T}: a is m x k, b is n x k, c is m x n (overwritten).
     */
    public static void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k,
                                          int n) {
        for (int i = 0; i < m; i++) {
            int rowA = i * k;
            int rowC = i * n;
            for (int j = 0; j < n; j++) {
                int rowB = j * k;
                double sum0 = 0;
                double sum1 = 0;
                double sum2 = 0;
                double sum3 = 0;
                int p = 0;
                for (; p + 3 < k; p += 4) {
                    sum0 += a[rowA + p] * b[rowB + p];
                    sum1 += a[rowA + p + 1] * b[rowB + p + 1];
                    sum2 += a[rowA + p + 2] * b[rowB + p + 2];
                    sum3 += a[rowA + p + 3] * b[rowB + p + 3];
                }
                for (; p < k; p++) {
                    sum0 += a[rowA + p] * b[rowB + p];
                }
                c[rowC + j] = (sum0 + sum1) + (sum2 + sum3);
            }
        }
    }

    /**
     * {@code c = a^T b}: a is m x k, b is m x n, c is k x n (overwritten).
     */
    public static void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k,
                                          int n) {
        java.util.Arrays.fill(c, 0, k * n, 0.0);
        for (int i = 0; i < m; i++) {
            int rowA = i * k;
            int rowB = i * n;
            for (int p = 0; p < k; p++) {
                double factor = a[rowA + p];
                if (factor == 0.0) {
                    continue;
                }
                int rowC = p * n;
                for (int j = 0; j < n; j++) {
                    c[rowC + j] += factor * b[rowB + j];
                }
            }
        }
    }

    /**
     * {@code c = a b}: a is m x k, b is k x n, c is m x n (overwritten).
     */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        for (int i = 0; i < m; i++) {
            int rowA = i * k;
            int rowC = i * n;
            for (int p = 0; p < k; p++) {
                double factor = a[rowA + p];
                if (factor == 0.0) {
                    continue;
                }
                int rowB = p * n;
                for (int j = 0; j < n; j++) {
                    c[rowC + j] += factor * b[rowB + j];
                }
            }
        }
    }
}
