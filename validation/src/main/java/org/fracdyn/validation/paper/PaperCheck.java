package org.fracdyn.validation.paper;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;
import org.fracdyn.validation.check.Verdict;

/**
 * A claim of the paper checked on the real training runs of a {@link PaperExperiment}. Unlike
 * a {@link org.fracdyn.validation.check.ClaimCheck} the reference may itself be measured (the
 * LLC of the same run bounds its spectral dimension). When the runs could not be made, or the
 * claim needs more than the run provides, the verdict is INCONCLUSIVE with the reason.
 */
abstract class PaperCheck implements Check {

    /**
     * What the check found.
     *
     * @param reference the reference, possibly measured
     * @param measured the measurement
     * @param figures the figures, relative to the report folder
     * @param details the numbers behind the verdict
     * @param inconclusive null, or why the claim cannot be decided from these runs
     */
    record Finding(Reference reference, Measurement measured, List<Path> figures,
                   String details, String inconclusive) {

        Finding(Reference reference, Measurement measured, List<Path> figures,
                String details) {
            this(reference, measured, figures, details, null);
        }
    }

    private final String id;
    private final String claim;
    private final String referenceSource;
    private final Tolerance tolerance;
    private final PaperExperiment experiment;

    PaperCheck(String id, String claim, String referenceSource, Tolerance tolerance,
               PaperExperiment experiment) {
        this.id = Objects.requireNonNull(id, "id");
        this.claim = Objects.requireNonNull(claim, "claim");
        this.referenceSource = Objects.requireNonNull(referenceSource, "referenceSource");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.experiment = Objects.requireNonNull(experiment, "experiment");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final CheckGroup group() {
        return CheckGroup.PAPER;
    }

    @Override
    public final String claim() {
        return claim;
    }

    /**
     * @param outcome the training runs, at least one
     * @param context the run's context
     * @return what was found
     */
    abstract Finding assess(PaperExperiment.Outcome outcome, CheckContext context);

    @Override
    public final CheckResult run(CheckContext context) {
        long start = System.nanoTime();
        PaperExperiment.Outcome outcome = experiment.outcome(context);
        Finding finding;
        if (outcome.unavailable() != null) {
            finding = new Finding(new Reference(Double.NaN, 0, referenceSource),
                new Measurement(Double.NaN, Double.NaN), List.of(), outcome.unavailable(),
                outcome.unavailable());
        } else {
            finding = assess(outcome, context);
        }
        Verdict verdict = finding.inconclusive() != null ? Verdict.INCONCLUSIVE
            : tolerance.judge(finding.reference(), finding.measured());
        String details = finding.details() + "\n\nProtocol: " + outcome.settings() + ".";
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new CheckResult(id, CheckGroup.PAPER, claim, finding.reference(), tolerance,
            finding.measured(), verdict, finding.figures(), details, seconds);
    }

    /** @return the source text of the reference, for checks that build it */
    final String referenceSource() {
        return referenceSource;
    }
}
