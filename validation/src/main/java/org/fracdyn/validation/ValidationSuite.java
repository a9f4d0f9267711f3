package org.fracdyn.validation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;
import org.fracdyn.validation.check.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a list of checks and gathers their results into a {@link ValidationReport}.
 *
 * <p>A check that throws is reported as a FAIL with the exception in its details, so one
 * broken check never hides the others. A claim of the paper that the data contradict is
 * reported as {@link Verdict#NOT_SUPPORTED}: a finding about the paper, not about fracdyn.
 */
public final class ValidationSuite {

    /** Told when each check starts and ends, for a progress display. */
    public interface Listener {
        void started(int index, int total, Check check);

        void finished(int index, int total, CheckResult result);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ValidationSuite.class);

    private final List<Check> checks;

    /**
     * @param checks the checks, in report order
     */
    public ValidationSuite(List<? extends Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** @return the checks */
    public List<Check> checks() {
        return checks;
    }

    /**
     * @param groups the groups to keep
     * @return a suite with only the checks of those groups
     */
    public ValidationSuite only(Set<CheckGroup> groups) {
        Set<CheckGroup> kept = groups.isEmpty() ? EnumSet.allOf(CheckGroup.class) : groups;
        return new ValidationSuite(checks.stream().filter(c -> kept.contains(c.group())).toList());
    }

    /**
     * Runs every check in order.
     *
     * @param mode quick or full
     * @param reportFolder the folder the report goes to; figures go to its {@code figures/}
     * @param seed the master seed
     * @param listener told of each check, not null
     * @return the report
     */
    public ValidationReport run(CheckContext.Mode mode, Path reportFolder, long seed,
                                Listener listener) {
        Objects.requireNonNull(listener, "listener");
        CheckContext context = new CheckContext(mode, reportFolder.resolve("figures"), seed);
        Instant started = Instant.now();
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            listener.started(i, checks.size(), check);
            CheckResult result = runOne(check, context);
            results.add(result);
            listener.finished(i, checks.size(), result);
        }
        return new ValidationReport(mode, seed, started, Instant.now(), results);
    }

    private static CheckResult runOne(Check check, CheckContext context) {
        long start = System.nanoTime();
        try {
            CheckResult result = check.run(context);
            if (result.group() == CheckGroup.PAPER && result.verdict() == Verdict.FAIL) {
                return new CheckResult(result.id(), result.group(), result.claim(),
                    result.reference(), result.tolerance(), result.measured(),
                    Verdict.NOT_SUPPORTED, result.figures(), result.details(), result.seconds());
            }
            return result;
        } catch (RuntimeException e) {
            LOG.warn("check {} threw {}", check.id(), e.toString());
            double seconds = (System.nanoTime() - start) * 1e-9;
            return new CheckResult(check.id(), check.group(), check.claim(),
                new Reference(Double.NaN, 0, "(not reached: the check threw)"),
                Tolerance.absolute(0, "(not reached)"), new Measurement(Double.NaN, Double.NaN),
                Verdict.FAIL, List.of(), "the check threw " + e, seconds);
        }
    }
}
