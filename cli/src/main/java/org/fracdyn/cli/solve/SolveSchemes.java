package org.fracdyn.cli.solve;

import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.fracdyn.solver.scheme.kernel.SumOfExponentials;
import org.fracdyn.solver.solve.SchemeFactory;

/**
 * The Caputo schemes {@code fracdyn solve} offers, by the problem file's {@code time.scheme}
 * and {@code time.history}: every combination of {@link SchemeFactory#standard()} (L1 and
 * L2-1sigma, each with the direct or the fast history), the fast history with a
 * sum-of-exponentials kernel of relative error {@link #FAST_TOLERANCE}, far below the
 * discretisation error of any practical mesh; and a one-line description of each for the
 * user and for summary.json.
 */
public final class SolveSchemes implements SchemeFactory {

    /** The relative error eps of the sum-of-exponentials kernel of the fast history. */
    public static final double FAST_TOLERANCE = SumOfExponentials.DEFAULT_TOLERANCE;

    private final SchemeFactory schemes = SchemeFactory.withTolerance(FAST_TOLERANCE);

    @Override
    public CaputoScheme create(SchemeKind scheme, HistoryKind history, double alpha,
                               TimeMesh mesh, int size) {
        return schemes.create(scheme, history, alpha, mesh, size);
    }

    /**
     * @param scheme the scheme family
     * @param history the history treatment
     * @return one line saying what the combination is
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
