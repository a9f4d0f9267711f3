package org.fracdyn.solver.problem;

import java.util.Arrays;
import java.util.Objects;

import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.potential.SeparablePotential;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;

/**
 * A time-fractional Fokker-Planck problem in d = 1, 2 or 3 dimensions,
 * <pre>
 *   C_D_t^alpha P = div( D grad P + (1/gamma) P grad V ),    0 &lt; alpha &lt;= 1,
 * </pre>
 * on a box with a boundary condition per axis (in the {@link GridND}), an initial density and
 * a time mesh, together with the Caputo scheme and history to solve it with. D is the
 * generalised diffusion coefficient (length^2 / time^alpha), gamma the friction and
 * kT = gamma D; the stationary state, when the boundaries conserve mass and no periodic axis
 * is tilted, is the Boltzmann density exp(-V/kT)/Z (Metzler, Barkai and Klafter,
 * Phys. Rev. Lett. 82 (1999) 3563, doi 10.1103/PhysRevLett.82.3563). There is no source term
 * in d dimensions (use the one-dimensional {@link FokkerPlanckProblem} for manufactured
 * solutions).
 *
 * <p>Immutable; build with {@link #builder()} and copy with {@link #toBuilder()}. Defaults:
 * alpha 1, D 1, gamma 1, free potential, scheme L1, direct history. Required: grid, time
 * mesh and initial density.
 */
public final class FokkerPlanckProblemND {

    private final double alpha;
    private final double diffusion;
    private final double friction;
    private final FieldPotential potential;
    private final GridND grid;
    private final InitialDensityND initialDensity;
    private final TimeMesh timeMesh;
    private final SchemeKind scheme;
    private final HistoryKind history;

    private FokkerPlanckProblemND(Builder builder, FieldPotential potential) {
        this.alpha = builder.alpha;
        this.diffusion = builder.diffusion;
        this.friction = builder.friction;
        this.potential = potential;
        this.grid = builder.grid;
        this.initialDensity = builder.initialDensity;
        this.timeMesh = builder.timeMesh;
        this.scheme = builder.scheme;
        this.history = builder.history;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this problem's values */
    public Builder toBuilder() {
        return new Builder().alpha(alpha).diffusion(diffusion).friction(friction)
            .potential(potential).grid(grid).initialDensity(initialDensity).timeMesh(timeMesh)
            .scheme(scheme).history(history);
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

    /** @return the temperature kT = gamma D */
    public double temperature() {
        return friction * diffusion;
    }

    /** @return the potential V, of the grid's dimension */
    public FieldPotential potential() {
        return potential;
    }

    /** @return the grid, with its boundary conditions */
    public GridND grid() {
        return grid;
    }

    /** @return the dimension d */
    public int dimension() {
        return grid.dimension();
    }

    /** @return the initial density */
    public InitialDensityND initialDensity() {
        return initialDensity;
    }

    /** @return the time mesh */
    public TimeMesh timeMesh() {
        return timeMesh;
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
        return "FokkerPlanckProblemND[alpha=" + alpha + ", D=" + diffusion + ", gamma="
            + friction + ", potential=" + potential.description() + ", grid=" + grid
            + ", initial=" + initialDensity + ", mesh=" + timeMesh + ", scheme="
            + scheme.label() + ", history=" + history.label() + "]";
    }

    /**
     * Collects the parameters of a {@link FokkerPlanckProblemND}; {@link #build()} checks
     * them.
     */
    public static final class Builder {

        private double alpha = 1.0;
        private double diffusion = 1.0;
        private double friction = 1.0;
        private FieldPotential potential;
        private GridND grid;
        private InitialDensityND initialDensity;
        private TimeMesh timeMesh;
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
         * @param value D &gt; 0
         * @return this builder
         */
        public Builder diffusion(double value) {
            this.diffusion = value;
            return this;
        }

        /**
         * @param value gamma &gt; 0
         * @return this builder
         */
        public Builder friction(double value) {
            this.friction = value;
            return this;
        }

        /**
         * @param value the potential, of the grid's dimension; null for the free potential
         * @return this builder
         */
        public Builder potential(FieldPotential value) {
            this.potential = value;
            return this;
        }

        /**
         * @param value the grid with its boundaries, not null
         * @return this builder
         */
        public Builder grid(GridND value) {
            this.grid = Objects.requireNonNull(value, "grid");
            return this;
        }

        /**
         * @param value the initial density, not null
         * @return this builder
         */
        public Builder initialDensity(InitialDensityND value) {
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
         * Checks the parameters: ranges, that the potential has the grid's dimension and
         * covers the domain, and that the initial density fits the grid. The initial density
         * is not put on the grid here (that is O(M) memory, and the solver's memory guard
         * runs first).
         *
         * @return the problem
         * @throws IllegalArgumentException naming the first parameter out of range or missing
         */
        public FokkerPlanckProblemND build() {
            ProblemChecks.checkCommon(alpha, diffusion, friction, grid, initialDensity,
                timeMesh);
            FieldPotential field = potential != null ? potential
                : SeparablePotential.free(grid.dimension());
            if (field.dimension() != grid.dimension()) {
                throw Checks.refuse("potential", field.description() + " in "
                    + field.dimension() + " dimensions", "a potential in domain.dims = "
                    + grid.dimension() + " dimensions");
            }
            field.checkCovers(grid.min(), grid.max());
            checkInitialFits(grid);
            return new FokkerPlanckProblemND(this, field);
        }

        private void checkInitialFits(GridND grid) {
            int given = grid.dimension();
            if (initialDensity instanceof InitialDensityND.Product product) {
                given = product.axes().size();
            } else if (initialDensity instanceof InitialDensityND.Delta delta) {
                given = delta.at().length;
            } else if (initialDensity instanceof InitialDensityND.Gaussian gaussian) {
                given = gaussian.mean().length;
            }
            if (given != grid.dimension()) {
                throw Checks.refuse("initial", initialDensity + " with " + given + " axes",
                    grid.dimension() + " axes, one per axis of the domain (domain.dims)");
            }
            if (initialDensity instanceof InitialDensityND.Delta delta
                && !grid.contains(delta.at())) {
                throw Checks.refuse("initial.at", Arrays.toString(delta.at()),
                    "a point of the domain " + grid);
            }
        }
    }
}
