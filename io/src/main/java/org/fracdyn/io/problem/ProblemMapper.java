package org.fracdyn.io.problem;

import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.potential.Tabulated;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.solve.OutputRequest;

/**
 * Turns a {@link ProblemSpec} read from a file into the solver's
 * {@link FokkerPlanckProblem} and {@link OutputRequest}, one-to-one: every potential and
 * initial type maps to the solver class of the same formula (see docs/problem-file.md), the
 * time mesh is t_n = T (n / N)^r, and the scheme and history names are carried over.
 */
public final class ProblemMapper {

    private ProblemMapper() {
    }

    /**
     * Builds the solver's problem, which checks what only the grid can tell (for instance that
     * the initial density has mass on the grid).
     *
     * @param spec the validated spec
     * @return the problem
     * @throws IllegalArgumentException naming the key, if the solver refuses a value
     */
    public static FokkerPlanckProblem toProblem(ProblemSpec spec) {
        DomainSpec domain = spec.domain();
        TimeSpec time = spec.time();
        return FokkerPlanckProblem.builder()
            .alpha(spec.alpha())
            .diffusion(spec.diffusion())
            .friction(spec.friction())
            .potential(potential(spec.potential()))
            .grid(new Grid1D(domain.min(), domain.max(), domain.cells()))
            .boundary(domain.boundary())
            .initialDensity(initialDensity(spec.initial()))
            .timeMesh(TimeMesh.graded(time.end(), time.steps(), time.grading()))
            .scheme(time.scheme())
            .history(time.history())
            .build();
    }

    /**
     * What to record: the profile at t = 0 followed by one per {@code output.times}, and the
     * moments every {@code output.every} steps (the solver adds t = 0, t = end and each
     * output time).
     *
     * @param spec the validated spec
     * @return the request, its first time 0
     */
    public static OutputRequest toOutputRequest(ProblemSpec spec) {
        double[] requested = spec.output().times();
        double[] times = new double[requested.length + 1];
        System.arraycopy(requested, 0, times, 1, requested.length);
        return new OutputRequest(times, spec.output().every());
    }

    /**
     * @param spec a potential as read from a file
     * @return the solver's potential with the same formula
     */
    public static Potential potential(PotentialSpec spec) {
        if (spec instanceof PotentialSpec.Free) {
            return new Free();
        } else if (spec instanceof PotentialSpec.Linear linear) {
            return new Linear(linear.force());
        } else if (spec instanceof PotentialSpec.Harmonic harmonic) {
            return new Harmonic(harmonic.k(), harmonic.center());
        } else if (spec instanceof PotentialSpec.DoubleWell well) {
            return new DoubleWell(well.a(), well.b());
        } else if (spec instanceof PotentialSpec.Periodic periodic) {
            return new Periodic(periodic.amplitude(), periodic.period(), periodic.tilt());
        } else if (spec instanceof PotentialSpec.Table table) {
            return new Tabulated(table.values().x(), table.values().y());
        }
        throw new IllegalStateException("potential type " + spec.type() + " has no mapping");
    }

    /**
     * @param spec an initial density as read from a file
     * @return the solver's initial density of the same shape
     */
    public static InitialDensity initialDensity(InitialSpec spec) {
        if (spec instanceof InitialSpec.Delta delta) {
            return new InitialDensity.Delta(delta.at());
        } else if (spec instanceof InitialSpec.Gaussian gaussian) {
            return new InitialDensity.Gaussian(gaussian.mean(), gaussian.sigma());
        } else if (spec instanceof InitialSpec.Uniform) {
            return new InitialDensity.Uniform();
        } else if (spec instanceof InitialSpec.Boltzmann) {
            return new InitialDensity.Boltzmann();
        } else if (spec instanceof InitialSpec.Table table) {
            return new InitialDensity.Tabulated(table.density().x(), table.density().y());
        }
        throw new IllegalStateException("initial type " + spec.type() + " has no mapping");
    }
}
