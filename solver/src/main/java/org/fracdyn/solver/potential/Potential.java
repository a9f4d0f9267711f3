package org.fracdyn.solver.potential;

/**
 * A potential V(x) in the Fokker-Planck equation
 * <pre>
 *   C_D_t^alpha P = d/dx ( D dP/dx + (1/gamma) P dV/dx ),
 * </pre>
 * in units of energy (the same units as kT = gamma D). The force on a particle is -dV/dx.
 *
 * <p>The solver evaluates V only at points of the domain (cell centres, and the walls for an
 * absorbing boundary), so only values, not derivatives, are needed. Implementations are
 * immutable and thread-safe.
 */
public interface Potential {

    /**
     * @param x a position
     * @return V(x)
     * @throws IllegalArgumentException if x is outside the range where V is defined
     */
    double value(double x);

    /** @return the name of the family as used in problem files, e.g. {@code harmonic} */
    String label();

    /** @return the formula with its parameters, for logs and summaries */
    String description();

    /**
     * The constant force F of a tilt -F x that the potential carries on top of a part that is
     * periodic on a periodic domain. On a periodic boundary the potential difference across
     * the wrap-around face is taken as V(min) - F (max - min) - V(x_{M-1}), as if the ring were
     * unrolled; for F = 0 that is the periodic extension. The default is 0.
     *
     * @return the tilt force F
     */
    default double tilt() {
        return 0.0;
    }

    /**
     * Checks that V is defined on [min, max]; the default accepts every interval.
     *
     * @param min the left end of the domain
     * @param max the right end of the domain
     * @throws IllegalArgumentException naming the uncovered part, if any
     */
    default void checkCovers(double min, double max) {
    }
}
