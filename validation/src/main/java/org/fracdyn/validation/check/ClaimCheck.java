package org.fracdyn.validation.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A check of the common form "a measured number agrees with a reference": subclasses supply
 * the reference, the tolerance and the measurement; the verdict and the timing are done here.
 */
public abstract class ClaimCheck implements Check {

    /**
     * What a measurement produced.
     *
     * @param measured the value and its error
     * @param figures the figures written, relative to the report folder
     * @param details further numbers for the report
     * @param unavailable null when the measurement was made; otherwise why it could not be
     *     (missing data, a module not installed), and the verdict is INCONCLUSIVE
     */
    public record Observation(Measurement measured, List<Path> figures, String details,
                              String unavailable) {

        public Observation {
            Objects.requireNonNull(measured, "measured");
            figures = List.copyOf(figures);
            details = details == null ? "" : details;
        }

        /** A measurement that was made. */
        public Observation(Measurement measured, List<Path> figures, String details) {
            this(measured, figures, details, null);
        }

        /**
         * @param reason why the measurement could not be made, and how to make it possible
         * @return an observation judged INCONCLUSIVE, with the reason as its details
         */
        public static Observation unavailable(String reason) {
            Objects.requireNonNull(reason, "reason");
            return new Observation(new Measurement(Double.NaN, Double.NaN), List.of(), reason,
                reason);
        }
    }

    private final String id;
    private final CheckGroup group;
    private final String claim;
    private final Reference reference;
    private final Tolerance tolerance;

    protected ClaimCheck(String id, CheckGroup group, String claim,
                         Reference reference, Tolerance tolerance) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = Objects.requireNonNull(group, "group");
        this.claim = Objects.requireNonNull(claim, "claim");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final CheckGroup group() {
        return group;
    }

    @Override
    public final String claim() {
        return claim;
    }

    /**
     * Computes the measurement.
     *
     * @param context the run's context
     * @return the measurement, figures and details
     */
    protected abstract Observation measure(CheckContext context);

    @Override
    public final CheckResult run(CheckContext context) {
        long start = System.nanoTime();
        Observation observation = measure(context);
        double seconds = (System.nanoTime() - start) * 1e-9;
        Verdict verdict = observation.unavailable() != null ? Verdict.INCONCLUSIVE
            : tolerance.judge(reference, observation.measured());
        return new CheckResult(id, group, claim, reference, tolerance, observation.measured(),
            verdict, observation.figures(), observation.details(), seconds);
    }
}
