package org.fracdyn.cli.solve;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.fracdyn.solver.solve.SchemeFactory;

/**
 * The Caputo schemes {@code fracdyn solve} offers, by the problem file's {@code time.scheme}
 * and {@code time.history}. This build provides L1 with the direct history; any other
 * combination is refused before anything is written, with a message naming it.
 */
public final class SolveSchemes implements SchemeFactory {

    private final SchemeFactory delegate = SchemeFactory.l1Direct();

    @Override
    public CaputoScheme create(SchemeKind scheme, HistoryKind history, double alpha,
                               TimeMesh mesh, int size) {
        return delegate.create(scheme, history, alpha, mesh, size);
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
            : "fast history (sum of exponentials)";
        return family + " with a " + kept;
    }
}
