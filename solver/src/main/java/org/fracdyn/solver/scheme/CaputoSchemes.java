package org.fracdyn.solver.scheme;

import org.fracdyn.solver.mesh.TimeMesh;

/**
 * Creates the Caputo schemes by their names.
 *
 * <table>
 *   <caption>The schemes</caption>
 *   <tr><th></th><th>direct</th><th>fast</th></tr>
 *   <tr><td>L1</td><td>the direct L1 reference</td><td>{@link FastL1Scheme}</td></tr>
 *   <tr><td>L2-1sigma</td><td>{@link L21SigmaScheme}</td><td>{@link FastL21SigmaScheme}</td></tr>
 * </table>
 *
 * <p>A direct history keeps N M doubles; it is refused, before anything is allocated, when
 * that exceeds the JVM max heap. The fast history keeps M N_exp doubles with
 * N_exp = O(log(T / min tau) log(1 / eps)).
 */
public final class CaputoSchemes {

    private CaputoSchemes() {
    }

    /**
     * @param scheme the discretisation
     * @param history how the history is kept
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the length M of the vectors u^n, M &gt;= 1
     * @param tolerance the relative error eps of the sum of exponentials (used by the fast
     *     history only), 1e-14 &lt;= eps &lt;= 0.1
     * @return a new scheme, ready for {@link CaputoScheme#start(double[])}
     * @throws IllegalArgumentException if a parameter is out of range or a direct history
     *     would not fit in memory (the message gives the bytes needed)
     */
    public static CaputoScheme create(SchemeKind scheme, HistoryKind history, double alpha,
        TimeMesh mesh, int size, double tolerance) {
        if (scheme == null || history == null || mesh == null) {
            throw new IllegalArgumentException("scheme = " + scheme + ", history = " + history
                + ", mesh = " + mesh + ": none of them may be null");
        }
        AbstractCaputoScheme.requireAlpha(alpha);
        AbstractCaputoScheme.requireSize(size);
        if (history == HistoryKind.DIRECT) {
            DirectHistoryStore.requireFits(mesh.steps(), size);
            return scheme == SchemeKind.L1
                ? new L1DirectScheme(alpha, mesh, size)
                : new L21SigmaScheme(alpha, mesh, size);
        }
        return scheme == SchemeKind.L1
            ? new FastL1Scheme(alpha, mesh, size, tolerance)
            : new FastL21SigmaScheme(alpha, mesh, size, tolerance);
    }

    /**
     * @param steps N
     * @param size M
     * @return the bytes a direct history of N steps on M unknowns needs
     */
    public static long directHistoryBytes(int steps, int size) {
        return DirectHistoryStore.bytesNeeded(steps, size);
    }
}
