package org.fracdyn.solver.boundary;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The boundary conditions of the Fokker-Planck equation on an interval, by the names used in
 * problem files.
 */
public enum Boundary {

    /**
     * Zero flux through both walls: the total probability is conserved (to round-off in the
     * discrete scheme).
     */
    REFLECTING("reflecting"),

    /**
     * P = 0 outside the domain: the density vanishes on the walls (imposed at the wall, half a
     * cell from the outer centres) and probability leaves the domain; the mass decreases.
     */
    ABSORBING("absorbing"),

    /**
     * The interval is a ring: what leaves at max enters at min. The force must then be
     * periodic; a constant tilt -F x on top of a periodic potential is allowed (see
     * {@link org.fracdyn.solver.potential.Potential#tilt()}).
     */
    PERIODIC("periodic");

    private final String label;

    Boundary(String label) {
        this.label = label;
    }

    /** @return the name used in problem files and on the command line */
    public String label() {
        return label;
    }

    /**
     * @param name a boundary name, case-insensitive
     * @return the boundary
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static Boundary fromLabel(String name) {
        for (Boundary boundary : values()) {
            if (boundary.label.equalsIgnoreCase(name)) {
                return boundary;
            }
        }
        throw new IllegalArgumentException("boundary = '" + name + "': expected one of "
            + Arrays.stream(values()).map(Boundary::label).collect(Collectors.joining(", ")));
    }
}
