package org.fracdyn.solver.bench;

import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.decomposition.chol.CholeskyUpLooking_DSCC;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.linalg.ConjugateGradient;
import org.fracdyn.solver.linalg.NestedDissection;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.operator.FokkerPlanckOperatorND;
import org.fracdyn.solver.potential.RadialHarmonic;
import org.fracdyn.solver.scheme.L1DirectScheme;

/**
 * Compares the ways to solve one implicit step (w I - L) P = r of the 2D/3D solver: sparse
 * Cholesky of the symmetrised matrix in row-major and in nested-dissection order (factor and
 * solve), sparse LU, and Jacobi-preconditioned conjugate gradients, on the 256^2 harmonic
 * problem of the benchmark and on 32^3. Run: {@code java -cp ... LinearSolveBenchmark}.
 * Prints wall times; not a test.
 */
public final class LinearSolveBenchmark {

    private LinearSolveBenchmark() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        run(GridND.of(new double[] {-5, -5}, new double[] {5, 5}, new int[] {256, 256},
            Boundary.REFLECTING));
        run(GridND.of(new double[] {-5, -5, -5}, new double[] {5, 5, 5},
            new int[] {32, 32, 32}, Boundary.REFLECTING));
    }

    private static void run(GridND grid) {
        int d = grid.dimension();
        double[] centre = new double[d];
        FokkerPlanckOperatorND operator = new FokkerPlanckOperatorND(grid,
            new RadialHarmonic(1.0, centre), 1.0, 1.0);
        int size = operator.size();
        double alpha = 0.5;
        TimeMesh uniform = TimeMesh.uniform(1.0, 1000);
        double weight = new L1DirectScheme(alpha, uniform, 1).newestWeight(1);
        System.out.printf(Locale.ROOT, "%s: %d cells, w = %.3g (alpha 0.5, tau 1e-3)%n",
            grid, size, weight);

        boolean[] periodic = new boolean[d];
        int[] natural = null;
        int[] nested = NestedDissection.rank(grid.shape(), periodic);
        double[] rhs = new double[size];
        for (int k = 0; k < size; k++) {
            rhs[k] = Math.sin(0.37 * k) + 1.5;
        }
        for (int[] rank : new int[][] {nested, natural}) {
            if (rank == natural && d == 3) {
                continue;
            }
            String name = rank == null ? "Cholesky, row-major" : "Cholesky, nested dissection";
            DMatrixSparseCSC matrix = operator.symmetrisedImplicitMatrix(weight, 1.0, rank);
            LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> chol =
                LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
            long t0 = System.nanoTime();
            chol.setA(matrix);
            long t1 = System.nanoTime();
            chol.setStructureLocked(true);
            chol.setA(operator.symmetrisedImplicitMatrix(weight * 1.01, 1.0, rank));
            long t2 = System.nanoTime();
            DMatrixRMaj b = DMatrixRMaj.wrap(size, 1, rhs.clone());
            DMatrixRMaj x = new DMatrixRMaj(size, 1);
            int repeats = 20;
            long t3 = System.nanoTime();
            for (int r = 0; r < repeats; r++) {
                chol.solve(b, x);
            }
            long t4 = System.nanoTime();
            int fill = ((CholeskyUpLooking_DSCC) chol.getDecomposition()).getL().nz_length;
            System.out.printf(Locale.ROOT, "  %-28s factor %.3f s, refactor (symbolic kept) "
                + "%.3f s, solve %.2f ms, nnz(L) = %d = %.2f M log2 M%s%n", name,
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9, (t4 - t3) * 1e-6 / repeats, fill,
                fill / (size * Math.log(size) / Math.log(2)),
                d == 3 ? String.format(Locale.ROOT, " = %.2f M^(4/3)",
                    fill / Math.pow(size, 4.0 / 3.0)) : "");
        }

        DMatrixSparseCSC unsymmetric = operator.implicitMatrix(weight, 1.0, nested);
        LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> lu =
            LinearSolverFactory_DSCC.lu(FillReducing.NONE);
        long t0 = System.nanoTime();
        lu.setA(unsymmetric);
        long t1 = System.nanoTime();
        DMatrixRMaj b = DMatrixRMaj.wrap(size, 1, rhs.clone());
        DMatrixRMaj x = new DMatrixRMaj(size, 1);
        long t2 = System.nanoTime();
        for (int r = 0; r < 20; r++) {
            lu.solve(b, x);
        }
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %-28s factor %.3f s, solve %.2f ms%n",
            "LU, nested dissection", (t1 - t0) * 1e-9, (t3 - t2) * 1e-6 / 20);

        double[] scale = operator.symmetrisingScale();
        double[] diagonalOfL = operator.diagonal();
        double[] diagonal = new double[size];
        for (int k = 0; k < size; k++) {
            diagonal[k] = weight - diagonalOfL[k];
        }
        double[] product = new double[size];
        ConjugateGradient.SymmetricOperator matrix = (in, out) -> {
            operator.applySymmetrised(in, product);
            for (int k = 0; k < size; k++) {
                out[k] = weight * in[k] - product[k];
            }
        };
        double[] solution = new double[size];
        double[] warm = new double[size];
        ConjugateGradient cg = new ConjugateGradient(size);
        for (double tolerance : new double[] {1e-8, 1e-13}) {
            long s0 = System.nanoTime();
            int cold = 0;
            for (int r = 0; r < 5; r++) {
                Arrays.fill(solution, 0);
                cold = cg.solve(matrix, diagonal, rhs, solution, tolerance, 100000);
            }
            long s1 = System.nanoTime();
            for (int k = 0; k < size; k++) {
                warm[k] = solution[k] * (1 + 1e-3 * Math.cos(0.1 * k));
            }
            int warmIterations = cg.solve(matrix, diagonal, rhs, warm, tolerance, 100000);
            System.out.printf(Locale.ROOT, "  CG (Jacobi), tol %.0e:       cold %d iterations "
                + "%.2f ms; warm start (1e-3 perturbed) %d iterations%n", tolerance, cold,
                (s1 - s0) * 1e-6 / 5, warmIterations);
        }
    }
}
