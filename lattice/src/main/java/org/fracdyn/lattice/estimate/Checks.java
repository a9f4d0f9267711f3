package org.fracdyn.lattice.estimate;

/** Argument checks shared by the estimators, so that every refusal reads the same way. */
final class Checks {

    private Checks() {
    }

    static void sameLength(String name, double[] times, double[] values) {
        if (times == null || values == null) {
            throw new IllegalArgumentException(name + ": times and values must not be null");
        }
        if (times.length != values.length) {
            throw new IllegalArgumentException(name + ".values length = " + values.length
                + ": expected the length of the times, " + times.length);
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected a finite number > 0");
        }
    }

    static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected an integer >= " + minimum);
        }
    }

    static void level(String name, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(
                name + " = " + level + ": expected a confidence level in (0, 1)");
        }
    }
}
