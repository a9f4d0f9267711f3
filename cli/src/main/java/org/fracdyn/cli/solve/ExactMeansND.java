package org.fracdyn.cli.solve;

import java.util.Arrays;
import java.util.Optional;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.special.MittagLeffler;

/**
 * The exact mean along each axis of a two- or three-dimensional solve in a harmonic well
 * between reflecting walls: for V = sum_a k_a (x_a - c_a)^2 / 2 (a {@link RadialHarmonic}, or
 * a {@link SeparablePotential} with a {@link Harmonic} on every axis) the axes are
 * independent fractional Ornstein-Uhlenbeck processes, and
 * <pre>
 *   &lt;x_a&gt;(t) = c_a + (m0_a - c_a) E_alpha(-(k_a/gamma) t^alpha),
 * </pre>
 * m0 the initial mean (Metzler, Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563,
 * doi 10.1103/PhysRevLett.82.3563), with {@link MittagLeffler}. As in 1D the laws hold on the
 * whole space; walls that the density reaches make them approximations.
 */
public final class ExactMeansND {

    /** The law in words, for the chart legend and summary.json. */
    public static final String FORMULA = "c_a + (m0_a - c_a) E_alpha(-(k_a/gamma) t^alpha)";

    private final double alpha;
    private final double[] rate;
    private final double[] centre;
    private final double[] initialOffset;

    private ExactMeansND(double alpha, double[] rate, double[] centre, double[] start) {
        this.alpha = alpha;
        this.rate = rate;
        this.centre = centre;
        this.initialOffset = new double[start.length];
        for (int a = 0; a < start.length; a++) {
            initialOffset[a] = start[a] - centre[a];
        }
    }

    /**
     * @param problem the problem solved
     * @param initial its moments at t = 0
     * @return the exact means, or empty when the problem has none in closed form
     */
    public static Optional<ExactMeansND> of(FokkerPlanckProblemND problem, MomentsND initial) {
        GridND grid = problem.grid();
        for (int a = 0; a < grid.dimension(); a++) {
            if (grid.boundary(a) != Boundary.REFLECTING) {
                return Optional.empty();
            }
        }
        int d = grid.dimension();
        double[] stiffness = new double[d];
        double[] centre = new double[d];
        if (problem.potential() instanceof RadialHarmonic radial) {
            Arrays.fill(stiffness, radial.stiffness());
            centre = radial.centre();
        } else if (problem.potential() instanceof SeparablePotential separable) {
            for (int a = 0; a < d; a++) {
                Potential axis = separable.axes().get(a);
                if (!(axis instanceof Harmonic harmonic)) {
                    return Optional.empty();
                }
                stiffness[a] = harmonic.stiffness();
                centre[a] = harmonic.center();
            }
        } else {
            return Optional.empty();
        }
        double[] rate = new double[d];
        for (int a = 0; a < d; a++) {
            rate[a] = stiffness[a] / problem.friction();
        }
        return Optional.of(new ExactMeansND(problem.alpha(), rate, centre, initial.mean()));
    }

    /**
     * @param axis the axis a
     * @param t a time &gt;= 0
     * @return the exact mean along axis a at t
     */
    public double mean(int axis, double t) {
        return centre[axis] + initialOffset[axis]
            * MittagLeffler.evaluate(alpha, -rate[axis] * Math.pow(t, alpha));
    }
}
