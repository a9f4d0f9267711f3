package org.fracdyn.solver.solve;

import static org.fracdyn.solver.solve.Problems.gradedFor;
import static org.fracdyn.solver.solve.Problems.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moments against closed forms: the Ornstein-Uhlenbeck process (alpha = 1), the fractional
 * Ornstein-Uhlenbeck process (Metzler, Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563,
 * with Mittag-Leffler values from mpmath, see {@link MittagLefflerReference}) and free
 * subdiffusion, MSD = 2 D t^alpha / Gamma(1 + alpha).
 */
class ExactMomentsTest {

    private final FokkerPlanckSolver solver = new FokkerPlanckSolver();

    @org.junit.jupiter.api.Test
    void ornsteinUhlenbeckMeanAndVarianceAtAlphaOne() {
        double k = 1.0;
        double gamma = 1.0;
        double diffusion = 0.5;
        double kT = gamma * diffusion;
        double end = 1.0;
        int steps = 2000;
        FokkerPlanckProblem problem = problem(1.0, new Harmonic(k, 0), new Grid1D(-5, 5, 400),
            Boundary.REFLECTING, new InitialDensity.Gaussian(1.0, 0.2),
            TimeMesh.uniform(end, steps)).diffusion(diffusion).friction(gamma).build();

        Solution solution = solver.solve(problem, OutputRequest.of(500));

        Moments start = solution.initialMoments();
        for (Moments row : solution.moments()) {
            double decay = Math.exp(-k * row.time() / gamma);
            double mean = start.mean() * decay;
            double variance = kT / k * (1 - decay * decay) + start.variance() * decay * decay;
            // Backward Euler: (1 + k tau/gamma)^(-n) against e^(-k t/gamma) has relative
            // error ~ (k/gamma)^2 t tau / 2 = 2.5e-4 at t = 1, tau = 5e-4 (twice that for the
            // variance, which decays at 2k/gamma); space error O(h^2) ~ 1e-5. Tolerances: 2x.
            assertEquals(mean, row.mean(), 5e-4 * Math.abs(mean), "mean at t = " + row.time());
            assertEquals(variance, row.variance(), 1e-3 * variance,
                "variance at t = " + row.time());
        }
    }

    @ParameterizedTest(name = "alpha = {0}, t = {1}")
    @CsvSource({"0.5, 1, 200", "0.5, 3, 200", "0.8, 1, 400", "0.8, 3, 400"})
    void fractionalOrnsteinUhlenbeckMeanAndSecondMoment(String alphaText, String endText,
                                                        int steps) {
        double alpha = Double.parseDouble(alphaText);
        double end = Double.parseDouble(endText);
        double k = 1.0;
        double kT = 1.0;
        FokkerPlanckProblem problem = problem(alpha, new Harmonic(k, 0), new Grid1D(-6, 6, 240),
            Boundary.REFLECTING, new InitialDensity.Delta(1.0), gradedFor(alpha, end, steps))
            .build();

        Moments last = solver.solve(problem, OutputRequest.of(0)).finalMoments();

        double x0 = problem.grid().centre(problem.grid().cellOf(1.0));
        double mean = x0 * MittagLefflerReference.value(alphaText, "t^alpha", endText);
        double second = kT / k
            + (x0 * x0 - kT / k) * MittagLefflerReference.value(alphaText, "2 t^alpha", endText);
        // Measured on M = 120/240/480 and N = 100/200/400: the mean's error falls as h^2 and
        // N^-(2-alpha) and is at most 2.3e-4 x0 at these sizes; the second moment's 1.6e-5.
        // Tolerances: about 4x the measured error at this size, 10x below the coarse grid's.
        assertEquals(mean, last.mean(), 1e-3 * x0, "mean");
        assertEquals(second, last.variance() + last.mean() * last.mean(), 1e-4 * second,
            "second moment");
    }

    @ParameterizedTest(name = "alpha = {0}")
    @ValueSource(doubles = {0.5, 0.75, 1.0})
    void freeSubdiffusionMeanSquaredDisplacement(double alpha) {
        double diffusion = 0.8;
        double end = 1.0;
        FokkerPlanckProblem problem = problem(alpha, new Free(), new Grid1D(-10, 10, 400),
            Boundary.REFLECTING, new InitialDensity.Gaussian(0.5, 0.3), gradedFor(alpha, end, 200))
            .diffusion(diffusion).build();

        Solution solution = solver.solve(problem, OutputRequest.of(50));

        double atEnd = 2 * diffusion * Math.pow(end, alpha) / Gamma.gamma(1 + alpha);
        for (Moments row : solution.moments()) {
            double exact = 2 * diffusion * Math.pow(row.time(), alpha) / Gamma.gamma(1 + alpha);
            // On a uniform grid the discrete Laplacian of x^2 is exactly 2, so in space the MSD
            // is exact while the density stays away from the walls (it is below 1e-20 there);
            // what is left is the L1 error on m(t) ~ t^alpha, O(N^-(2-alpha)) on the graded
            // mesh in the max norm over time: 200^-1.5 = 3.5e-4 of the final MSD; for
            // alpha = 1 backward Euler is exact on a linear m. Tolerance 1e-3 of the final MSD.
            assertEquals(exact, row.msd(), 1e-3 * atEnd, "msd at t = " + row.time());
            assertEquals(exact + solution.initialMoments().variance(), row.variance(),
                1e-3 * atEnd, "variance at t = " + row.time());
        }
    }

    @org.junit.jupiter.api.Test
    void subdiffusionUnderAConstantForce() {
        // D^alpha m1 = F/gamma and D^alpha m2 = 2 D + 2 (F/gamma) m1 give
        // m1 = (F/gamma) t^a / Gamma(1+a) and
        // var = 2 D t^a / Gamma(1+a) + (F/gamma)^2 t^(2a) (2 / Gamma(1+2a) - 1 / Gamma(1+a)^2)
        // (Metzler and Klafter, Phys. Rep. 339 (2000) 1, doi 10.1016/S0370-1573(00)00070-3).
        double alpha = 0.6;
        double force = 1.0;
        double diffusion = 0.5;
        double end = 2.0;
        FokkerPlanckProblem problem = problem(alpha, new Linear(force), new Grid1D(-8, 16, 480),
            Boundary.REFLECTING, new InitialDensity.Gaussian(0, 0.2), gradedFor(alpha, end, 200))
            .diffusion(diffusion).build();

        Solution solution = solver.solve(problem, OutputRequest.of(25));

        double g1 = Gamma.gamma(1 + alpha);
        double g2 = Gamma.gamma(1 + 2 * alpha);
        double meanAtEnd = force * Math.pow(end, alpha) / g1;
        double spreadAtEnd = 2 * diffusion * Math.pow(end, alpha) / g1;
        for (Moments row : solution.moments()) {
            double ta = Math.pow(row.time(), alpha);
            double mean = force * ta / g1;
            double variance = solution.initialMoments().variance() + 2 * diffusion * ta / g1
                + force * force * ta * ta * (2 / g2 - 1 / (g1 * g1));
            // The fitted flux with a constant force drifts at exactly F/gamma, so the mean has
            // only the L1 error, O(N^-(2-a)) = 200^-1.4 = 6e-4 of its final value; the
            // variance also has the O((F h / kT)^2 / 12) = 1e-3 relative excess diffusion.
            assertEquals(mean, row.mean(), 1.5e-3 * meanAtEnd, "mean at t = " + row.time());
            assertEquals(variance, row.variance(), 3e-3 * spreadAtEnd,
                "variance at t = " + row.time());
        }
    }
}
