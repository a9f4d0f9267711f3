package org.fracdyn.lattice.estimate;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Ordinary least squares y ~ X c by a QR decomposition, with the unscaled covariance
 * (X^T X)^-1 for standard errors. Small dense problems only (a few columns).
 */
final class LinearLeastSquares {

    final double[] coefficients;
    final double residualSumOfSquares;
    final double[][] unscaledCovariance;
    final int points;

    private LinearLeastSquares(double[] coefficients, double rss, double[][] covariance,
                               int points) {
        this.coefficients = coefficients;
        this.residualSumOfSquares = rss;
        this.unscaledCovariance = covariance;
        this.points = points;
    }

    static LinearLeastSquares solve(double[][] design, double[] observations) {
        int n = design.length;
        int p = design[0].length;
        if (n < p) {
            throw new IllegalArgumentException("fit.points = " + n
                + ": expected at least " + p + " points for " + p + " parameters");
        }
        RealMatrix x = new Array2DRowRealMatrix(design, false);
        DecompositionSolver solver = new QRDecomposition(x, 1e-13).getSolver();
        if (!solver.isNonSingular()) {
            throw new IllegalArgumentException("fit.points: the " + n
                + " points do not determine the " + p + " parameters (singular design)");
        }
        double[] c = solver.solve(new ArrayRealVector(observations, false)).toArray();

        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = observations[i];
            for (int j = 0; j < p; j++) {
                r -= design[i][j] * c[j];
            }
            rss += r * r;
        }

        RealMatrix xtx = x.transposeMultiply(x);
        double[][] cov = new QRDecomposition(xtx).getSolver().getInverse().getData();
        return new LinearLeastSquares(c, rss, cov, n);
    }

    /** Straight line y = a + b x; returns {a, b, rss, var(b) unscaled}. */
    static double[] line(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - a - b * x[i];
            rss += r * r;
        }
        return new double[] {a, b, rss, 1 / sxx, mx};
    }
}
