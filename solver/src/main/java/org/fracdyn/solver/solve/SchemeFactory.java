package org.fracdyn.solver.solve;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.CaputoSchemes;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.L1DirectScheme;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * Makes the Caputo scheme a solve uses, from the names in the problem.
 */
@FunctionalInterface
public interface SchemeFactory {

    /**
     * @param scheme the scheme family
     * @param history the history treatment
     * @param alpha the order, 0 &lt; alpha &lt;= 1
     * @param mesh the time mesh
     * @param size the number of unknowns M
     * @return a fresh scheme for one solve
     * @throws IllegalArgumentException if the combination is not available
     */
    CaputoScheme create(SchemeKind scheme, HistoryKind history, double alpha, TimeMesh mesh,
                        int size);

    /**
     * @return the factory of every scheme: L1 and L2-1sigma, each with the direct or the fast
     *     history, the fast one with the default sum-of-exponentials tolerance
     *     ({@link org.fracdyn.solver.scheme.kernel.SumOfExponentials#DEFAULT_TOLERANCE})
     */
    static SchemeFactory standard() {
        return withTolerance(
            org.fracdyn.solver.scheme.kernel.SumOfExponentials.DEFAULT_TOLERANCE);
    }

    /**
     * @param tolerance the relative error of the fast history's kernel approximation
     * @return the factory of every scheme, the fast history with that tolerance
     */
    static SchemeFactory withTolerance(double tolerance) {
        return (scheme, history, alpha, mesh, size) ->
            CaputoSchemes.create(scheme, history, alpha, mesh, size, tolerance);
    }

    /**
     * @return the factory of the reference scheme only: L1 with the direct history
     *     ({@link L1DirectScheme}); any other combination is refused with a message naming it
     */
    static SchemeFactory l1Direct() {
        return (scheme, history, alpha, mesh, size) -> {
            if (scheme != SchemeKind.L1 || history != HistoryKind.DIRECT) {
                throw new IllegalArgumentException("time.scheme = " + scheme.label()
                    + ", time.history = " + history.label() + ": this factory provides only "
                    + "time.scheme = L1 with time.history = direct");
            }
            return new L1DirectScheme(alpha, mesh, size);
        };
    }
}
