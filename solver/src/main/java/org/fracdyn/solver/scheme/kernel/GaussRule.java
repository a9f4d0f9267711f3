package org.fracdyn.solver.scheme.kernel;

import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Gauss quadrature rules for a discrete measure sum_i c_i delta(v - v_i), c_i &gt; 0, built
 * by the discretised Stieltjes procedure (Gautschi, Orthogonal Polynomials: Computation and
 * Approximation, Oxford 2004, section 2.2.3) and the Golub-Welsch algorithm (Golub and
 * Welsch, Math. Comp. 23 (1969) 221-230, doi 10.1090/S0025-5718-69-99647-1): the nodes are
 * the eigenvalues of the Jacobi matrix of the three-term recurrence, the weights mu_0 times
 * the squared first components of its normalised eigenvectors. The n-point rule integrates
 * polynomials of degree 2n - 1 exactly against the measure.
 */
final class GaussRule {

    private final double[] nodes;
    private final double[] weights;

    private GaussRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * @param points the support v_i of the measure
     * @param masses the masses c_i &gt; 0
     * @param size the number n of nodes wanted, 1 &lt;= n &lt;= number of points
     * @return the rule
     */
    static GaussRule forDiscreteMeasure(double[] points, double[] masses, int size) {
        int count = points.length;
        double[] diagonal = new double[size];
        double[] offDiagonal = new double[Math.max(size - 1, 0)];
        double[] before = new double[count];
        double[] current = new double[count];
        java.util.Arrays.fill(current, 1.0);

        double total = 0.0;
        for (double mass : masses) {
            total += mass;
        }
        double normBefore = 1.0;
        for (int k = 0; k < size; k++) {
            double norm = 0.0;
            double moment = 0.0;
            for (int i = 0; i < count; i++) {
                double weighted = masses[i] * current[i] * current[i];
                norm += weighted;
                moment += weighted * points[i];
            }
            diagonal[k] = moment / norm;
            double recurrence = k == 0 ? 0.0 : norm / normBefore;
            if (k > 0) {
                offDiagonal[k - 1] = Math.sqrt(recurrence);
            }
            for (int i = 0; i < count; i++) {
                double next = (points[i] - diagonal[k]) * current[i] - recurrence * before[i];
                before[i] = current[i];
                current[i] = next;
            }
            normBefore = norm;
        }

        double[] nodes = new double[size];
        double[] weights = new double[size];
        if (size == 1) {
            nodes[0] = diagonal[0];
            weights[0] = total;
            return new GaussRule(nodes, weights);
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(
            diagonal, offDiagonal, EigenDecompositionSymmetric.DEFAULT_EPSILON, false);
        for (int i = 0; i < size; i++) {
            double first = eigen.getEigenvector(i).getEntry(0);
            nodes[i] = eigen.getEigenvalue(i);
            weights[i] = total * first * first;
        }
        return new GaussRule(nodes, weights);
    }

    /** @return the number of nodes */
    int size() {
        return nodes.length;
    }

    /** @return the node i */
    double node(int i) {
        return nodes[i];
    }

    /** @return the weight i, positive */
    double weight(int i) {
        return weights[i];
    }
}
