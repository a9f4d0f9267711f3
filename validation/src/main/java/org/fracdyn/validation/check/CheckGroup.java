package org.fracdyn.validation.check;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The groups of checks, by the names used with {@code fracdyn validate --only}. */
public enum CheckGroup {

    SOLVER_EXACT("solver-exact", "Solver: exact results"),
    SOLVER_CONVERGENCE("solver-convergence", "Solver: convergence orders"),
    SPECIAL_FUNCTIONS("special-functions", "Special functions"),
    LATTICE("lattice", "Lattice exponents"),
    CTRW("ctrw", "CTRW against the solver"),
    BRIDGE("bridge", "nn-bridge: fits and the local learning coefficient"),
    PAPER("paper", "The paper's claims on real training traces");

    private final String label;
    private final String title;

    CheckGroup(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** @return the name used on the command line */
    public String label() {
        return label;
    }

    /** @return the section title in reports */
    public String title() {
        return title;
    }

    /**
     * @param name a group name
     * @return the group
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static CheckGroup fromLabel(String name) {
        for (CheckGroup group : values()) {
            if (group.label.equalsIgnoreCase(name)) {
                return group;
            }
        }
        throw new IllegalArgumentException("--only = '" + name + "': expected one of "
            + Arrays.stream(values()).map(CheckGroup::label).collect(Collectors.joining(", ")));
    }
}
