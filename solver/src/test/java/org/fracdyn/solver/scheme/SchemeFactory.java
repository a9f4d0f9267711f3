package org.fracdyn.solver.scheme;

import org.fracdyn.solver.mesh.TimeMesh;

/** The four schemes of this package, by name, for the family tests. */
enum SchemeFactory {

    L1_DIRECT(SchemeKind.L1, HistoryKind.DIRECT),
    L1_FAST(SchemeKind.L1, HistoryKind.FAST),
    L21SIGMA_DIRECT(SchemeKind.L2_1SIGMA, HistoryKind.DIRECT),
    L21SIGMA_FAST(SchemeKind.L2_1SIGMA, HistoryKind.FAST);

    /** The SOE tolerance of the tests: well below the discretisation errors measured. */
    static final double TOLERANCE = 1e-12;

    final SchemeKind scheme;
    final HistoryKind history;

    SchemeFactory(SchemeKind scheme, HistoryKind history) {
        this.scheme = scheme;
        this.history = history;
    }

    CaputoScheme create(double alpha, TimeMesh mesh, int size) {
        return CaputoSchemes.create(scheme, history, alpha, mesh, size, TOLERANCE);
    }

    boolean isL1() {
        return scheme == SchemeKind.L1;
    }
}
