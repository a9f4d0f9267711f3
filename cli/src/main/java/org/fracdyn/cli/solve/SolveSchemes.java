package org.fracdyn.cli.solve;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.CaputoSchemes;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.L1DirectScheme;
import org.fracdyn.solver.scheme.SchemeKind;
import org.fracdyn.solver.solve.SchemeFactory;

/**
 * The Caputo schemes {@code fracdyn solve} offers, by the problem file's {@code time.scheme}
 * and {@code time.history}: L1 with the direct history is the solver's reference
 * {@link L1DirectScheme}; L1 with the fast history and L2-1sigma with either history come from
 * {@link CaputoSchemes}, the fast ones with a sum-of-exponentials kernel of relative error
 * {@value #FAST_TOLERANCE}, far below the discretisation error of any practical mesh.
 */
public final class SolveSchemes implements SchemeFactory {

    /** The relative error eps of the sum-of-exponentials kernel of the fast history. */
    public static final double FAST_TOLERANCE = 1e-10;

    @Override
    public CaputoScheme create(SchemeKind scheme, HistoryKind history, double alpha,
                               TimeMesh mesh, int size) {
        if (scheme == SchemeKind.L1 && history == HistoryKind.DIRECT) {
            return new L1DirectScheme(alpha, mesh, size);
        }
        return CaputoSchemes.create(scheme, history, alpha, mesh, size, FAST_TOLERANCE);
    }

    /**
     * @param scheme the scheme family
     * @param history the history treatment
     * @return one line saying what the combination is, for the user and summary.json
     */
    public String describe(SchemeKind scheme, HistoryKind history) {
        String family = scheme == SchemeKind.L1
            ? "L1 (piecewise-linear, order 2 - alpha on smooth data)"
            : "L2-1sigma (Alikhanov 2015, order 2 on smooth data)";
        String kept = history == HistoryKind.DIRECT
            ? "direct history (every past level kept)"
            : "fast history (sum of exponentials, relative kernel error " + FAST_TOLERANCE
                + ")";
        return family + " with a " + kept;
    }
}
