package org.fracdyn.solver.special;

/** Argument checks shared by the special functions, so that every refusal reads the same. */
final class Arguments {

    private Arguments() {
    }

    /**
     * Checks lower &lt; value &lt;= upper (an open lower and a closed upper bound).
     *
     * @param name the argument's name in the message
     * @param value the value given
     * @param lower the excluded lower bound
     * @param upper the included upper bound
     * @return the value
     * @throws IllegalArgumentException if the value is outside the range or NaN
     */
    static double inHalfOpenRange(String name, double value, double lower, double upper) {
        if (!(value > lower && value <= upper)) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected " + lower + " < " + name + " <= " + upper);
        }
        return value;
    }

    /**
     * Checks lower &lt;= value &lt; upper.
     *
     * @param name the argument's name in the message
     * @param value the value given
     * @param lower the included lower bound
     * @param upper the excluded upper bound
     * @return the value
     * @throws IllegalArgumentException if the value is outside the range or NaN
     */
    static double inRightOpenRange(String name, double value, double lower, double upper) {
        if (!(value >= lower && value < upper)) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected " + lower + " <= " + name + " < " + upper);
        }
        return value;
    }

    /**
     * Checks that a value is finite and &gt; 0.
     *
     * @param name the argument's name in the message
     * @param value the value given
     * @return the value
     * @throws IllegalArgumentException otherwise
     */
    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected a finite number > 0");
        }
        return value;
    }

    /**
     * Checks that a value is finite and &gt;= 0.
     *
     * @param name the argument's name in the message
     * @param value the value given
     * @return the value
     * @throws IllegalArgumentException otherwise
     */
    static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected a finite number >= 0");
        }
        return value;
    }

    /**
     * Checks that a value is finite.
     *
     * @param name the argument's name in the message
     * @param value the value given
     * @return the value
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                name + " = " + value + ": expected a finite real number");
        }
        return value;
    }
}
