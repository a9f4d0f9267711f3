package org.fracdyn.solver.scheme;

import org.fracdyn.solver.mesh.TimeMesh;

/** Small facts about a time mesh needed by the fast schemes. */
final class MeshSteps {

    private MeshSteps() {
    }

    /** @return min_n tau_n */
    static double smallest(TimeMesh mesh) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int n = 1; n <= mesh.steps(); n++) {
            smallest = Math.min(smallest, mesh.step(n));
        }
        return smallest;
    }
}
