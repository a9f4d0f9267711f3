package org.fracdyn.validation.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check: the claim, its reference and tolerance, what was measured, the
 * verdict and the figures that show it.
 *
 * @param id a short stable identifier, e.g. {@code gasket-walker-dimension}
 * @param group the group
 * @param claim the claim in one sentence
 * @param reference the reference value and its source
 * @param tolerance the tolerance and why
 * @param measured the measured value and its error
 * @param verdict the verdict
 * @param figures the PNG files that show the check (relative to the report folder)
 * @param details further numbers or remarks for the report, may be empty
 * @param seconds the wall time of the check
 */
public record CheckResult(
        String id,
        CheckGroup group,
        String claim,
        Reference reference,
        Tolerance tolerance,
        Measurement measured,
        Verdict verdict,
        List<Path> figures,
        String details,
        double seconds) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(verdict, "verdict");
        figures = List.copyOf(figures);
        details = details == null ? "" : details;
    }
}
