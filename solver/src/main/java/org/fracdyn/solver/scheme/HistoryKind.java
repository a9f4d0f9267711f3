package org.fracdyn.solver.scheme;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a Caputo scheme keeps its history, by the names used in problem files.
 */
public enum HistoryKind {

    /** Every past level is kept and summed: O(N^2) work, O(N M) memory. The reference. */
    DIRECT("direct"),

    /**
     * The kernel is replaced by a sum of exponentials on [tau_min, T], each term updated by a
     * recurrence: O(N N_exp) work and O(M N_exp) memory, N_exp of order log N.
     */
    FAST("fast");

    private final String label;

    HistoryKind(String label) {
        this.label = label;
    }

    /** @return the name used in problem files and on the command line */
    public String label() {
        return label;
    }

    /**
     * @param name a history name, case-insensitive
     * @return the history kind
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static HistoryKind fromLabel(String name) {
        for (HistoryKind kind : values()) {
            if (kind.label.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("time.history = '" + name + "': expected one of "
            + Arrays.stream(values()).map(HistoryKind::label).collect(Collectors.joining(", ")));
    }
}
