package org.fracdyn.validation;

import java.time.Instant;
import java.util.List;

import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.Verdict;

/**
 * The results of one validation run.
 *
 * @param mode quick or full
 * @param seed the master seed
 * @param started when the run started
 * @param finished when it finished
 * @param results every check's result, in order
 */
public record ValidationReport(
        CheckContext.Mode mode, long seed, Instant started, Instant finished,
        List<CheckResult> results) {

    public ValidationReport {
        results = List.copyOf(results);
    }

    /**
     * @param verdict a verdict
     * @return how many checks got it
     */
    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** @return true when no check failed */
    public boolean passed() {
        return count(Verdict.FAIL) == 0;
    }
}
