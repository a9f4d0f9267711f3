package org.fracdyn.io.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The boundary condition at both ends of the domain, by the names used in problem files.
 */
public enum Boundary {

    /** Zero flux: the mass stays 1. */
    REFLECTING("reflecting"),

    /** P = 0 at the ends: the mass that remains is the survival probability. */
    ABSORBING("absorbing"),

    /** The ends are identified; the mass stays 1. */
    PERIODIC("periodic");

    private final String label;

    Boundary(String label) {
        this.label = label;
    }

    /** @return the name used in problem files */
    public String label() {
        return label;
    }

    /**
     * @param name a boundary name, case-insensitive
     * @return the boundary
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static Boundary fromLabel(String name) {
        for (Boundary kind : values()) {
            if (kind.label.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("domain.boundary = '" + name + "': expected one of "
            + labels());
    }

    static String labels() {
        return Arrays.stream(values()).map(Boundary::label).collect(Collectors.joining(", "));
    }
}
