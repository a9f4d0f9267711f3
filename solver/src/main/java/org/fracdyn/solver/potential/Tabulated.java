package org.fracdyn.solver.potential;

import java.util.Arrays;

import org.fracdyn.solver.problem.Checks;
import org.hipparchus.analysis.interpolation.AkimaSplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * A potential given as a table of values V_j at increasing points x_j, interpolated by the
 * Akima spline (H. Akima, J. ACM 17 (1970) 589-602, doi 10.1145/321607.321609), which is C^1
 * and does not overshoot near abrupt changes as a natural cubic spline does. The table must
 * cover the whole domain: there is no extrapolation, and a point outside [x_0, x_last] is
 * refused.
 *
 * <p>Immutable; the arrays are copied.
 */
public final class Tabulated implements Potential {

    /** Akima's spline needs five points to set its end slopes. */
    public static final int MIN_POINTS = 5;

    private final double[] positions;
    private final double[] values;
    private final PolynomialSplineFunction spline;

    /**
     * @param positions the points x_j, strictly increasing and finite, at least
     *     {@value #MIN_POINTS}
     * @param values V(x_j), finite, as many as the points
     * @throws IllegalArgumentException naming the first offending entry
     */
    public Tabulated(double[] positions, double[] values) {
        if (positions.length < MIN_POINTS) {
            throw Checks.refuse("potential.x", positions.length + " points",
                "at least " + MIN_POINTS + " points");
        }
        if (values.length != positions.length) {
            throw Checks.refuse("potential.v", values.length + " values",
                "as many values as potential.x has points (" + positions.length + ")");
        }
        for (int j = 0; j < positions.length; j++) {
            Checks.finite("potential.x[" + j + "]", positions[j]);
            Checks.finite("potential.v[" + j + "]", values[j]);
            if (j > 0 && !(positions[j] > positions[j - 1])) {
                throw Checks.refuse("potential.x[" + j + "]", positions[j],
                    "a number > potential.x[" + (j - 1) + "] = " + positions[j - 1]
                        + " (points strictly increasing)");
            }
        }
        this.positions = positions.clone();
        this.values = values.clone();
        this.spline = new AkimaSplineInterpolator().interpolate(this.positions, this.values);
    }

    @Override
    public double value(double x) {
        if (!(x >= first() && x <= last())) {
            throw new IllegalArgumentException("potential table covers [" + first() + ", "
                + last() + "]: x = " + x + " is outside; extend potential.x or shrink the domain");
        }
        return spline.value(x);
    }

    @Override
    public void checkCovers(double min, double max) {
        if (min < first() || max > last()) {
            throw new IllegalArgumentException("potential table covers [" + first() + ", "
                + last() + "] but the domain is [" + min + ", " + max
                + "]: extend potential.x to the whole domain or shrink the domain");
        }
    }

    /** @return a copy of the points x_j */
    public double[] positions() {
        return positions.clone();
    }

    /** @return a copy of the values V(x_j) */
    public double[] values() {
        return values.clone();
    }

    private double first() {
        return positions[0];
    }

    private double last() {
        return positions[positions.length - 1];
    }

    @Override
    public String label() {
        return "tabulated";
    }

    @Override
    public String description() {
        return "V(x) tabulated at " + positions.length + " points on [" + first() + ", "
            + last() + "], Akima spline";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tabulated table && Arrays.equals(table.positions, positions)
            && Arrays.equals(table.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(positions) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Tabulated[" + description() + "]";
    }
}
