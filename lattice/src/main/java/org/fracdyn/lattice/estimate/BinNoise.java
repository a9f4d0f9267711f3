package org.fracdyn.lattice.estimate;

/**
 * The covariance of log-bin means under stationary AR(1) noise in the raw index, and the
 * whitening by its Cholesky factor, for generalised least squares on binned series.
 *
 * <p>Bin k averages the m_k consecutive raw points [s_k, s_k + m_k). With unit noise variance
 * and lag-1 correlation rho, Var(bin k) = [m + 2 sum_{j=1}^{m-1} (m - j) rho^j] / m^2 and, for
 * bins a before b, Cov = rho^(s_b - e_a) (1 - rho^m_a)(1 - rho^m_b) / ((1 - rho)^2 m_a m_b),
 * e_a the last index of bin a. With rho = 0 the covariance is diagonal, 1 / m_k.
 */
final class BinNoise {

    private final double[][] cholesky;

    BinNoise(int[] counts, double rho) {
        int n = counts.length;
        double[][] c = new double[n][n];
        long[] start = new long[n];
        for (int k = 1; k < n; k++) {
            start[k] = start[k - 1] + counts[k - 1];
        }
        for (int a = 0; a < n; a++) {
            c[a][a] = variance(counts[a], rho);
            for (int b = a + 1; b < n && rho > 0; b++) {
                long gap = start[b] - (start[a] + counts[a] - 1);
                double value = Math.pow(rho, gap) * (1 - Math.pow(rho, counts[a]))
                    * (1 - Math.pow(rho, counts[b]))
                    / ((1 - rho) * (1 - rho) * counts[a] * counts[b]);
                c[a][b] = value;
                c[b][a] = value;
            }
        }
        cholesky = decompose(c);
    }

    static double variance(int m, double rho) {
        if (m == 1 || rho == 0) {
            return 1.0 / m;
        }
        double pairs = rho * (m * (1 - rho) - (1 - Math.pow(rho, m))) / ((1 - rho) * (1 - rho));
        return (m + 2 * pairs) / ((double) m * m);
    }

    /** Solves L z = v (forward substitution): z has identity covariance if v has C. */
    double[] whiten(double[] v) {
        int n = v.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = v[i];
            for (int j = 0; j < i; j++) {
                sum -= cholesky[i][j] * z[j];
            }
            z[i] = sum / cholesky[i][i];
        }
        return z;
    }

    /** Whitens each column of a design matrix. */
    double[][] whitenColumns(double[][] design) {
        int n = design.length;
        int p = design[0].length;
        double[][] out = new double[n][p];
        double[] column = new double[n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = design[i][j];
            }
            double[] z = whiten(column);
            for (int i = 0; i < n; i++) {
                out[i][j] = z[i];
            }
        }
        return out;
    }

    private static double[][] decompose(double[][] c) {
        int n = c.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = c[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(sum, 1e-300));
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }
}
