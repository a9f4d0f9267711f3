package org.fracdyn.solver.potential;

/**
 * A potential V(x_1, ..., x_d) in the d-dimensional Fokker-Planck equation
 * <pre>
 *   C_D_t^alpha P = div( D grad P + (1/gamma) P grad V ),
 * </pre>
 * in energy units (the units of kT = gamma D); the force is -grad V. As in one dimension
 * ({@link Potential}) the solver needs only values: at the cell centres, and at the centres
 * of the wall faces for absorbing axes. Implementations are immutable and thread-safe.
 */
public interface FieldPotential {

    /** @return the dimension d the potential is defined in, 1 to 3 */
    int dimension();

    /**
     * @param point the position, of length {@link #dimension()}; not modified
     * @return V(point)
     * @throws IllegalArgumentException if the point is outside the range where V is defined
     */
    double value(double[] point);

    /** @return the name of the family as used in problem files, e.g. {@code separable} */
    String label();

    /** @return the formula with its parameters, for logs and summaries */
    String description();

    /**
     * The constant force F_a of a tilt -F_a x_a carried on top of a part periodic along axis a
     * (see {@link Potential#tilt()}); it is used only across the wrap-around faces of a
     * periodic axis. The default is 0.
     *
     * @param axis the axis a
     * @return F_a
     */
    default double tilt(int axis) {
        return 0.0;
    }

    /**
     * Checks that V is defined on the box; the default accepts every box.
     *
     * @param min the lower corner
     * @param max the upper corner
     * @throws IllegalArgumentException naming the uncovered part, if any
     */
    default void checkCovers(double[] min, double[] max) {
    }
}
