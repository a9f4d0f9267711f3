package org.fracdyn.cli.solve;

import java.util.Optional;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.special.MittagLeffler;

/**
 * The exact mean and variance of a solve, where they are known in closed form: for a harmonic
 * potential V = k (x - c)^2 / 2 between reflecting walls far from the density, the
 * fractional Ornstein-Uhlenbeck laws
 * <pre>
 *   &lt;x&gt;(t) - c          = (m0 - c) E_alpha(-(k/gamma) t^alpha),
 *   &lt;(x - c)^2&gt;(t)      = kT/k + (s0 - kT/k) E_alpha(-2 (k/gamma) t^alpha),
 *   variance(t)         = &lt;(x - c)^2&gt;(t) - (&lt;x&gt;(t) - c)^2,
 * </pre>
 * m0 and s0 the initial mean and second moment about c, kT = gamma D (Metzler, Barkai and
 * Klafter, Phys. Rev. Lett. 82 (1999) 3563, doi 10.1103/PhysRevLett.82.3563), with the
 * Mittag-Leffler function of {@link MittagLeffler}. The laws hold on the whole line; walls
 * that the density reaches make them approximations.
 */
public final class ExactMoments {

    /** The mean law in words, for the chart legend and summary.json. */
    public static final String MEAN_FORMULA = "c + (m0 - c) E_alpha(-(k/gamma) t^alpha)";

    private final double alpha;
    private final double rate;
    private final double centre;
    private final double initialOffset;
    private final double initialSecondMoment;
    private final double stationarySecondMoment;

    private ExactMoments(FokkerPlanckProblem problem, Harmonic harmonic, Moments initial) {
        this.alpha = problem.alpha();
        this.rate = harmonic.stiffness() / problem.friction();
        this.centre = harmonic.center();
        this.initialOffset = initial.mean() - centre;
        this.initialSecondMoment = initial.variance() + initialOffset * initialOffset;
        this.stationarySecondMoment = problem.temperature() / harmonic.stiffness();
    }

    /**
     * @param problem the problem solved
     * @param initial its moments at t = 0
     * @return the exact moments, or empty when the problem has none in closed form
     */
    public static Optional<ExactMoments> of(FokkerPlanckProblem problem, Moments initial) {
        if (problem.potential() instanceof Harmonic harmonic
                && problem.boundary() == Boundary.REFLECTING) {
            return Optional.of(new ExactMoments(problem, harmonic, initial));
        }
        return Optional.empty();
    }

    /**
     * @param t a time &gt;= 0
     * @return the exact mean at t
     */
    public double mean(double t) {
        return centre + initialOffset * relaxation(1, t);
    }

    /**
     * @param t a time &gt;= 0
     * @return the exact variance at t
     */
    public double variance(double t) {
        double secondMoment = stationarySecondMoment
            + (initialSecondMoment - stationarySecondMoment) * relaxation(2, t);
        double offset = mean(t) - centre;
        return secondMoment - offset * offset;
    }

    private double relaxation(int multiple, double t) {
        return MittagLeffler.evaluate(alpha, -multiple * rate * Math.pow(t, alpha));
    }
}
