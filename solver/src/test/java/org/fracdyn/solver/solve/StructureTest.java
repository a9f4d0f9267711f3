package org.fracdyn.solver.solve;

import static org.fracdyn.solver.solve.Problems.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.mesh.Grid1D;
import org.fracdyn.solver.mesh.TimeMesh;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.potential.DoubleWell;
import org.fracdyn.solver.potential.Free;
import org.fracdyn.solver.potential.Harmonic;
import org.fracdyn.solver.potential.Linear;
import org.fracdyn.solver.potential.Periodic;
import org.fracdyn.solver.potential.Potential;
import org.fracdyn.solver.problem.FokkerPlanckProblem;
import org.fracdyn.solver.problem.InitialDensity;
import org.junit.jupiter.api.Test;

/**
 * The structural properties of the scheme: mass conservation, absorption, stationarity of the
 * Boltzmann density, positivity and the free-energy decrease at alpha = 1.
 */
class StructureTest {

    private final FokkerPlanckSolver solver = new FokkerPlanckSolver();

    @Test
    void reflectingAndPeriodicConserveMass() {
        FokkerPlanckProblem reflecting = problem(0.7, new Harmonic(2, 0.5),
            new Grid1D(-3, 3, 200), Boundary.REFLECTING, new InitialDensity.Gaussian(-1, 0.1),
            TimeMesh.graded(2, 200, 2)).build();
        FokkerPlanckProblem periodic = problem(0.7, new Periodic(1.0, 1.0, 2.0),
            new Grid1D(0, 2, 200), Boundary.PERIODIC, new InitialDensity.Delta(0.3),
            TimeMesh.uniform(2, 200)).build();

        for (FokkerPlanckProblem problem : List.of(reflecting, periodic)) {
            for (Moments row : solver.solve(problem, OutputRequest.of(1)).moments()) {
                // Column sums of L vanish, so the mass changes only by round-off in the sums
                // and solves: about M eps = 200 * 1.1e-16 per step at most.
                assertEquals(1.0, row.mass(), 1e-12,
                    problem.boundary().label() + " mass at t = " + row.time());
            }
        }
    }

    @Test
    void absorbingSurvivalMatchesTheSineSeriesAtAlphaOne() {
        double end = 0.1;
        FokkerPlanckProblem problem = problem(1.0, new Free(), new Grid1D(0, 1, 200),
            Boundary.ABSORBING, new InitialDensity.Uniform(), TimeMesh.uniform(end, 1000))
            .build();

        double mass = solver.solve(problem, OutputRequest.of(0)).finalMoments().mass();

        // Uniform start on [0, 1], P = 0 at both ends, D = 1: S(t) = sum over odd n of
        // 8 / (n pi)^2 exp(-(n pi)^2 t) (separation of variables; Carslaw and Jaeger, 1959).
        double survival = 0;
        for (int n = 1; n < 200; n += 2) {
            double rate = n * n * Math.PI * Math.PI;
            survival += 8 / rate * Math.exp(-rate * end);
        }
        // Backward Euler on the slowest mode: relative error ~ t lambda^2 tau / 2 = 4.9e-4;
        // space O(h^2). Tolerance 2e-3 relative.
        assertEquals(survival, mass, 2e-3 * survival);
    }

    @Test
    void absorbingLosesMassMonotonically() {
        FokkerPlanckProblem problem = problem(0.6, new Harmonic(1, 1.5), new Grid1D(-2, 2, 100),
            Boundary.ABSORBING, new InitialDensity.Gaussian(0, 0.3), TimeMesh.graded(3, 300, 2))
            .build();

        List<Moments> rows = solver.solve(problem, OutputRequest.of(1)).moments();

        for (int j = 1; j < rows.size(); j++) {
            assertTrue(rows.get(j).mass() < rows.get(j - 1).mass(),
                "mass must decrease: " + rows.get(j - 1) + " then " + rows.get(j));
        }
        assertTrue(rows.get(rows.size() - 1).mass() < 0.9, "a sizeable part must be absorbed");
    }

    @Test
    void boltzmannDensityIsStationaryInADoubleWellAndAPeriodicPotential() {
        FokkerPlanckProblem doubleWell = problem(0.7, new DoubleWell(1, 2),
            new Grid1D(-2.5, 2.5, 200), Boundary.REFLECTING, new InitialDensity.Boltzmann(),
            TimeMesh.graded(10, 100, 2)).diffusion(0.5).build();
        FokkerPlanckProblem washboard = problem(0.4, new Periodic(1, 1), new Grid1D(0, 2, 200),
            Boundary.PERIODIC, new InitialDensity.Boltzmann(), TimeMesh.uniform(10, 100))
            .diffusion(0.5).build();

        for (FokkerPlanckProblem problem : List.of(doubleWell, washboard)) {
            Solution solution = solver.solve(problem, OutputRequest.of(0, 0.0));
            double[] start = solution.profiles().get(0).density();
            double[] last = solution.finalProfile().density();
            double largest = 0;
            double change = 0;
            for (int i = 0; i < start.length; i++) {
                largest = Math.max(largest, start[i]);
                change = Math.max(change, Math.abs(last[i] - start[i]));
            }
            // exp(-V_i/kT) is an exact null vector of the fitted flux; what remains is the
            // round-off of 100 steps of O(1)-conditioned M-matrix solves.
            assertTrue(change <= 1e-12 * largest,
                problem.potential().label() + ": max change " + change + " of " + largest);
        }
    }

    @Test
    void densityStaysNonNegativeUnderStrongDrift() {
        // Peclet number |V'| h / kT up to 9 here: central differences would have negative
        // off-diagonal entries and oscillate; the fitted flux keeps an M-matrix.
        Potential steep = new Harmonic(50, 0);
        FokkerPlanckProblem problem = problem(0.4, steep, new Grid1D(-1, 1, 100),
            Boundary.REFLECTING, new InitialDensity.Delta(0.9), TimeMesh.uniform(1, 50))
            .diffusion(0.1).build();

        Solution solution = solver.solve(problem,
            OutputRequest.of(0, 0.02, 0.04, 0.1, 0.2, 0.5, 1.0));

        for (Profile profile : solution.profiles()) {
            for (double value : profile.density()) {
                assertTrue(value >= 0, "negative density at t = " + profile.time());
            }
        }
    }

    @Test
    void freeEnergyDecreasesAtAlphaOne() {
        FokkerPlanckProblem problem = problem(1.0, new DoubleWell(1, 2),
            new Grid1D(-2.5, 2.5, 100), Boundary.REFLECTING,
            new InitialDensity.Gaussian(1.5, 0.1), TimeMesh.uniform(5, 250))
            .diffusion(0.5).build();

        List<Moments> rows = solver.solve(problem, OutputRequest.of(1)).moments();

        // For the ordinary Fokker-Planck equation the free energy is a Lyapunov function
        // (H-theorem); backward Euler with the Scharfetter-Gummel flux keeps this discretely.
        for (int j = 1; j < rows.size(); j++) {
            assertTrue(rows.get(j).freeEnergy() <= rows.get(j - 1).freeEnergy() + 1e-13,
                "free energy rose at t = " + rows.get(j).time());
        }
    }

    @Test
    void uniformDensityIsStationaryOnATiltedRing() {
        // A constant force on a ring is translation invariant: the uniform density carries a
        // steady current and does not change. This fails unless the wrap-around face sees
        // the same potential step -F h as every other face.
        FokkerPlanckProblem problem = problem(0.6, new Linear(3.0), new Grid1D(0, 2, 50),
            Boundary.PERIODIC, new InitialDensity.Uniform(), TimeMesh.uniform(1, 20)).build();

        double[] last = solver.solve(problem, OutputRequest.of(0)).finalProfile().density();

        for (double value : last) {
            assertEquals(0.5, value, 1e-13);
        }
    }
}
