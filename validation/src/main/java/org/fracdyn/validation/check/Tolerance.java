package org.fracdyn.validation.check;

import java.util.Objects;

/**
 * How close a measurement must be to its reference, and why.
 *
 * <p>The allowed distance is {@code absolute + relative * |reference|}, widened by
 * {@code sigmas} times the combined standard error of measurement and reference when
 * {@code sigmas > 0} (a statistical tolerance).
 *
 * @param absolute the absolute part, &gt;= 0
 * @param relative the relative part, &gt;= 0
 * @param sigmas how many combined standard errors are allowed, &gt;= 0
 * @param why the justification written in the report, never blank
 */
public record Tolerance(double absolute, double relative, double sigmas, String why) {

    public Tolerance {
        Objects.requireNonNull(why, "why");
        if (why.isBlank()) {
            throw new IllegalArgumentException("tolerance without a justification");
        }
        if (!(absolute >= 0) || !(relative >= 0) || !(sigmas >= 0)) {
            throw new IllegalArgumentException("tolerance parts (" + absolute + ", " + relative
                + ", " + sigmas + "): expected all >= 0");
        }
    }

    /** @return a tolerance of {@code relative * |reference|} */
    public static Tolerance relative(double relative, String why) {
        return new Tolerance(0, relative, 0, why);
    }

    /** @return a tolerance of {@code absolute} */
    public static Tolerance absolute(double absolute, String why) {
        return new Tolerance(absolute, 0, 0, why);
    }

    /** @return a tolerance of {@code sigmas} combined standard errors */
    public static Tolerance statistical(double sigmas, String why) {
        return new Tolerance(0, 0, sigmas, why);
    }

    /**
     * @param reference the reference
     * @param measured the measurement
     * @return the largest distance allowed between them
     */
    public double allowed(Reference reference, Measurement measured) {
        double error = Double.isNaN(measured.error()) ? 0.0 : measured.error();
        double combined = Math.hypot(error, reference.uncertainty());
        return absolute + relative * Math.abs(reference.value()) + sigmas * combined;
    }

    /**
     * Decides a check: PASS within the allowed distance; INCONCLUSIVE when outside it but the
     * measurement's own error is larger than the fixed part of the tolerance (it cannot tell);
     * FAIL otherwise, and for a measurement that is not a finite number.
     *
     * @param reference the reference
     * @param measured the measurement
     * @return the verdict
     */
    public Verdict judge(Reference reference, Measurement measured) {
        if (!Double.isFinite(measured.value())) {
            return Verdict.FAIL;
        }
        double distance = Math.abs(measured.value() - reference.value());
        if (distance <= allowed(reference, measured)) {
            return Verdict.PASS;
        }
        double fixed = absolute + relative * Math.abs(reference.value());
        boolean unresolved = sigmas == 0 && measured.error() > fixed && fixed > 0;
        return unresolved ? Verdict.INCONCLUSIVE : Verdict.FAIL;
    }

    /** @return the tolerance in words, for the report */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (absolute > 0) {
            text.append("abs ").append(format(absolute));
        }
        if (relative > 0) {
            text.append(text.length() > 0 ? " + " : "").append("rel ").append(format(relative));
        }
        if (sigmas > 0) {
            text.append(text.length() > 0 ? " + " : "").append(format(sigmas)).append(" sigma");
        }
        return text.length() == 0 ? "exact" : text.toString();
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.3g", value);
    }
}
