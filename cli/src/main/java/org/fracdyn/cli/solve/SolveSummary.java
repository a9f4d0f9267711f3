package org.fracdyn.cli.solve;

import java.util.List;

import org.fracdyn.io.JsonDocuments;
import org.fracdyn.io.problem.ProblemSpec;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.solve.Profile;
import org.fracdyn.solver.solve.Solution;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code summary.json} of a solve: what was run (version, the problem as understood,
 * seed, scheme and history), what came out (the observables at t = end, the profile times)
 * and how long it took. Its keys are documented in docs/solve.md.
 */
public final class SolveSummary {

    /** The summary's file name. */
    public static final String FILE = "summary.json";

    private SolveSummary() {
    }

    /**
     * @param version the fracdyn version
     * @param spec the problem as read
     * @param solution the solution
     * @param schemes what made the scheme (its description goes into {@code scheme})
     * @param wallSeconds the wall time of the solve, in seconds
     * @param exact the exact moments, or null when none are known
     * @param files the other files of the run folder
     * @return the JSON document
     */
    public static ObjectNode of(String version, ProblemSpec spec, Solution solution,
                                SolveSchemes schemes, double wallSeconds, ExactMoments exact,
                                List<String> files) {
        ObjectNode root = JsonDocuments.newObject();
        root.put("fracdyn_version", version);
        root.put("command", "solve");
        root.put("problem_file", spec.source() == null ? null
            : spec.source().toAbsolutePath().normalize().toString());
        root.set("problem", spec.toJson());
        root.put("seed", spec.seed());

        ObjectNode scheme = root.putObject("scheme");
        scheme.put("scheme", solution.problem().scheme().label());
        scheme.put("history", solution.problem().history().label());
        scheme.put("description", schemes.describe(solution.problem().scheme(),
            solution.problem().history()));
        if (solution.problem().history() == HistoryKind.FAST) {
            scheme.put("fast_history_tolerance", SolveSchemes.FAST_TOLERANCE);
        }
        scheme.put("steps", solution.problem().timeMesh().steps());
        scheme.put("grading", solution.problem().timeMesh().grading());
        scheme.put("cells", solution.grid().cells());
        scheme.put("cell_width", solution.grid().width());

        root.set("final", observables(solution.finalMoments()));
        if (exact != null) {
            Moments last = solution.finalMoments();
            double mean = exact.mean(last.time());
            ObjectNode reference = root.putObject("exact_mean");
            reference.put("formula", ExactMoments.MEAN_FORMULA);
            reference.put("t", last.time());
            reference.put("mean", mean);
            reference.put("error", last.mean() - mean);
            if (mean != 0) {
                reference.put("relative_error", (last.mean() - mean) / mean);
            }
            reference.put("variance", exact.variance(last.time()));
        }

        ArrayNode profiles = root.putArray("profiles");
        for (Profile profile : solution.profiles()) {
            ObjectNode entry = profiles.addObject();
            entry.put("requested_time", profile.requestedTime());
            entry.put("time", profile.time());
            entry.put("step", profile.step());
            entry.put("column", SolutionFiles.profileColumn(profile.requestedTime()));
        }

        root.put("wall_seconds", wallSeconds);
        ArrayNode listed = root.putArray("files");
        files.forEach(listed::add);
        listed.add(FILE);
        return root;
    }

    private static ObjectNode observables(Moments moments) {
        ObjectNode node = JsonDocuments.newObject();
        node.put("t", moments.time());
        node.put("step", moments.step());
        node.put("mass", moments.mass());
        node.put("mean", moments.mean());
        node.put("variance", moments.variance());
        node.put("msd", moments.msd());
        node.put("entropy", moments.entropy());
        node.put("free_energy", moments.freeEnergy());
        return node;
    }
}
