package org.fracdyn.solver.scheme;

/**
 * The N x M table of past increments kept by a direct history, with the memory check made
 * before it is allocated.
 */
final class DirectHistoryStore {

    private DirectHistoryStore() {
    }

    /**
     * @param steps N
     * @param size M
     * @return the bytes of N M doubles
     */
    static long bytesNeeded(int steps, int size) {
        return 8L * steps * size;
    }

    /**
     * Refuses a direct history that cannot fit in the JVM heap.
     *
     * @throws IllegalArgumentException with the bytes needed and a hint
     */
    static void requireFits(int steps, int size) {
        long needed = bytesNeeded(steps, size);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            throw new IllegalArgumentException("time.history = direct with " + steps
                + " steps x " + size + " unknowns needs " + needed + " bytes ("
                + (needed >> 20) + " MiB), more than the JVM max heap of " + available
                + " bytes: use time.history: fast");
        }
    }

    /** Allocates the table, one row per step. */
    static double[][] allocate(int steps, int size) {
        requireFits(steps, size);
        return new double[steps][size];
    }
}
