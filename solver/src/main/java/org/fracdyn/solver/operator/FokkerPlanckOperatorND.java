package org.fracdyn.solver.operator;

import java.util.Arrays;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.potential.FieldPotential;
import org.fracdyn.solver.problem.Checks;

/**
 * The finite-volume Fokker-Planck operator on a d-dimensional uniform grid,
 * <pre>
 *   (L P)_k = -sum_a (J_{a, k+1/2} - J_{a, k-1/2}) / h_a,    J = -( D grad P + P grad V / gamma ),
 * </pre>
 * with the exponentially fitted (Scharfetter-Gummel) flux of {@link FokkerPlanckOperator1D}
 * across every face: between cells k and k' = k + stride_a,
 * <pre>
 *   J = (D / h_a) [ B(d) P_k - B(-d) P_k' ],   d = (V_k' - V_k) / kT,   B(z) = z / (e^z - 1).
 * </pre>
 * So the discrete Boltzmann density exp(-V_k/kT) is in the kernel of L to round-off, the
 * off-diagonal entries are positive and the column sums vanish (reflecting, periodic axes) or
 * are negative (absorbing walls): A = w I - theta L is an M-matrix. Boundaries per axis are
 * those of the one-dimensional operator: zero wall flux; P = 0 at the wall with the fitted
 * flux over the half cell (V at the centre of the wall face); or a wrap-around face with the
 * potential step V_first - F_a L_a - V_last for a tilt F_a (see {@link FieldPotential#tilt}).
 *
 * <p>Symmetrisation. Without tilted periodic axes the fluxes satisfy detailed balance,
 * L_{kk'} pi_k' = L_{k'k} pi_k with pi = exp(-V/kT), so S = diag(s) L diag(s)^-1 with
 * s_k = exp(V_k / 2kT) is symmetric; its off-diagonal entries are computed directly,
 * without exponentials of V, as (D / h_a^2) (d/2) / sinh(d/2). Then w I - theta S is
 * symmetric positive definite and the implicit step can use a sparse Cholesky factorisation.
 *
 * <p>Immutable after construction.
 */
public final class FokkerPlanckOperatorND {

    /** Below this |x| the series of x / sinh(x) is used; its first omitted term is 7x^4/360. */
    private static final double SERIES_LIMIT = 1e-4;

    /**
     * The largest spread max V - min V, in units of kT, for which the symmetrising scale
     * exp(+-(V - V_mid) / 2kT) stays far inside double range (e^300 ~ 1e130).
     */
    public static final double SYMMETRISABLE_SPREAD = 1200;

    private final GridND grid;
    private final double temperature;
    private final double[] potentialAtCentres;
    private final double[] diagonal;
    private final int[] faceFrom;
    private final int[] faceTo;
    private final double[] forward;
    private final double[] backward;
    private final double[] symmetric;
    private boolean detailedBalance = true;
    private int faces;

    /**
     * Assembles the operator.
     *
     * @param grid the grid with its boundary conditions
     * @param potential V, of the grid's dimension, finite where it is evaluated
     * @param diffusion D &gt; 0
     * @param friction gamma &gt; 0
     * @throws IllegalArgumentException if a parameter is out of range or V is not finite at
     *     a point where it is needed
     */
    public FokkerPlanckOperatorND(GridND grid, FieldPotential potential, double diffusion,
                                  double friction) {
        Checks.positive("diffusion", diffusion);
        Checks.positive("friction", friction);
        if (potential.dimension() != grid.dimension()) {
            throw Checks.refuse("potential", potential.description(),
                "a potential in " + grid.dimension() + " dimensions");
        }
        this.grid = grid;
        this.temperature = diffusion * friction;

        int size = grid.size();
        int dimension = grid.dimension();
        double[] point = new double[dimension];
        potentialAtCentres = new double[size];
        for (int cell = 0; cell < size; cell++) {
            grid.centre(cell, point);
            potentialAtCentres[cell] = finitePotential(potential, point);
        }

        int faceCount = 0;
        for (int a = 0; a < dimension; a++) {
            int cells = grid.axis(a).cells();
            faceCount += grid.boundary(a) == Boundary.PERIODIC ? size : size / cells * (cells - 1);
        }
        diagonal = new double[size];
        faceFrom = new int[faceCount];
        faceTo = new int[faceCount];
        forward = new double[faceCount];
        backward = new double[faceCount];
        symmetric = new double[faceCount];

        for (int a = 0; a < dimension; a++) {
            addAxis(a, potential, diffusion, point);
        }
    }

    private void addAxis(int a, FieldPotential potential, double diffusion, double[] point) {
        int cells = grid.axis(a).cells();
        int stride = grid.stride(a);
        double h = grid.axis(a).width();
        double rate = diffusion / (h * h);
        Boundary boundary = grid.boundary(a);
        double unrollShift = -potential.tilt(a) * grid.axis(a).length();
        if (boundary == Boundary.PERIODIC && unrollShift != 0) {
            detailedBalance = false;
        }

        for (int cell = 0; cell < grid.size(); cell++) {
            int along = grid.indexAlong(cell, a);
            if (along + 1 < cells) {
                int next = cell + stride;
                addFace(cell, next,
                    (potentialAtCentres[next] - potentialAtCentres[cell]) / temperature, rate);
            } else if (boundary == Boundary.PERIODIC) {
                int first = cell - (cells - 1) * stride;
                double unrolled = potentialAtCentres[first] + unrollShift;
                addFace(cell, first, (unrolled - potentialAtCentres[cell]) / temperature, rate);
            }
            if (boundary == Boundary.ABSORBING && (along == 0 || along == cells - 1)) {
                grid.centre(cell, point);
                double lossTo = 0;
                if (along == 0) {
                    point[a] = grid.axis(a).min();
                    lossTo += wallRate(potential, point, cell, rate);
                }
                if (along == cells - 1) {
                    point[a] = grid.axis(a).max();
                    lossTo += wallRate(potential, point, cell, rate);
                }
                diagonal[cell] -= lossTo;
            }
        }
    }

    private double wallRate(FieldPotential potential, double[] wall, int cell, double rate) {
        double step = (finitePotential(potential, wall) - potentialAtCentres[cell]) / temperature;
        return 2 * rate * FokkerPlanckOperator1D.bernoulli(step);
    }

    private void addFace(int from, int to, double step, double rate) {
        int f = faces++;
        faceFrom[f] = from;
        faceTo[f] = to;
        forward[f] = rate * FokkerPlanckOperator1D.bernoulli(step);
        backward[f] = rate * FokkerPlanckOperator1D.bernoulli(-step);
        symmetric[f] = rate * halfStepOverSinh(step);
        diagonal[from] -= forward[f];
        diagonal[to] -= backward[f];
    }

    /** (d/2) / sinh(d/2) = sqrt(B(d) B(-d)), without overflow for large |d|. */
    private static double halfStepOverSinh(double step) {
        double x = 0.5 * step;
        if (Math.abs(x) < SERIES_LIMIT) {
            return 1 - x * x / 6;
        }
        if (Math.abs(x) > 700) {
            return 2 * Math.abs(x) * Math.exp(-Math.abs(x));
        }
        return x / Math.sinh(x);
    }

    private static double finitePotential(FieldPotential potential, double[] point) {
        double value = potential.value(point);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("potential " + potential.description() + " at "
                + Arrays.toString(point) + " is " + value
                + ": expected a finite value on the domain");
        }
        return value;
    }

    /** @return the grid */
    public GridND grid() {
        return grid;
    }

    /** @return the number of cells M */
    public int size() {
        return diagonal.length;
    }

    /** @return the number of faces with a flux between two cells */
    public int faceCount() {
        return faces;
    }

    /** @return a copy of V at the cell centres, row-major */
    public double[] potentialAtCentres() {
        return potentialAtCentres.clone();
    }

    /** @return a copy of the diagonal L_kk */
    public double[] diagonal() {
        return diagonal.clone();
    }

    /**
     * @return true when L is similar to a symmetric matrix by the diagonal scaling of the
     *     class documentation with a representable scale: no tilted periodic axis, and
     *     max V - min V at most {@value #SYMMETRISABLE_SPREAD} kT
     */
    public boolean isSymmetrisable() {
        return detailedBalance && potentialSpread() <= SYMMETRISABLE_SPREAD;
    }

    private double potentialSpread() {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double v : potentialAtCentres) {
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
        }
        return (highest - lowest) / temperature;
    }

    /**
     * The scale s_k = exp((V_k - V_mid) / 2kT), V_mid the midpoint of the range of V, with
     * S = diag(s) L diag(s)^-1 symmetric.
     *
     * @return a new array of s_k
     * @throws IllegalStateException if the operator is not {@link #isSymmetrisable()}
     */
    public double[] symmetrisingScale() {
        if (!isSymmetrisable()) {
            throw new IllegalStateException("the operator is not symmetrisable");
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double v : potentialAtCentres) {
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
        }
        double middle = 0.5 * (lowest + highest);
        double[] scale = new double[potentialAtCentres.length];
        for (int k = 0; k < scale.length; k++) {
            scale[k] = Math.exp((potentialAtCentres[k] - middle) / (2 * temperature));
        }
        return scale;
    }

    /**
     * Computes out = L u.
     *
     * @param u the cell values, row-major, length M
     * @param out the destination, length M, not the same array as u
     */
    public void apply(double[] u, double[] out) {
        for (int k = 0; k < diagonal.length; k++) {
            out[k] = diagonal[k] * u[k];
        }
        for (int f = 0; f < faces; f++) {
            int from = faceFrom[f];
            int to = faceTo[f];
            out[from] += backward[f] * u[to];
            out[to] += forward[f] * u[from];
        }
    }

    /**
     * Computes out = S y for the symmetrised operator (meaningful only when
     * {@link #isSymmetrisable()}).
     *
     * @param y the scaled values s_k u_k, length M
     * @param out the destination, length M, not the same array as y
     */
    public void applySymmetrised(double[] y, double[] out) {
        for (int k = 0; k < diagonal.length; k++) {
            out[k] = diagonal[k] * y[k];
        }
        for (int f = 0; f < faces; f++) {
            int from = faceFrom[f];
            int to = faceTo[f];
            out[from] += symmetric[f] * y[to];
            out[to] += symmetric[f] * y[from];
        }
    }

    /**
     * Assembles the implicit matrix A = w I - theta L with rows and columns renumbered:
     * entry (rank[k], rank[k']) holds A_{kk'}.
     *
     * @param weight w &gt; 0
     * @param theta theta in (0, 1]
     * @param rank the new index of each cell, a permutation of 0 ... M-1 (null: identity)
     * @return A, a new M x M matrix with sorted row indices, 1 + 2 d entries per column
     */
    public DMatrixSparseCSC implicitMatrix(double weight, double theta, int[] rank) {
        return assemble(weight, theta, rank, backward, forward);
    }

    /**
     * Assembles w I - theta S, S the symmetrised operator, renumbered by rank; symmetric
     * positive definite for w &gt; 0 when {@link #isSymmetrisable()}.
     *
     * @param weight w &gt; 0
     * @param theta theta in (0, 1]
     * @param rank the new index of each cell (null: identity)
     * @return the matrix, new, with sorted row indices
     */
    public DMatrixSparseCSC symmetrisedImplicitMatrix(double weight, double theta, int[] rank) {
        return assemble(weight, theta, rank, symmetric, symmetric);
    }

    private DMatrixSparseCSC assemble(double weight, double theta, int[] rank,
                                      double[] upperEntries, double[] lowerEntries) {
        int size = diagonal.length;
        DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(size, size, size + 2 * faces);
        for (int k = 0; k < size; k++) {
            int row = rank == null ? k : rank[k];
            triplet.addItem(row, row, weight - theta * diagonal[k]);
        }
        for (int f = 0; f < faces; f++) {
            int from = rank == null ? faceFrom[f] : rank[faceFrom[f]];
            int to = rank == null ? faceTo[f] : rank[faceTo[f]];
            triplet.addItem(from, to, -theta * upperEntries[f]);
            triplet.addItem(to, from, -theta * lowerEntries[f]);
        }
        DMatrixSparseCSC matrix = DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
        matrix.sortIndices(null);
        return matrix;
    }
}
