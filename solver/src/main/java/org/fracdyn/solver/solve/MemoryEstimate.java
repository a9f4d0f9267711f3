package org.fracdyn.solver.solve;

import java.util.Locale;

import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.L1DirectScheme;

/**
 * An estimate, made before anything is allocated, of the memory a solve needs, and the check
 * against what the JVM may use ({@link Runtime#maxMemory()}). The parts:
 * <ul>
 *   <li>grid: the density, right-hand side, history sum and operator arrays, about
 *       {@value #GRID_DOUBLES_1D} (1D) or {@value #GRID_DOUBLES_ND} + 4 d (2D, 3D) doubles per
 *       cell, plus the recorded profiles, one array per output time;</li>
 *   <li>linear solve (2D, 3D): the sparse matrix, its triplet form and (for a direct
 *       solve) the factor in the nested-dissection ordering, whose entries grow as about
 *       {@value #FILL_2D} M log2 M in 2D and {@value #FILL_3D} M^(4/3) in 3D (fitted to the
 *       factors EJML computes for 256^2 (2.2) and 32^3 (7.8) cells, with a margin; counted
 *       twice, which also covers an LU factor);</li>
 *   <li>history: 8 N M bytes for the direct history (as {@link L1DirectScheme} allocates;
 *       none for alpha = 1), or 8 M N_exp for the fast one, with the bound
 *       N_exp = {@value #FAST_EXPONENTIALS_BOUND}.</li>
 * </ul>
 * A run is refused when the total exceeds the JVM's limit, or when the direct history alone
 * exceeds half of it (the limit {@link L1DirectScheme} applies itself, so that the guard
 * speaks first and with the whole estimate). Immutable.
 *
 * @param dimension d
 * @param cells M
 * @param steps N
 * @param gridBytes the grid arrays and recorded profiles
 * @param solverBytes the matrix and its factor (0 in 1D: a tridiagonal solve)
 * @param historyBytes the Caputo history
 * @param directHistory whether the history is the direct one (kept whole)
 */
public record MemoryEstimate(int dimension, long cells, int steps, long gridBytes,
                             long solverBytes, long historyBytes, boolean directHistory) {

    /** Doubles per cell of a one-dimensional solve (operator bands, stepper, observables). */
    public static final int GRID_DOUBLES_1D = 16;

    /** Doubles per cell of a 2D or 3D solve, besides 4 d for the faces. */
    public static final int GRID_DOUBLES_ND = 14;

    /** Factor entries per M log2 M of a 2D nested-dissection Cholesky factor (bound). */
    public static final double FILL_2D = 2.5;

    /** Factor entries per M^(4/3) of a 3D nested-dissection Cholesky factor (bound). */
    public static final double FILL_3D = 10.0;

    /** The exponentials per cell assumed for a fast history that does not say. */
    public static final int FAST_EXPONENTIALS_BOUND = 64;

    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    /**
     * Estimates a run.
     *
     * @param dimension d, 1 to 3
     * @param cells M &gt;= 1
     * @param steps N &gt;= 1
     * @param alpha the order (alpha = 1 keeps no history)
     * @param history the history treatment
     * @param profiles the number of recorded profiles
     * @param sparseFactor whether a 2D or 3D solve may factorise its matrix (counted at
     *     twice the Cholesky fill, which also covers an LU factor)
     * @return the estimate
     */
    public static MemoryEstimate of(int dimension, long cells, int steps, double alpha,
                                    HistoryKind history, int profiles, boolean sparseFactor) {
        long perCell = dimension == 1 ? GRID_DOUBLES_1D : GRID_DOUBLES_ND + 4L * dimension;
        long grid = 8L * cells * (perCell + profiles + 1);

        long solver = 0;
        if (dimension > 1) {
            long matrixEntries = (1 + 2L * dimension) * cells;
            double factorEntries = dimension == 2
                ? FILL_2D * cells * Math.max(1.0, Math.log(cells) / Math.log(2))
                : FILL_3D * Math.pow(cells, 4.0 / 3.0);
            solver = 28 * matrixEntries + 40L * cells
                + (sparseFactor ? (long) (2 * 12 * factorEntries) : 0);
        }

        boolean direct = history == HistoryKind.DIRECT;
        long memory;
        if (alpha >= 1) {
            memory = 0;
        } else if (direct) {
            memory = L1DirectScheme.historyBytes(steps, (int) Math.min(cells, Integer.MAX_VALUE))
                + 16L * steps;
        } else {
            memory = 8L * cells * FAST_EXPONENTIALS_BOUND;
        }
        return new MemoryEstimate(dimension, cells, steps, grid, solver, memory, direct);
    }

    /** @return the whole estimate in bytes */
    public long totalBytes() {
        return gridBytes + solverBytes + historyBytes;
    }

    /**
     * Checks the estimate against the JVM's maximum heap.
     *
     * @throws IllegalArgumentException if the run would not fit, with the estimate and what
     *     to change
     */
    public void check() {
        check(Runtime.getRuntime().maxMemory());
    }

    /**
     * @param availableBytes the memory the run may use
     * @throws IllegalArgumentException if the total exceeds it, or a direct history half of
     *     it: "run needs about 12.4 GiB (history 11.9 GiB for 2000 steps x 800000 cells) but
     *     the JVM may use 8.0 GiB: ..." with the settings to change
     */
    public void check(long availableBytes) {
        boolean tooLarge = totalBytes() > availableBytes;
        boolean historyTooLarge = directHistory && historyBytes > availableBytes / 2;
        if (!tooLarge && !historyTooLarge) {
            return;
        }
        // The fast history does not grow with the steps: name its real size, and do not
        // suggest fewer steps for it (the recorded profiles are what grows then).
        String need = "run needs about " + format(totalBytes()) + " (history "
            + format(historyBytes) + " for " + (directHistory ? steps + " steps"
                : "up to " + FAST_EXPONENTIALS_BOUND + " exponentials") + " x " + cells + " cells";
        if (solverBytes > 0) {
            need += ", linear solve " + format(solverBytes);
        }
        need += ") but the JVM may use " + format(availableBytes);
        if (!tooLarge) {
            need += ", and the direct history may take at most half of it";
        }
        long suggested = (long) Math.ceil(Math.max(totalBytes() * 1.25,
            directHistory ? historyBytes * 2.25 : 0) / GIB);
        throw new IllegalArgumentException(need + (directHistory
                ? ": lower time.steps or domain.cells" : ": lower domain.cells or output.times")
            + (directHistory && historyBytes > 0 ? ", use time.history: fast" : "")
            + ", or raise the heap with FRACDYN_JAVA_OPTS=-Xmx" + Math.max(1, suggested) + "g");
    }

    /**
     * @param bytes a size
     * @return the size in GiB with one decimal, e.g. "12.4 GiB" (MiB below 1 GiB)
     */
    public static String format(long bytes) {
        if (bytes >= GIB / 10) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
