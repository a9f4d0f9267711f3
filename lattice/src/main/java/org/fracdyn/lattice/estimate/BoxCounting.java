package org.fracdyn.lattice.estimate;

import java.util.Arrays;

/**
 * The box-counting estimate of the fractal dimension: N(epsilon) ~ epsilon^(-d_f).
 *
 * <p>The points are covered by a grid of cubic boxes of side epsilon = base^k (k = k_min ..
 * k_max, in lattice units for integer sites) anchored at the componentwise minimum of the
 * points; N(epsilon) is the number of boxes holding at least one point, and d_f is minus the
 * exponent of the least-squares power law of N against epsilon over all the sizes given.
 * For an exact self-similar set the natural base is its scale factor (3 for the Sierpinski
 * carpet, 2 for the gasket); another base gives a log-periodic wobble in N and an estimate
 * that is only approximately d_f. Counting is by sorting packed box indices, so memory is
 * O(number of points). Falconer, Fractal Geometry (2003), ch. 3.
 *
 * <p>The arrays are shared with the caller, not copied: treat them as read-only.
 *
 * @param boxSizes the sizes epsilon, increasing
 * @param occupied the occupied boxes N(epsilon)
 * @param dimension d_f = -slope of ln N against ln epsilon
 * @param stderr the least-squares standard error of d_f
 */
public record BoxCounting(double[] boxSizes, long[] occupied, double dimension,
                          double stderr) {

    /**
     * Box counting of integer sites over box sides base^k.
     *
     * @param sites sites[i] = lattice coordinates of site i (1, 2 or 3 components)
     * @param base the box scale factor, &gt;= 2
     * @param minExponent k_min &gt;= 0
     * @param maxExponent k_max &gt;= k_min + 2
     * @return the counts and the dimension
     */
    public static BoxCounting count(int[][] sites, int base, int minExponent, int maxExponent) {
        return count(MassRadius.toDouble(sites), base, minExponent, maxExponent);
    }

    /**
     * Box counting of points over box sides base^k.
     *
     * @param points the points (1, 2 or 3 coordinates each)
     * @param base the box scale factor, &gt;= 2
     * @param minExponent k_min (may be negative for points at sub-unit spacing)
     * @param maxExponent k_max &gt;= k_min + 2
     * @return the counts and the dimension
     */
    public static BoxCounting count(double[][] points, int base, int minExponent,
                                    int maxExponent) {
        Checks.atLeast("boxCounting.base", base, 2);
        Checks.atLeast("boxCounting.maxExponent", maxExponent, minExponent + 2);
        int sizes = maxExponent - minExponent + 1;
        double[] epsilon = new double[sizes];
        long[] counts = new long[sizes];
        double[] logEpsilon = new double[sizes];
        double[] logCount = new double[sizes];
        for (int j = 0; j < sizes; j++) {
            epsilon[j] = Math.pow(base, minExponent + j);
            counts[j] = occupiedBoxes(points, epsilon[j]);
            logEpsilon[j] = Math.log(epsilon[j]);
            logCount[j] = Math.log(counts[j]);
        }
        double[] line = LinearLeastSquares.line(logEpsilon, logCount);
        double variance = sizes > 2 ? line[2] / (sizes - 2) : Double.NaN;
        return new BoxCounting(epsilon, counts, -line[1], Math.sqrt(variance * line[3]));
    }

    /**
     * The number of boxes of side epsilon holding at least one point.
     *
     * @param points the points (1, 2 or 3 coordinates each)
     * @param epsilon the box side &gt; 0
     * @return N(epsilon)
     */
    public static long occupiedBoxes(double[][] points, double epsilon) {
        Checks.positive("boxCounting.epsilon", epsilon);
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("boxCounting.points: expected a non-empty set");
        }
        int dimension = points[0].length;
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("boxCounting.points dimension = " + dimension
                + ": expected 1, 2 or 3");
        }
        double[] min = new double[dimension];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        for (double[] p : points) {
            for (int k = 0; k < dimension; k++) {
                min[k] = Math.min(min[k], p[k]);
            }
        }

        long[] keys = new long[points.length];
        for (int i = 0; i < points.length; i++) {
            long key = 0;
            for (int k = 0; k < dimension; k++) {
                long index = (long) Math.floor((points[i][k] - min[k]) / epsilon + 1e-9);
                if (index >= (1L << 21)) {
                    throw new IllegalArgumentException("boxCounting.epsilon = " + epsilon
                        + ": expected at most 2^21 boxes per axis");
                }
                key = (key << 21) | index;
            }
            keys[i] = key;
        }
        Arrays.sort(keys);
        long distinct = 1;
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] != keys[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** @return d_f with a 95 % normal interval from its least-squares error */
    public Estimate dimensionEstimate() {
        return Estimate.normal(dimension, stderr, Estimate.Z95);
    }
}
