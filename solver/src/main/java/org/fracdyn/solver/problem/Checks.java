package org.fracdyn.solver.problem;

/**
 * The one place where the solver module words its refusals of bad input, so that every
 * message reads the same way: the key as written in a problem file, the value given, and
 * what is allowed, e.g. {@code potential.k = -1.0: expected a finite number > 0}.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param key the parameter name as in the problem file
     * @param value the value given
     * @return the value, when it is finite
     * @throws IllegalArgumentException otherwise
     */
    public static double finite(String key, double value) {
        if (!Double.isFinite(value)) {
            throw refuse(key, value, "a finite number");
        }
        return value;
    }

    /**
     * @param key the parameter name as in the problem file
     * @param value the value given
     * @return the value, when it is finite and &gt; 0
     * @throws IllegalArgumentException otherwise
     */
    public static double positive(String key, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw refuse(key, value, "a finite number > 0");
        }
        return value;
    }

    /**
     * @param key the parameter name as in the problem file
     * @param value the value given
     * @return the value, when it is finite and &gt;= 0
     * @throws IllegalArgumentException otherwise
     */
    public static double nonNegative(String key, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw refuse(key, value, "a finite number >= 0");
        }
        return value;
    }

    /**
     * @param key the parameter name as in the problem file
     * @param value the value given
     * @param minimum the smallest allowed value
     * @return the value, when it is at least the minimum
     * @throws IllegalArgumentException otherwise
     */
    public static int atLeast(String key, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                key + " = " + value + ": expected an integer >= " + minimum);
        }
        return value;
    }

    /**
     * @param key the parameter name as in the problem file
     * @param value the value given, or null
     * @param <T> the type of the value
     * @return the value, when it is not null
     * @throws IllegalArgumentException when it is null
     */
    public static <T> T present(String key, T value) {
        if (value == null) {
            throw new IllegalArgumentException(key + ": missing, a value is required");
        }
        return value;
    }

    /**
     * @param key the parameter name as in the problem file
     * @param value the value given
     * @param expected what is allowed, e.g. "a finite number > 0"
     * @return the exception to throw, with the message {@code key = value: expected ...}
     */
    public static IllegalArgumentException refuse(String key, Object value, String expected) {
        return new IllegalArgumentException(key + " = " + value + ": expected " + expected);
    }
}
