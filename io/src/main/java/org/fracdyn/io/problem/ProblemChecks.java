package org.fracdyn.io.problem;

/** The range checks shared by the spec records, each refusal naming key, value and range. */
final class ProblemChecks {

    private ProblemChecks() {
    }

    static void requireFinite(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " = " + value + ": expected a finite number");
        }
    }

    static void requirePositive(String key, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(key + " = " + value
                + ": expected a finite number > 0");
        }
    }

    static void requireNonNegative(String key, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(key + " = " + value
                + ": expected a finite number >= 0");
        }
    }
}
