package org.fracdyn.solver.operator;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.problem.Checks;

/**
 * The finite-volume Fokker-Planck operator
 * <pre>
 *   (L P)_i = -(J_{i+1/2} - J_{i-1/2}) / h,    J = -( D dP/dx + (1/gamma) P dV/dx ),
 * </pre>
 * on a uniform grid, with the exponentially fitted (Scharfetter-Gummel) flux between
 * neighbouring cells
 * <pre>
 *   J_{i+1/2} = (D / h) [ B(d) P_i - B(-d) P_{i+1} ],   d = (V_{i+1} - V_i) / kT,
 *   B(z) = z / (e^z - 1),
 * </pre>
 * with V_i = V(x_i) at the cell centres and kT = gamma D. Since B(-d) = e^d B(d), the flux
 * vanishes on P_i proportional to exp(-V_i / kT): the discrete Boltzmann density is in the
 * kernel of L to round-off, for any grid size and any potential. The off-diagonal entries of
 * L are positive and its column sums are zero (reflecting, periodic) or negative (absorbing),
 * so w I - theta L is an M-matrix for every w &gt; 0, theta &gt; 0: the implicit schemes
 * preserve positivity and, without absorption, mass. The scheme is second order in h
 * (D. L. Scharfetter and H. K. Gummel, IEEE Trans. Electron Devices 16 (1969) 64-77,
 * doi 10.1109/T-ED.1969.16566; for Fokker-Planck equations see e.g. J. S. Chang and
 * G. Cooper, J. Comput. Phys. 6 (1970) 1-16, doi 10.1016/0021-9991(70)90001-X).
 *
 * <p>Boundaries: reflecting sets the wall fluxes to zero; absorbing imposes P = 0 on the wall,
 * with the same fitted flux over the half cell between the outer centre and the wall (V taken
 * at the wall); periodic joins cell M-1 to cell 0, with the potential step across the join
 * V(x_0) - F L_domain - V(x_{M-1}) for a potential of tilt F (see {@link Potential#tilt()}).
 *
 * <p>Immutable after construction.
 */
public final class FokkerPlanckOperator1D {

    /** Below this |z| the Taylor series of B is used; its first omitted term is z^4/720. */
    private static final double SERIES_LIMIT = 1e-4;

    private final Grid1D grid;
    private final Boundary boundary;
    private final double[] potentialAtCentres;
    private final double[] lower;
    private final double[] diagonal;
    private final double[] upper;

    /**
     * Assembles the operator.
     *
     * @param grid the grid
     * @param potential the potential V, evaluated at the centres (and walls if absorbing)
     * @param diffusion D &gt; 0
     * @param friction gamma &gt; 0
     * @param boundary the boundary condition
     * @throws IllegalArgumentException if D or gamma is out of range, or V is not finite at a
     *     point where it is needed
     */
    public FokkerPlanckOperator1D(Grid1D grid, Potential potential, double diffusion,
                                  double friction, Boundary boundary) {
        Checks.positive("diffusion", diffusion);
        Checks.positive("friction", friction);
        this.grid = grid;
        this.boundary = boundary;

        int cells = grid.cells();
        double temperature = diffusion * friction;
        double h = grid.width();
        double rate = diffusion / (h * h);

        potentialAtCentres = new double[cells];
        for (int i = 0; i < cells; i++) {
            potentialAtCentres[i] = finitePotential(potential, grid.centre(i));
        }

        lower = new double[cells];
        diagonal = new double[cells];
        upper = new double[cells];

        for (int i = 0; i + 1 < cells; i++) {
            double step = (potentialAtCentres[i + 1] - potentialAtCentres[i]) / temperature;
            addFace(i, i + 1, step, rate);
        }

        switch (boundary) {
            case REFLECTING -> {
            }
            case ABSORBING -> {
                double leftWall = finitePotential(potential, grid.min());
                double rightWall = finitePotential(potential, grid.max());
                diagonal[0] -= 2 * rate
                    * bernoulli((leftWall - potentialAtCentres[0]) / temperature);
                diagonal[cells - 1] -= 2 * rate
                    * bernoulli((rightWall - potentialAtCentres[cells - 1]) / temperature);
            }
            case PERIODIC -> {
                double unrolled = potentialAtCentres[0] - potential.tilt() * grid.length();
                double step = (unrolled - potentialAtCentres[cells - 1]) / temperature;
                addFace(cells - 1, 0, step, rate);
            }
            default -> throw new IllegalStateException("unknown boundary " + boundary);
        }
    }

    private void addFace(int left, int right, double step, double rate) {
        double forward = rate * bernoulli(step);
        double backward = rate * bernoulli(-step);
        diagonal[left] -= forward;
        diagonal[right] -= backward;
        if (right == left + 1) {
            upper[left] = backward;
            lower[right] = forward;
        } else {
            upper[left] += backward;
            lower[right] += forward;
        }
    }

    private static double finitePotential(Potential potential, double x) {
        double value = potential.value(x);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("potential " + potential.description()
                + " at x = " + x + " is " + value + ": expected a finite value on the domain");
        }
        return value;
    }

    /**
     * The Bernoulli function B(z) = z / (e^z - 1), with B(0) = 1, accurate to a few ulps for
     * every z: Taylor series near 0, z / expm1(z) elsewhere (0 for large z, -z for large -z).
     *
     * @param z the argument
     * @return B(z) &gt; 0
     */
    public static double bernoulli(double z) {
        if (Math.abs(z) < SERIES_LIMIT) {
            return 1.0 - z * (0.5 - z / 12.0);
        }
        return z / Math.expm1(z);
    }

    /** @return the grid */
    public Grid1D grid() {
        return grid;
    }

    /** @return the boundary condition */
    public Boundary boundary() {
        return boundary;
    }

    /** @return the number of cells M */
    public int size() {
        return diagonal.length;
    }

    /** @return a copy of V at the cell centres */
    public double[] potentialAtCentres() {
        return potentialAtCentres.clone();
    }

    /**
     * @return a copy of the sub-diagonal, {@code lower[i]} = L[i][i-1]; for a periodic
     *     boundary {@code lower[0]} = L[0][M-1], else 0
     */
    public double[] lower() {
        return lower.clone();
    }

    /** @return a copy of the diagonal L[i][i] */
    public double[] diagonal() {
        return diagonal.clone();
    }

    /**
     * @return a copy of the super-diagonal, {@code upper[i]} = L[i][i+1]; for a periodic
     *     boundary {@code upper[M-1]} = L[M-1][0], else 0
     */
    public double[] upper() {
        return upper.clone();
    }

    /** @return true when the matrix has the periodic corner entries */
    public boolean isCyclic() {
        return boundary == Boundary.PERIODIC;
    }

    /**
     * Computes out = L u.
     *
     * @param u the cell values, length M
     * @param out the destination, length M, not the same array as u
     */
    public void apply(double[] u, double[] out) {
        int last = diagonal.length - 1;
        for (int i = 0; i <= last; i++) {
            double sum = diagonal[i] * u[i];
            if (i > 0) {
                sum += lower[i] * u[i - 1];
            }
            if (i < last) {
                sum += upper[i] * u[i + 1];
            }
            out[i] = sum;
        }
        if (isCyclic()) {
            out[0] += lower[0] * u[last];
            out[last] += upper[last] * u[0];
        }
    }

    /**
     * Writes the bands of the implicit matrix A = w I - theta L, an M-matrix.
     *
     * @param weight w &gt; 0
     * @param theta theta in (0, 1]
     * @param lowerOut destination of A's sub-diagonal (and corner), length M
     * @param diagonalOut destination of A's diagonal, length M
     * @param upperOut destination of A's super-diagonal (and corner), length M
     */
    public void implicitMatrix(double weight, double theta, double[] lowerOut,
                               double[] diagonalOut, double[] upperOut) {
        for (int i = 0; i < diagonal.length; i++) {
            lowerOut[i] = -theta * lower[i];
            diagonalOut[i] = weight - theta * diagonal[i];
            upperOut[i] = -theta * upper[i];
        }
    }
}
