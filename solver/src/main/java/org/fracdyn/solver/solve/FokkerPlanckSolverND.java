package org.fracdyn.solver.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.linalg.ConjugateGradient;
import org.fracdyn.solver.linalg.NestedDissection;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.observe.ObservablesND;
import org.fracdyn.solver.operator.FokkerPlanckOperatorND;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves a {@link FokkerPlanckProblemND} in one, two or three dimensions,
 * <pre>
 *   C_D_t^alpha P = div( D grad P + (1/gamma) P grad V ),
 * </pre>
 * by the method of lines: the finite-volume Scharfetter-Gummel operator L
 * ({@link FokkerPlanckOperatorND}) in space and a Caputo scheme ({@link CaputoScheme}, made by
 * a {@link SchemeFactory}) in time. Each step solves the sparse M-matrix system
 * <pre>
 *   (w_n I - theta_n L) P^n = w_n P^{n-1} - h_n + (1 - theta_n) L P^{n-1}
 * </pre>
 * by the {@link LinearSolveMethod} chosen. Both solvers work on the symmetrised matrix
 * diag(s) A diag(s)^-1, s = exp(V / 2kT), which is symmetric positive definite when L has
 * detailed balance: a sparse Cholesky factorisation in nested-dissection order, kept while
 * w_n and theta_n are unchanged (every step of a uniform mesh), or Jacobi-preconditioned
 * conjugate gradients; without detailed balance (a tilted periodic axis) a sparse LU.
 * {@link LinearSolveMethod#AUTO} takes Cholesky in 1D and in 2D on uniform meshes, and
 * conjugate gradients in 2D on graded meshes and in 3D. With L1 the scheme is positivity
 * preserving, conserves mass to round-off without absorbing walls and keeps the discrete
 * Boltzmann density stationary to round-off.
 *
 * <p>Before anything of the grid's size is allocated, the memory the run needs is estimated
 * ({@link MemoryEstimate}) and a run that does not fit is refused.
 *
 * <p>Accuracy: second order in the cell widths, and in time the order of the scheme (for L1
 * on the t^alpha layer use the graded mesh r = (2 - alpha)/alpha). An instance holds no
 * state between solves and may be shared.
 */
public final class FokkerPlanckSolverND {

    private static final Logger LOG = LoggerFactory.getLogger(FokkerPlanckSolverND.class);

    /** Relative residual of the conjugate-gradient solves. */
    static final double CG_TOLERANCE = 1e-13;

    private final SchemeFactory schemes;
    private final LinearSolveMethod method;

    /**
     * A solver with every scheme of the problem file ({@link SchemeFactory#standard()}) and
     * the {@link LinearSolveMethod#AUTO} solve.
     */
    public FokkerPlanckSolverND() {
        this(SchemeFactory.standard(), LinearSolveMethod.AUTO);
    }

    /**
     * @param schemes makes the Caputo scheme from the problem's scheme and history names
     */
    public FokkerPlanckSolverND(SchemeFactory schemes) {
        this(schemes, LinearSolveMethod.AUTO);
    }

    /**
     * @param schemes makes the Caputo scheme from the problem's scheme and history names
     * @param method how the implicit systems are solved
     */
    public FokkerPlanckSolverND(SchemeFactory schemes, LinearSolveMethod method) {
        this.schemes = schemes;
        this.method = method;
    }

    /**
     * Solves without progress reports.
     *
     * @param problem the problem
     * @param output what to record
     * @return the solution
     * @see #solve(FokkerPlanckProblemND, OutputRequest, ProgressListener)
     */
    public SolutionND solve(FokkerPlanckProblemND problem, OutputRequest output) {
        return solve(problem, output, ProgressListener.NONE);
    }

    /**
     * Solves the problem over its time mesh.
     *
     * @param problem the problem
     * @param output the profile times and the interval of moment rows (as in one dimension)
     * @param listener told after every step
     * @return the moments and profiles
     * @throws IllegalArgumentException if an output time is beyond the end time, the run
     *     would not fit in memory (the message gives the estimate and the settings to
     *     change), the scheme cannot be made, or conjugate gradients are asked for a problem
     *     without detailed balance
     * @throws SolveFailedException if a linear solve fails or the density becomes non-finite
     */
    public SolutionND solve(FokkerPlanckProblemND problem, OutputRequest output,
                            ProgressListener listener) {
        TimeMesh mesh = problem.timeMesh();
        GridND grid = problem.grid();
        int steps = mesh.steps();
        int[] outputSteps = OutputSteps.of(mesh, output.times());
        boolean mayFactor = method == LinearSolveMethod.DIRECT
            || method == LinearSolveMethod.AUTO && (prefersDirect(problem) || hasTilt(problem));
        MemoryEstimate.of(grid.dimension(), grid.size(), steps, problem.alpha(),
            problem.history(), output.times().length + 1, mayFactor).check();

        FokkerPlanckOperatorND operator = new FokkerPlanckOperatorND(grid, problem.potential(),
            problem.diffusion(), problem.friction());
        CaputoScheme scheme = schemes.create(problem.scheme(), problem.history(),
            problem.alpha(), mesh, grid.size());
        ImplicitSolve linear = implicitSolve(operator, problem);
        LOG.debug("solving {} with {} steps on {} cells by {}", problem, steps, grid.size(),
            linear.description());

        double[] current = problem.initialDensity().cellAverages(grid, problem.potential(),
            problem.temperature());
        ObservablesND observables = new ObservablesND(grid, operator.potentialAtCentres(),
            problem.temperature(), current);
        List<MomentsND> moments = new ArrayList<>();
        List<ProfileND> profiles = new ArrayList<>();
        int[] shape = grid.shape();
        double[] times = output.times();
        moments.add(observables.measure(0, 0.0, current));
        int nextOutput = recordProfiles(0, 0.0, current, shape, times, outputSteps, 0,
            profiles);

        Stepper stepper = new Stepper(operator, linear);
        scheme.start(current);
        double[] next = new double[grid.size()];
        for (int n = 1; n <= steps; n++) {
            stepper.advance(scheme, n, current, next);
            scheme.accept(n, next);
            double[] swap = current;
            current = next;
            next = swap;

            double time = mesh.time(n);
            boolean isOutput = nextOutput < outputSteps.length && outputSteps[nextOutput] == n;
            boolean isPeriodic = output.every() > 0 && n % output.every() == 0;
            if (isOutput || isPeriodic || n == steps) {
                moments.add(observables.measure(n, time, current));
            }
            nextOutput = recordProfiles(n, time, current, shape, times, outputSteps,
                nextOutput, profiles);
            listener.onStep(n, steps, time);
        }

        ProfileND last = new ProfileND(mesh.end(), steps, mesh.end(), shape, current);
        LOG.debug("solved to t = {} by {}", mesh.end(), linear.description());
        return new SolutionND(problem, moments, profiles, last, linear.description());
    }

    private static boolean prefersDirect(FokkerPlanckProblemND problem) {
        return problem.dimension() == 1
            || problem.dimension() == 2 && problem.timeMesh().isUniform();
    }

    private static boolean hasTilt(FokkerPlanckProblemND problem) {
        GridND grid = problem.grid();
        for (int a = 0; a < grid.dimension(); a++) {
            if (grid.boundary(a) == Boundary.PERIODIC && problem.potential().tilt(a) != 0) {
                return true;
            }
        }
        return false;
    }

    private ImplicitSolve implicitSolve(FokkerPlanckOperatorND operator,
                                        FokkerPlanckProblemND problem) {
        if (method == LinearSolveMethod.AUTO) {
            boolean direct = prefersDirect(problem) || !operator.isSymmetrisable();
            return direct ? new DirectSolve(operator) : new ConjugateGradientSolve(operator);
        }
        if (method == LinearSolveMethod.CONJUGATE_GRADIENT) {
            if (!operator.isSymmetrisable()) {
                throw new IllegalArgumentException("solver.linear = conjugate-gradient: the "
                    + "operator has no detailed balance (a tilted periodic axis, or a potential "
                    + "spread above " + FokkerPlanckOperatorND.SYMMETRISABLE_SPREAD
                    + " kT); use the direct solve");
            }
            return new ConjugateGradientSolve(operator);
        }
        return new DirectSolve(operator);
    }

    private static int recordProfiles(int n, double time, double[] density, int[] shape,
                                      double[] times, int[] outputSteps, int from,
                                      List<ProfileND> profiles) {
        return OutputSteps.record(n, outputSteps, from,
            j -> new ProfileND(times[j], n, time, shape, density), profiles);
    }

    /** One implicit system per step: prepare for (w, theta), then solve. */
    private interface ImplicitSolve {

        /** @return false if the matrix could not be factorised */
        boolean prepare(double weight, double theta);

        /** @return false if the solve failed */
        boolean solve(double[] rhs, double[] previous, double[] out);

        String description();
    }

    /** Sparse Cholesky (symmetrised) or LU, nested-dissection order, factor kept. */
    private static final class DirectSolve implements ImplicitSolve {

        private final FokkerPlanckOperatorND operator;
        private final boolean symmetric;
        private final int[] rank;
        private final double[] scale;
        private final LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> factor;
        private final DMatrixRMaj b;
        private final DMatrixRMaj x;
        private double factoredWeight = Double.NaN;
        private double factoredTheta = Double.NaN;
        private int factorisations;

        DirectSolve(FokkerPlanckOperatorND operator) {
            GridND grid = operator.grid();
            boolean[] periodic = new boolean[grid.dimension()];
            for (int a = 0; a < periodic.length; a++) {
                periodic[a] = grid.boundary(a) == Boundary.PERIODIC;
            }
            this.operator = operator;
            this.symmetric = operator.isSymmetrisable();
            this.rank = NestedDissection.rank(grid.shape(), periodic);
            this.scale = symmetric ? operator.symmetrisingScale() : null;
            this.factor = symmetric ? LinearSolverFactory_DSCC.cholesky(FillReducing.NONE)
                : LinearSolverFactory_DSCC.lu(FillReducing.NONE);
            this.b = new DMatrixRMaj(operator.size(), 1);
            this.x = new DMatrixRMaj(operator.size(), 1);
        }

        @Override
        public boolean prepare(double weight, double theta) {
            if (weight == factoredWeight && theta == factoredTheta) {
                return true;
            }
            DMatrixSparseCSC matrix = symmetric
                ? operator.symmetrisedImplicitMatrix(weight, theta, rank)
                : operator.implicitMatrix(weight, theta, rank);
            if (!factor.setA(matrix)) {
                return false;
            }
            if (symmetric && factorisations == 0) {
                factor.setStructureLocked(true);
            }
            factorisations++;
            factoredWeight = weight;
            factoredTheta = theta;
            return true;
        }

        @Override
        public boolean solve(double[] rhs, double[] previous, double[] out) {
            double[] in = b.data;
            for (int k = 0; k < rhs.length; k++) {
                in[rank[k]] = symmetric ? scale[k] * rhs[k] : rhs[k];
            }
            factor.solve(b, x);
            double[] solution = x.data;
            for (int k = 0; k < out.length; k++) {
                out[k] = symmetric ? solution[rank[k]] / scale[k] : solution[rank[k]];
            }
            return true;
        }

        @Override
        public String description() {
            return (symmetric ? "sparse Cholesky of the symmetrised matrix" : "sparse LU")
                + " (EJML, nested dissection), " + factorisations + " factorisation"
                + (factorisations == 1 ? "" : "s");
        }
    }

    /** Jacobi-preconditioned conjugate gradients on the symmetrised system, warm-started. */
    private static final class ConjugateGradientSolve implements ImplicitSolve {

        private final FokkerPlanckOperatorND operator;
        private final double[] scale;
        private final double[] operatorDiagonal;
        private final double[] diagonal;
        private final double[] b;
        private final double[] y;
        private final double[] product;
        private final ConjugateGradient cg;
        private final int maxIterations;
        private double weight;
        private double theta;
        private long iterations;
        private int solves;

        ConjugateGradientSolve(FokkerPlanckOperatorND operator) {
            int size = operator.size();
            this.operator = operator;
            this.scale = operator.symmetrisingScale();
            this.operatorDiagonal = operator.diagonal();
            this.diagonal = new double[size];
            this.b = new double[size];
            this.y = new double[size];
            this.product = new double[size];
            this.cg = new ConjugateGradient(size);
            this.maxIterations = Math.max(1000, 10 * (int) Math.sqrt(size));
        }

        @Override
        public boolean prepare(double weight, double theta) {
            this.weight = weight;
            this.theta = theta;
            for (int k = 0; k < diagonal.length; k++) {
                diagonal[k] = weight - theta * operatorDiagonal[k];
            }
            return true;
        }

        @Override
        public boolean solve(double[] rhs, double[] previous, double[] out) {
            for (int k = 0; k < rhs.length; k++) {
                b[k] = scale[k] * rhs[k];
                y[k] = scale[k] * previous[k];
            }
            int used = cg.solve(this::applyMatrix, diagonal, b, y, CG_TOLERANCE, maxIterations);
            if (used < 0) {
                return false;
            }
            iterations += used;
            solves++;
            for (int k = 0; k < out.length; k++) {
                out[k] = y[k] / scale[k];
            }
            return true;
        }

        private void applyMatrix(double[] in, double[] out) {
            operator.applySymmetrised(in, product);
            for (int k = 0; k < out.length; k++) {
                out[k] = weight * in[k] - theta * product[k];
            }
        }

        @Override
        public String description() {
            return String.format(Locale.ROOT, "Jacobi-preconditioned conjugate "
                + "gradients, %.1f iterations per step", solves == 0 ? 0.0
                : (double) iterations / solves);
        }
    }

    /** The per-solve workspace: right-hand side, history and the linear solve. */
    private static final class Stepper {

        private final FokkerPlanckOperatorND operator;
        private final ImplicitSolve linear;
        private final double[] rhs;
        private final double[] history;
        private final double[] explicitPart;

        Stepper(FokkerPlanckOperatorND operator, ImplicitSolve linear) {
            int cells = operator.size();
            this.operator = operator;
            this.linear = linear;
            this.rhs = new double[cells];
            this.history = new double[cells];
            this.explicitPart = new double[cells];
        }

        void advance(CaputoScheme scheme, int n, double[] previous, double[] out) {
            TimeMesh mesh = scheme.mesh();
            double weight = scheme.newestWeight(n);
            double theta = scheme.theta(n);
            if (!linear.prepare(weight, theta)) {
                throw new SolveFailedException(n, mesh.time(n), mesh.step(n),
                    "the implicit matrix could not be factorised",
                    "check that the potential is finite and D, gamma > 0 on the domain", null);
            }

            scheme.history(n, history);
            for (int i = 0; i < rhs.length; i++) {
                rhs[i] = weight * previous[i] - history[i];
            }
            if (theta < 1) {
                operator.apply(previous, explicitPart);
                for (int i = 0; i < rhs.length; i++) {
                    rhs[i] += (1 - theta) * explicitPart[i];
                }
            }

            if (!linear.solve(rhs, previous, out)) {
                throw new SolveFailedException(n, mesh.time(n), mesh.step(n),
                    "conjugate gradients did not reach the relative residual " + CG_TOLERANCE,
                    "use the direct linear solve", null);
            }
            for (int i = 0; i < out.length; i++) {
                if (!Double.isFinite(out[i])) {
                    throw new SolveFailedException(n, mesh.time(n), mesh.step(n),
                        "the density became " + out[i] + " in cell " + i,
                        "check the potential for non-finite values, or use smaller steps "
                            + "(time.steps) or a finer grid", null);
                }
            }
        }
    }
}
