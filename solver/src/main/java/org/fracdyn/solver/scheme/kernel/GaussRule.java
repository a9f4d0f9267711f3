package org.fracdyn.solver.scheme.kernel;

import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Gauss quadrature rules on [0, 1] built by the Golub-Welsch algorithm: the nodes are the
 * eigenvalues of the Jacobi matrix of the three-term recurrence of the orthogonal
 * polynomials, and the weights are mu_0 times the squared first components of the
 * normalised eigenvectors (Golub and Welsch, Math. Comp. 23 (1969) 221-230,
 * doi 10.1090/S0025-5718-69-99647-1).
 */
final class GaussRule {

    private final double[] nodes;
    private final double[] weights;

    private GaussRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The n-point rule for int_0^1 v^(beta - 1) f(v) dv, exact for polynomials of degree
     * 2n - 1. It is the Gauss-Jacobi rule with weight (1 + x)^(beta - 1) on [-1, 1], mapped
     * by v = (1 + x) / 2; beta = 1 is the Gauss-Legendre rule.
     *
     * @param points the number of nodes n &gt;= 1
     * @param beta the exponent, beta &gt; 0
     * @return the rule
     */
    static GaussRule jacobiOnUnitInterval(int points, double beta) {
        double b = beta - 1.0;
        double[] diagonal = new double[points];
        double[] offDiagonal = new double[Math.max(points - 1, 0)];

        diagonal[0] = b / (b + 2.0);
        for (int k = 1; k < points; k++) {
            double s = 2.0 * k + b;
            diagonal[k] = b * b / (s * (s + 2.0));
            double squared = 4.0 * k * k * (k + b) * (k + b) / (s * s * (s + 1.0) * (s - 1.0));
            offDiagonal[k - 1] = Math.sqrt(squared);
        }

        double totalWeight = 1.0 / beta;
        double[] nodes = new double[points];
        double[] weights = new double[points];
        if (points == 1) {
            nodes[0] = 0.5 * (1.0 + diagonal[0]);
            weights[0] = totalWeight;
            return new GaussRule(nodes, weights);
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(
            diagonal, offDiagonal, EigenDecompositionSymmetric.DEFAULT_EPSILON, false);
        for (int i = 0; i < points; i++) {
            double first = eigen.getEigenvector(i).getEntry(0);
            nodes[i] = 0.5 * (1.0 + eigen.getEigenvalue(i));
            weights[i] = totalWeight * first * first;
        }
        return new GaussRule(nodes, weights);
    }

    /** @return the number of nodes */
    int size() {
        return nodes.length;
    }

    /** @return the node i in (0, 1) */
    double node(int i) {
        return nodes[i];
    }

    /** @return the weight i, positive */
    double weight(int i) {
        return weights[i];
    }
}
