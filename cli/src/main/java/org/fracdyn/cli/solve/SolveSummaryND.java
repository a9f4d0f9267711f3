package org.fracdyn.cli.solve;

import java.util.List;
import java.util.Optional;

import org.fracdyn.io.JsonDocuments;
import org.fracdyn.io.problem.DomainSpecND;
import org.fracdyn.io.problem.ProblemSpecND;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.problem.FokkerPlanckProblemND;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.solve.MemoryEstimate;
import org.fracdyn.solver.solve.ProfileND;
import org.fracdyn.solver.solve.SolutionND;
import org.hipparchus.special.Gamma;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code summary.json} of a two- or three-dimensional solve, in the shape of the
 * one-dimensional {@link SolveSummary}: per-axis arrays where 1D has a number
 * ({@code cells}, {@code cell_width}), {@code mean_x, mean_y[, mean_z]} in {@code final},
 * a heat-map {@code image} per profile, the {@code linear_solve} used and the
 * {@code memory} estimate; without a potential or absorbing wall, {@code exact_msd}: the
 * free-space law 2 d D t^alpha / Gamma(1 + alpha) at t = end and the solver's error; in a
 * harmonic well, {@code exact_mean}: the law per axis of {@link ExactMeansND}. Its keys
 * are documented in docs/solve.md.
 */
public final class SolveSummaryND {

    /** The free-space MSD law in words. */
    public static final String MSD_FORMULA = "2 d D t^alpha / Gamma(1 + alpha)";

    private SolveSummaryND() {
    }

    /**
     * @param version the fracdyn version
     * @param spec the problem as read
     * @param solution the solution
     * @param schemes the scheme registry, for the description
     * @param memory the memory estimate the run was checked against
     * @param wallSeconds the solve's wall time in seconds
     * @param files the other files of the run folder
     * @return the JSON document
     */
    public static ObjectNode of(String version, ProblemSpecND spec, SolutionND solution,
                                SolveSchemes schemes, MemoryEstimate memory, double wallSeconds,
                                List<String> files) {
        FokkerPlanckProblemND problem = solution.problem();
        GridND grid = solution.grid();
        ObjectNode root = JsonDocuments.newObject();
        root.put("fracdyn_version", version);
        root.put("command", "solve");
        root.put("problem_file", spec.source() == null ? null
            : spec.source().toAbsolutePath().normalize().toString());
        root.set("problem", spec.toJson());
        root.put("seed", spec.seed());
        root.put("dims", grid.dimension());

        ObjectNode scheme = root.putObject("scheme");
        scheme.put("scheme", problem.scheme().label());
        scheme.put("history", problem.history().label());
        scheme.put("description", schemes.describe(problem.scheme(), problem.history()));
        if (problem.history() == HistoryKind.FAST) {
            scheme.put("fast_history_tolerance", SolveSchemes.FAST_TOLERANCE);
        }
        scheme.put("steps", problem.timeMesh().steps());
        scheme.put("grading", problem.timeMesh().grading());
        ArrayNode cells = scheme.putArray("cells");
        ArrayNode widths = scheme.putArray("cell_width");
        for (int a = 0; a < grid.dimension(); a++) {
            cells.add(grid.axis(a).cells());
            widths.add(grid.axis(a).width());
        }
        scheme.put("linear_solve", solution.linearSolve());

        ObjectNode estimate = root.putObject("memory");
        estimate.put("estimated_bytes", memory.totalBytes());
        estimate.put("history_bytes", memory.historyBytes());
        estimate.put("linear_solve_bytes", memory.solverBytes());
        estimate.put("jvm_max_bytes", Runtime.getRuntime().maxMemory());

        MomentsND last = solution.finalMoments();
        root.set("final", observables(last));
        if (SolutionChartsND.isFreeSpace(problem)) {
            double exact = freeSpaceMsd(problem, last.time());
            ObjectNode law = root.putObject("exact_msd");
            law.put("formula", MSD_FORMULA);
            law.put("t", last.time());
            law.put("msd", exact);
            law.put("error", last.msd() - exact);
            law.put("relative_error", (last.msd() - exact) / exact);
        }

        Optional<ExactMeansND> means = ExactMeansND.of(problem, solution.initialMoments());
        if (means.isPresent()) {
            ObjectNode law = root.putObject("exact_mean");
            law.put("formula", ExactMeansND.FORMULA);
            law.put("t", last.time());
            for (int a = 0; a < grid.dimension(); a++) {
                String axis = DomainSpecND.AXIS_NAMES.get(a);
                double exact = means.get().mean(a, last.time());
                law.put("mean_" + axis, exact);
                law.put("error_" + axis, last.mean(a) - exact);
            }
        }

        ArrayNode profiles = root.putArray("profiles");
        for (ProfileND profile : solution.profiles()) {
            ObjectNode entry = profiles.addObject();
            entry.put("requested_time", profile.requestedTime());
            entry.put("time", profile.time());
            entry.put("step", profile.step());
            entry.put("image", SolutionChartsND.heatMapFile(profile.requestedTime()));
        }

        root.put("wall_seconds", wallSeconds);
        ArrayNode listed = root.putArray("files");
        files.forEach(listed::add);
        listed.add(SolveSummary.FILE);
        return root;
    }

    /**
     * @param problem a problem without potential
     * @param t a time
     * @return 2 d D t^alpha / Gamma(1 + alpha)
     */
    public static double freeSpaceMsd(FokkerPlanckProblemND problem, double t) {
        return 2 * problem.dimension() * problem.diffusion() * Math.pow(t, problem.alpha())
            / Gamma.gamma(1 + problem.alpha());
    }

    private static ObjectNode observables(MomentsND moments) {
        ObjectNode node = JsonDocuments.newObject();
        node.put("t", moments.time());
        node.put("step", moments.step());
        node.put("mass", moments.mass());
        for (int a = 0; a < moments.dimension(); a++) {
            node.put("mean_" + DomainSpecND.AXIS_NAMES.get(a), moments.mean(a));
        }
        node.put("variance", moments.variance());
        node.put("msd", moments.msd());
        node.put("entropy", moments.entropy());
        node.put("free_energy", moments.freeEnergy());
        return node;
    }
}
