package org.fracdyn.solver.solve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.problem.InitialDensity;
import org.fracdyn.solver.problem.InitialDensityND;
import org.fracdyn.solver.scheme.HistoryKind;
import org.junit.jupiter.api.Test;

/** The memory guard: the history size it reports, and that both solvers refuse in time. */
class MemoryEstimateTest {

    private static final long GIB = 1L << 30;

    @Test
    void directHistoryIsEightBytesPerStepAndCell() {
        MemoryEstimate estimate = MemoryEstimate.of(2, 800_000, 2000, 0.5, HistoryKind.DIRECT,
            1, true);

        // 8 N M = 8 * 2000 * 800000 = 1.28e10 bytes = 11.92 GiB, plus 16 bytes per step of
        // array headers.
        assertEquals(8L * 2000 * 800_000 + 16 * 2000, estimate.historyBytes());
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
            () -> estimate.check(8 * GIB));
        String message = refusal.getMessage();
        assertTrue(message.startsWith("run needs about "), message);
        assertTrue(message.contains("(history 11.9 GiB for 2000 steps x 800000 cells"), message);
        assertTrue(message.contains("but the JVM may use 8.0 GiB: lower time.steps or "
            + "domain.cells, use time.history: fast, or raise the heap with "
            + "FRACDYN_JAVA_OPTS=-Xmx"), message);
    }

    @Test
    void alphaOneKeepsNoHistoryAndTheFastHistoryIsBounded() {
        assertEquals(0, MemoryEstimate.of(2, 1000, 500, 1.0, HistoryKind.DIRECT, 1, true)
            .historyBytes());
        assertEquals(8L * 1000 * MemoryEstimate.FAST_EXPONENTIALS_BOUND,
            MemoryEstimate.of(2, 1000, 500, 0.5, HistoryKind.FAST, 1, true).historyBytes());
    }

    @Test
    void aDirectHistoryAboveHalfTheHeapIsRefusedLikeTheL1Scheme() {
        // 8 * 1000 * 65536 bytes = 0.49 GiB of history in a 0.75 GiB heap: the total fits,
        // but L1DirectScheme allows the history only half of the heap, so the guard refuses.
        MemoryEstimate estimate = MemoryEstimate.of(2, 65_536, 1000, 0.5, HistoryKind.DIRECT,
            1, true);
        assertTrue(estimate.totalBytes() < 3 * GIB / 4);
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
            () -> estimate.check(3 * GIB / 4));
        assertTrue(refusal.getMessage().contains("the direct history may take at most half"),
            refusal.getMessage());
        assertDoesNotThrow(() -> estimate.check(2 * GIB));
    }

    @Test
    void theTwoDimensionalSolverRefusesBeforeAllocating() {
        // 1000 x 1000 cells for 2000 steps: 8 * 2000 * 1e6 bytes = 14.9 GiB of history, more
        // than any test JVM may use; refused before the first density array exists.
        GridND grid = GridND.of(new double[] {0, 0}, new double[] {1, 1},
            new int[] {1000, 1000}, Boundary.REFLECTING);
        FokkerPlanckProblemND problem = FokkerPlanckProblemND.builder().alpha(0.5).grid(grid)
            .initialDensity(new InitialDensityND.Uniform()).timeMesh(TimeMesh.uniform(1, 2000))
            .build();

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
            () -> new FokkerPlanckSolverND().solve(problem, OutputRequest.of(0)));

        assertTrue(refusal.getMessage().contains("(history 14.9 GiB for 2000 steps x 1000000 "
            + "cells"), refusal.getMessage());
    }

    @Test
    void theOneDimensionalSolverRefusesWithTheSameMessage() {
        FokkerPlanckProblem problem = FokkerPlanckProblem.builder().alpha(0.5)
            .grid(new Grid1D(0, 1, 200_000)).initialDensity(new InitialDensity.Uniform())
            .timeMesh(TimeMesh.uniform(1, 10_000)).build();

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
            () -> new FokkerPlanckSolver().solve(problem, OutputRequest.of(0)));

        // 8 * 10000 * 200000 bytes = 14.9 GiB.
        assertTrue(refusal.getMessage().contains("(history 14.9 GiB for 10000 steps x 200000 "
            + "cells"), refusal.getMessage());
    }
}
