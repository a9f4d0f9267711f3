package org.fracdyn.io.problem;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.potential.Tabulated;
import org.fracdyn.solver.potential.TabulatedField;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.problem.InitialDensityND;
import org.fracdyn.solver.solve.OutputRequest;

/**
 * Turns a {@link ProblemSpec} read from a file into the solver's
 * {@link FokkerPlanckProblem} and {@link OutputRequest}, one-to-one: every potential and
 * initial type maps to the solver class of the same formula (see docs/problem-file.md), the
 * time mesh is t_n = T (n / N)^r, and the scheme and history names are carried over. A
 * two- or three-dimensional {@link ProblemSpecND} becomes a {@link FokkerPlanckProblemND} in
 * the same way.
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
        return outputRequest(spec.output());
    }

    /**
     * What to record in two or three dimensions, as {@link #toOutputRequest(ProblemSpec)}.
     *
     * @param spec the validated spec
     * @return the request, its first time 0
     */
    public static OutputRequest toOutputRequest(ProblemSpecND spec) {
        return outputRequest(spec.output());
    }

    private static OutputRequest outputRequest(OutputSpec output) {
        double[] requested = output.times();
        double[] times = new double[requested.length + 1];
        System.arraycopy(requested, 0, times, 1, requested.length);
        return new OutputRequest(times, output.every());
    }

    /**
     * Builds the solver's two- or three-dimensional problem; it allocates nothing of the
     * grid's size (the solver's memory guard runs before that).
     *
     * @param spec the validated spec
     * @return the problem
     * @throws IllegalArgumentException naming the key, if the solver refuses a value
     */
    public static FokkerPlanckProblemND toProblem(ProblemSpecND spec) {
        DomainSpecND domain = spec.domain();
        TimeSpec time = spec.time();
        return FokkerPlanckProblemND.builder()
            .alpha(spec.alpha())
            .diffusion(spec.diffusion())
            .friction(spec.friction())
            .potential(fieldPotential(spec.potential(), domain))
            .grid(grid(domain))
            .initialDensity(initialDensity(spec.initial()))
            .timeMesh(TimeMesh.graded(time.end(), time.steps(), time.grading()))
            .scheme(time.scheme())
            .history(time.history())
            .build();
    }

    /**
     * @param domain a two- or three-dimensional domain
     * @return its grid, a boundary per axis
     */
    public static GridND grid(DomainSpecND domain) {
        List<Grid1D> axes = new ArrayList<>();
        double[] min = domain.min();
        double[] max = domain.max();
        int[] cells = domain.cells();
        for (int a = 0; a < domain.dims(); a++) {
            axes.add(new Grid1D(min[a], max[a], cells[a]));
        }
        List<Boundary> boundaries = domain.boundaries();
        return new GridND(axes, boundaries);
    }

    /**
     * @param spec a potential as read from a file with domain.dims 2 or 3
     * @param domain the domain (a table's points span its box)
     * @return the solver's potential with the same formula
     */
    public static FieldPotential fieldPotential(FieldPotentialSpec spec, DomainSpecND domain) {
        if (spec instanceof FieldPotentialSpec.Free) {
            return SeparablePotential.free(domain.dims());
        } else if (spec instanceof FieldPotentialSpec.Separable separable) {
            return new SeparablePotential(separable.axes().stream()
                .map(ProblemMapper::potential).toList());
        } else if (spec instanceof FieldPotentialSpec.RadialHarmonic harmonic) {
            return new RadialHarmonic(harmonic.k(), harmonic.center());
        } else if (spec instanceof FieldPotentialSpec.Table table) {
            int[] shape = table.shape();
            double[] min = domain.min();
            double[] max = domain.max();
            double[][] points = new double[shape.length][];
            for (int a = 0; a < shape.length; a++) {
                points[a] = new double[shape[a]];
                for (int j = 0; j < shape[a]; j++) {
                    points[a][j] = j == shape[a] - 1 ? max[a]
                        : min[a] + (max[a] - min[a]) * j / (shape[a] - 1);
                }
            }
            return new TabulatedField(points, table.values());
        }
        throw new IllegalStateException("potential type " + spec.type() + " has no mapping");
    }

    /**
     * @param spec an initial density as read from a file with domain.dims 2 or 3
     * @return the solver's initial density of the same shape
     */
    public static InitialDensityND initialDensity(InitialSpecND spec) {
        if (spec instanceof InitialSpecND.Delta delta) {
            return new InitialDensityND.Delta(delta.at());
        } else if (spec instanceof InitialSpecND.Gaussian gaussian) {
            return new InitialDensityND.Gaussian(gaussian.mean(), gaussian.sigma());
        } else if (spec instanceof InitialSpecND.Uniform) {
            return new InitialDensityND.Uniform();
        } else if (spec instanceof InitialSpecND.Boltzmann) {
            return new InitialDensityND.Boltzmann();
        }
        throw new IllegalStateException("initial type " + spec.type() + " has no mapping");
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
