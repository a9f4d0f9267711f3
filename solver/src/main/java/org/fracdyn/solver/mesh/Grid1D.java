package org.fracdyn.solver.mesh;

import org.fracdyn.solver.problem.Checks;

/**
 * A uniform finite-volume grid on the interval [min, max]: M cells of width
 * h = (max - min) / M, cell i covering [min + i h, min + (i + 1) h] with centre
 * x_i = min + (i + 1/2) h. Lengths are in the units of the problem.
 *
 * <p>Immutable.
 *
 * @param min the left end of the domain
 * @param max the right end of the domain, &gt; min
 * @param cells the number of cells M &gt;= 3
 */
public record Grid1D(double min, double max, int cells) {

    /**
     * @throws IllegalArgumentException if an end is not finite, max &lt;= min or M &lt; 3
     */
    public Grid1D {
        Checks.finite("domain.min", min);
        Checks.finite("domain.max", max);
        if (!(max > min)) {
            throw Checks.refuse("domain.max", max, "a number > domain.min = " + min);
        }
        Checks.atLeast("domain.cells", cells, 3);
    }

    /** @return the cell width h */
    public double width() {
        return (max - min) / cells;
    }

    /** @return the length max - min of the domain */
    public double length() {
        return max - min;
    }

    /**
     * @param i the cell index, 0 &lt;= i &lt; M
     * @return the centre x_i = min + (i + 1/2) h
     */
    public double centre(int i) {
        return min + (i + 0.5) * width();
    }

    /**
     * @param i the face index, 0 &lt;= i &lt;= M (face 0 is min, face M is max)
     * @return the position min + i h of the face
     */
    public double face(int i) {
        return i == cells ? max : min + i * width();
    }

    /** @return a new array of the M cell centres */
    public double[] centres() {
        double[] centres = new double[cells];
        for (int i = 0; i < cells; i++) {
            centres[i] = centre(i);
        }
        return centres;
    }

    /**
     * @param x a point of [min, max]
     * @return the index of the cell containing x; a point on an inner face belongs to the cell
     *     on its right, and max to the last cell
     * @throws IllegalArgumentException if x is outside [min, max] or not finite
     */
    public int cellOf(double x) {
        if (!(x >= min && x <= max)) {
            throw new IllegalArgumentException(
                "x = " + x + ": expected a point of the domain [" + min + ", " + max + "]");
        }
        int index = (int) Math.floor((x - min) / width());
        return Math.min(Math.max(index, 0), cells - 1);
    }

    /**
     * @param x any real number
     * @return true when min &lt;= x &lt;= max
     */
    public boolean contains(double x) {
        return x >= min && x <= max;
    }
}
