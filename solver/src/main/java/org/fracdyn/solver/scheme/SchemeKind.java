package org.fracdyn.solver.scheme;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Caputo time schemes, by the names used in problem files and on the command line.
 */
public enum SchemeKind {

    /** The L1 scheme: piecewise-linear interpolation of u, order 2 - alpha on smooth data. */
    L1("L1"),

    /**
     * The L2-1sigma scheme (Alikhanov, J. Comput. Phys. 280 (2015) 424-438,
     * doi 10.1016/j.jcp.2014.09.031): order 2, evaluated at t_{n-1} + (1 - alpha/2) tau_n.
     */
    L2_1SIGMA("L2-1sigma");

    private final String label;

    SchemeKind(String label) {
        this.label = label;
    }

    /** @return the name used in problem files and on the command line */
    public String label() {
        return label;
    }

    /**
     * @param name a scheme name, case-insensitive
     * @return the scheme
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static SchemeKind fromLabel(String name) {
        for (SchemeKind kind : values()) {
            if (kind.label.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("time.scheme = '" + name + "': expected one of "
            + Arrays.stream(values()).map(SchemeKind::label).collect(Collectors.joining(", ")));
    }
}
