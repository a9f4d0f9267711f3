package org.fracdyn.solver.solve;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.solver.linalg.CyclicTridiagonalSolver;
import org.fracdyn.solver.linalg.SingularSystemException;
import org.fracdyn.solver.linalg.TridiagonalSolver;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.observe.Observables;
import org.fracdyn.solver.operator.FokkerPlanckOperator1D;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.Source;
import org.fracdyn.solver.scheme.CaputoScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves a one-dimensional {@link FokkerPlanckProblem}
 * <pre>
 *   C_D_t^alpha P = d/dx ( D dP/dx + (1/gamma) P dV/dx ) [+ f(x, t)]
 * </pre>
 * by the method of lines: the finite-volume Scharfetter-Gummel operator L in space
 * ({@link FokkerPlanckOperator1D}) and a Caputo scheme in time ({@link CaputoScheme}). Each
 * step n solves the tridiagonal (cyclic for periodic boundaries) M-matrix system
 * <pre>
 *   (w_n I - theta_n L) P^n = w_n P^{n-1} - h_n + (1 - theta_n) L P^{n-1} + f(x_i, t*_n)
 * </pre>
 * in O(M); the history h_n dominates the cost (O(n M) per step for the direct L1 history).
 * The matrix is factored again only when w_n or theta_n changes (never on a uniform mesh).
 * With L1 the scheme is positivity preserving and, for reflecting or periodic boundaries,
 * conserves mass to round-off; the discrete Boltzmann density is stationary to round-off.
 *
 * <p>Accuracy: second order in h, and in time the order of the scheme; for L1 on the usual
 * t^alpha initial layer use the graded mesh r = (2 - alpha)/alpha for the full 2 - alpha.
 *
 * <p>An instance holds no state between solves and may be shared.
 */
public final class FokkerPlanckSolver {

    private static final Logger LOG = LoggerFactory.getLogger(FokkerPlanckSolver.class);

    private final SchemeFactory schemes;

    /** A solver with every scheme of the problem file ({@link SchemeFactory#standard()}). */
    public FokkerPlanckSolver() {
        this(SchemeFactory.standard());
    }

    /**
     * @param schemes makes the Caputo scheme from the problem's scheme and history names
     */
    public FokkerPlanckSolver(SchemeFactory schemes) {
        this.schemes = schemes;
    }

    /**
     * Solves without progress reports.
     *
     * @param problem the problem
     * @param output what to record
     * @return the solution
     * @see #solve(FokkerPlanckProblem, OutputRequest, ProgressListener)
     */
    public Solution solve(FokkerPlanckProblem problem, OutputRequest output) {
        return solve(problem, output, ProgressListener.NONE);
    }

    /**
     * Solves the problem over its time mesh.
     *
     * @param problem the problem
     * @param output the profile times (each served by the first mesh time at or after it, see
     *     {@link Profile}) and the interval of moment rows
     * @param listener told after every step
     * @return the moments and profiles
     * @throws IllegalArgumentException if an output time is beyond the end time, the run would
     *     not fit in memory ({@link MemoryEstimate}: the message gives the estimate and the
     *     settings to change), or the scheme cannot be made
     * @throws SolveFailedException if a linear solve fails or the density becomes non-finite
     */
    public Solution solve(FokkerPlanckProblem problem, OutputRequest output,
                          ProgressListener listener) {
        TimeMesh mesh = problem.timeMesh();
        Grid1D grid = problem.grid();
        int cells = grid.cells();
        int steps = mesh.steps();
        int[] outputSteps = OutputSteps.of(mesh, output.times());
        MemoryEstimate.of(1, cells, steps, problem.alpha(), problem.history(),
            output.times().length + 1, false).check();

        FokkerPlanckOperator1D operator = new FokkerPlanckOperator1D(grid, problem.potential(),
            problem.diffusion(), problem.friction(), problem.boundary());
        CaputoScheme scheme = schemes.create(problem.scheme(), problem.history(),
            problem.alpha(), mesh, cells);
        LOG.debug("solving {} with {} steps on {} cells", problem, steps, cells);

        double[] current = problem.initialDensity().cellAverages(grid, problem.potential(),
            problem.temperature());
        Observables observables = new Observables(grid, operator.potentialAtCentres(),
            problem.temperature(), current);
        Winding winding = operator.isCyclic()
            ? new Winding(operator, schemes.create(problem.scheme(), problem.history(),
                problem.alpha(), mesh, 1), grid)
            : null;
        List<Moments> moments = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        moments.add(winding == null ? observables.measure(0, 0.0, current)
            : observables.measureOnRing(0, 0.0, current, 0.0));
        int nextOutput = recordProfiles(0, 0.0, current, output.times(), outputSteps, 0,
            profiles);

        Stepper stepper = new Stepper(operator, problem.source().orElse(null), grid);
        scheme.start(current);
        double[] next = new double[cells];
        for (int n = 1; n <= steps; n++) {
            stepper.advance(scheme, n, current, next);
            scheme.accept(n, next);
            if (winding != null) {
                winding.advance(n, current, next);
            }
            double[] swap = current;
            current = next;
            next = swap;

            double time = mesh.time(n);
            boolean isOutput = nextOutput < outputSteps.length && outputSteps[nextOutput] == n;
            boolean isPeriodic = output.every() > 0 && n % output.every() == 0;
            if (isOutput || isPeriodic || n == steps) {
                moments.add(winding == null ? observables.measure(n, time, current)
                    : observables.measureOnRing(n, time, current, winding.value()));
            }
            nextOutput = recordProfiles(n, time, current, output.times(), outputSteps,
                nextOutput, profiles);
            listener.onStep(n, steps, time);
        }

        Profile last = new Profile(mesh.end(), steps, mesh.end(), current);
        LOG.debug("solved to t = {}: {}", mesh.end(), moments.get(moments.size() - 1));
        return new Solution(problem, moments, profiles, last);
    }

    private static int recordProfiles(int n, double time, double[] density, double[] times,
                                      int[] outputSteps, int from, List<Profile> profiles) {
        return OutputSteps.record(n, outputSteps, from,
            j -> new Profile(times[j], n, time, density), profiles);
    }

    /**
     * The first moment carried through the wrap face of a ring, w(t). Summing x_i h times the
     * discrete equation over the cells gives the scheme for the wrapped first moment with the
     * right-hand side sum_f F_f dx_f over the faces, where the wrap face counts dx = -(L - h);
     * the unwrapped moment counts it as +h. Their difference w obeys the same Caputo scheme
     * with the right-hand side L F_wrap, F_wrap = h (L[0][M-1] P_{M-1} - L[M-1][0] P_0) the
     * net rate from cell M-1 into cell 0, evaluated at theta P^n + (1 - theta) P^{n-1}.
     */
    private static final class Winding {

        private final CaputoScheme scheme;
        private final double intoFirst;
        private final double outOfFirst;
        private final double width;
        private final double length;
        private final double[] value = new double[1];
        private final double[] history = new double[1];

        Winding(FokkerPlanckOperator1D operator, CaputoScheme scheme, Grid1D grid) {
            int last = operator.size() - 1;
            this.scheme = scheme;
            this.intoFirst = operator.lower()[0];
            this.outOfFirst = operator.upper()[last];
            this.width = grid.width();
            this.length = grid.length();
            scheme.start(value);
        }

        void advance(int n, double[] previous, double[] next) {
            int last = next.length - 1;
            double theta = scheme.theta(n);
            double fromLast = theta * next[last] + (1 - theta) * previous[last];
            double fromFirst = theta * next[0] + (1 - theta) * previous[0];
            double flux = width * (intoFirst * fromLast - outOfFirst * fromFirst);

            scheme.history(n, history);
            value[0] += (length * flux - history[0]) / scheme.newestWeight(n);
            scheme.accept(n, value);
        }

        double value() {
            return value[0];
        }
    }

    /** The per-solve workspace: matrix bands, right-hand side, history and linear solver. */
    private static final class Stepper {

        private final FokkerPlanckOperator1D operator;
        private final Source source;
        private final double[] centres;
        private final double[] lower;
        private final double[] diagonal;
        private final double[] upper;
        private final double[] rhs;
        private final double[] history;
        private final double[] explicitPart;
        private final TridiagonalSolver band;
        private final CyclicTridiagonalSolver cyclic;
        private double factoredWeight = Double.NaN;
        private double factoredTheta = Double.NaN;

        Stepper(FokkerPlanckOperator1D operator, Source source, Grid1D grid) {
            int cells = operator.size();
            this.operator = operator;
            this.source = source;
            this.centres = grid.centres();
            this.lower = new double[cells];
            this.diagonal = new double[cells];
            this.upper = new double[cells];
            this.rhs = new double[cells];
            this.history = new double[cells];
            this.explicitPart = new double[cells];
            this.band = operator.isCyclic() ? null : new TridiagonalSolver(cells);
            this.cyclic = operator.isCyclic() ? new CyclicTridiagonalSolver(cells) : null;
        }

        void advance(CaputoScheme scheme, int n, double[] previous, double[] out) {
            TimeMesh mesh = scheme.mesh();
            double weight = scheme.newestWeight(n);
            double theta = scheme.theta(n);
            try {
                factorIfChanged(weight, theta);
            } catch (SingularSystemException e) {
                throw new SolveFailedException(n, mesh.time(n), mesh.step(n),
                    "the implicit matrix has a zero pivot at row " + e.row(),
                    "check that the potential is finite and D, gamma > 0 on the domain", e);
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
            if (source != null) {
                double at = scheme.evaluationTime(n);
                for (int i = 0; i < rhs.length; i++) {
                    rhs[i] += source.value(centres[i], at);
                }
            }

            if (band != null) {
                band.solve(rhs, out);
            } else {
                cyclic.solve(rhs, out);
            }
            for (int i = 0; i < out.length; i++) {
                if (!Double.isFinite(out[i])) {
                    throw new SolveFailedException(n, mesh.time(n), mesh.step(n),
                        "the density became " + out[i] + " in cell " + i,
                        "check the source and the potential for non-finite values, or "
                            + "use smaller steps (time.steps) or a finer grid", null);
                }
            }
        }

        private void factorIfChanged(double weight, double theta) {
            if (weight == factoredWeight && theta == factoredTheta) {
                return;
            }
            operator.implicitMatrix(weight, theta, lower, diagonal, upper);
            if (band != null) {
                band.factor(lower, diagonal, upper);
            } else {
                cyclic.factor(lower, diagonal, upper);
            }
            factoredWeight = weight;
            factoredTheta = theta;
        }
    }
}
