package org.fracdyn.lattice.medium;

/**
 * The checks every lattice-module refusal goes through, so that messages read the same way:
 * the parameter, the value given and what is allowed.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * @param name the parameter name
     * @param value the value given
     * @param min the smallest value allowed
     */
    public static void requireAtLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " = " + value
                    + ": expected an integer >= " + min);
        }
    }

    /**
     * @param name the parameter name
     * @param value the value given
     * @param min the smallest value allowed
     * @param max the largest value allowed
     */
    public static void requireInRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " = " + value
                    + ": expected an integer in [" + min + ", " + max + "]");
        }
    }

    /**
     * @param name the parameter name
     * @param value the value given
     */
    public static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " = " + value
                    + ": expected a probability in [0, 1]");
        }
    }

    /**
     * Refuses an allocation that would not fit in the JVM's maximum heap.
     *
     * @param what what is being allocated, for the message
     * @param bytes the bytes it needs
     */
    public static void requireFitsInHeap(String what, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes < 0 || bytes > max) {
            throw new IllegalArgumentException(what + " needs " + bytes
                    + " bytes: more than the JVM maximum heap of " + max
                    + " bytes (raise -Xmx or choose a smaller size)");
        }
    }
}
