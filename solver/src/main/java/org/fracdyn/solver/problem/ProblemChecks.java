package org.fracdyn.solver.problem;

import org.fracdyn.solver.mesh.TimeMesh;

/**
 * The range checks shared by the builders of {@link FokkerPlanckProblem} and
 * {@link FokkerPlanckProblemND}: the Caputo order 0 &lt; alpha &lt;= 1, the diffusion
 * coefficient D &gt; 0 and the friction gamma &gt; 0 (finite), and that the domain, the
 * initial density and the time mesh are given. The messages are worded by {@link Checks}.
 */
final class ProblemChecks {

    private ProblemChecks() {
    }

    /**
     * Checks the settings every problem has, in this order: alpha, diffusion, friction,
     * domain, initial, time.
     *
     * @param alpha the Caputo order
     * @param diffusion the generalised diffusion coefficient D
     * @param friction the friction gamma
     * @param grid the space grid, or null when missing
     * @param initialDensity the initial density, or null when missing
     * @param timeMesh the time mesh, or null when missing
     * @throws IllegalArgumentException naming the first setting out of range or missing
     */
    static void checkCommon(double alpha, double diffusion, double friction, Object grid,
                            Object initialDensity, TimeMesh timeMesh) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw Checks.refuse("alpha", alpha, "a number with 0 < alpha <= 1");
        }
        Checks.positive("diffusion", diffusion);
        Checks.positive("friction", friction);
        Checks.present("domain", grid);
        Checks.present("initial", initialDensity);
        Checks.present("time", timeMesh);
    }
}
