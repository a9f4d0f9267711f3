package org.fracdyn.solver.problem;

import java.util.Objects;
import java.util.Optional;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * A one-dimensional time-fractional Fokker-Planck problem,
 * <pre>
 *   C_D_t^alpha P = d/dx ( D dP/dx + (1/gamma) P dV/dx ) [+ f(x, t)],    0 &lt; alpha &lt;= 1,
 * </pre>
 * on an interval with a boundary condition, an initial density and a time mesh, together with
 * the Caputo scheme and history to solve it with. D is the generalised diffusion coefficient
 * (length^2 / time^alpha), gamma the friction, kT = gamma D the temperature, and the
 * stationary state (when the boundary conserves mass and the force is periodic or
 * confining) is the Boltzmann density exp(-V/kT)/Z (Metzler, Barkai and Klafter,
 * Phys. Rev. Lett. 82 (1999) 3563, doi 10.1103/PhysRevLett.82.3563).
 *
 * <p>Immutable; build with {@link #builder()} and copy with {@link #toBuilder()}.
 * Defaults: free potential, reflecting boundary, no source, scheme L1, direct history.
 * Required: grid, time mesh and initial density.
 */
public final class FokkerPlanckProblem {

    private final double alpha;
    private final double diffusion;
    private final double friction;
    private final Potential potential;
    private final Grid1D grid;
    private final Boundary boundary;
    private final InitialDensity initialDensity;
    private final TimeMesh timeMesh;
    private final Source source;
    private final SchemeKind scheme;
    private final HistoryKind history;

    private FokkerPlanckProblem(Builder builder) {
        this.alpha = builder.alpha;
        this.diffusion = builder.diffusion;
        this.friction = builder.friction;
        this.potential = builder.potential;
        this.grid = builder.grid;
        this.boundary = builder.boundary;
        this.initialDensity = builder.initialDensity;
        this.timeMesh = builder.timeMesh;
        this.source = builder.source;
        this.scheme = builder.scheme;
        this.history = builder.history;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this problem's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.alpha = alpha;
        builder.diffusion = diffusion;
        builder.friction = friction;
        builder.potential = potential;
        builder.grid = grid;
        builder.boundary = boundary;
        builder.initialDensity = initialDensity;
        builder.timeMesh = timeMesh;
        builder.source = source;
        builder.scheme = scheme;
        builder.history = history;
        return builder;
    }

    /** @return the Caputo order alpha, 0 &lt; alpha &lt;= 1 */
    public double alpha() {
        return alpha;
    }

    /** @return the generalised diffusion coefficient D &gt; 0 (length^2 / time^alpha) */
    public double diffusion() {
        return diffusion;
    }

    /** @return the friction gamma &gt; 0 */
    public double friction() {
        return friction;
    }

    /** @return the temperature kT = gamma D (energy) */
    public double temperature() {
        return friction * diffusion;
    }

    /** @return the potential V */
    public Potential potential() {
        return potential;
    }

    /** @return the space grid */
    public Grid1D grid() {
        return grid;
    }

    /** @return the boundary condition */
    public Boundary boundary() {
        return boundary;
    }

    /** @return the initial density */
    public InitialDensity initialDensity() {
        return initialDensity;
    }

    /** @return the time mesh */
    public TimeMesh timeMesh() {
        return timeMesh;
    }

    /** @return the source f(x, t), if any */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /** @return the Caputo scheme to use */
    public SchemeKind scheme() {
        return scheme;
    }

    /** @return the history treatment to use */
    public HistoryKind history() {
        return history;
    }

    @Override
    public String toString() {
        return "FokkerPlanckProblem[alpha=" + alpha + ", D=" + diffusion + ", gamma=" + friction
            + ", potential=" + potential.description() + ", grid=" + grid + ", boundary="
            + boundary.label() + ", initial=" + initialDensity + ", mesh=" + timeMesh
            + ", source=" + (source != null) + ", scheme=" + scheme.label() + ", history="
            + history.label() + "]";
    }

    /**
     * Collects the parameters of a {@link FokkerPlanckProblem}; {@link #build()} checks them.
     * Defaults: alpha 1, D 1, gamma 1, free potential, reflecting, no source, L1, direct.
     */
    public static final class Builder {

        private double alpha = 1.0;
        private double diffusion = 1.0;
        private double friction = 1.0;
        private Potential potential = new Free();
        private Grid1D grid;
        private Boundary boundary = Boundary.REFLECTING;
        private InitialDensity initialDensity;
        private TimeMesh timeMesh;
        private Source source;
        private SchemeKind scheme = SchemeKind.L1;
        private HistoryKind history = HistoryKind.DIRECT;

        private Builder() {
        }

        /**
         * @param value the Caputo order, 0 &lt; alpha &lt;= 1
         * @return this builder
         */
        public Builder alpha(double value) {
            this.alpha = value;
            return this;
        }

        /**
         * @param value the diffusion coefficient D &gt; 0
         * @return this builder
         */
        public Builder diffusion(double value) {
            this.diffusion = value;
            return this;
        }

        /**
         * @param value the friction gamma &gt; 0
         * @return this builder
         */
        public Builder friction(double value) {
            this.friction = value;
            return this;
        }

        /**
         * @param value the potential, not null
         * @return this builder
         */
        public Builder potential(Potential value) {
            this.potential = Objects.requireNonNull(value, "potential");
            return this;
        }

        /**
         * @param value the grid, not null
         * @return this builder
         */
        public Builder grid(Grid1D value) {
            this.grid = Objects.requireNonNull(value, "grid");
            return this;
        }

        /**
         * @param value the boundary condition, not null
         * @return this builder
         */
        public Builder boundary(Boundary value) {
            this.boundary = Objects.requireNonNull(value, "boundary");
            return this;
        }

        /**
         * @param value the initial density, not null
         * @return this builder
         */
        public Builder initialDensity(InitialDensity value) {
            this.initialDensity = Objects.requireNonNull(value, "initial density");
            return this;
        }

        /**
         * @param value the time mesh, not null
         * @return this builder
         */
        public Builder timeMesh(TimeMesh value) {
            this.timeMesh = Objects.requireNonNull(value, "time mesh");
            return this;
        }

        /**
         * @param value the source f(x, t), or null for none
         * @return this builder
         */
        public Builder source(Source value) {
            this.source = value;
            return this;
        }

        /**
         * @param value the Caputo scheme, not null
         * @return this builder
         */
        public Builder scheme(SchemeKind value) {
            this.scheme = Objects.requireNonNull(value, "scheme");
            return this;
        }

        /**
         * @param value the history treatment, not null
         * @return this builder
         */
        public Builder history(HistoryKind value) {
            this.history = Objects.requireNonNull(value, "history");
            return this;
        }

        /**
         * Checks the parameters, including that the potential covers the domain and that the
         * initial density can be put on the grid (O(M) work).
         *
         * @return the problem
         * @throws IllegalArgumentException naming the first parameter out of range or missing
         */
        public FokkerPlanckProblem build() {
            ProblemChecks.checkCommon(alpha, diffusion, friction, grid, initialDensity,
                timeMesh);
            potential.checkCovers(grid.min(), grid.max());
            initialDensity.cellAverages(grid, potential, friction * diffusion);
            return new FokkerPlanckProblem(this);
        }
    }
}
