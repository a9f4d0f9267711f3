package org.fracdyn.validation.check;

import java.util.Locale;
import java.util.Objects;

/**
 * How close a measurement must be to its reference, and why.
 *
 * <p>Two kinds of claim are judged. An <em>agreement</em> (the default): the allowed distance
 * is {@code absolute + relative * |reference|}, widened by {@code sigmas} times the combined
 * standard error of measurement and reference when {@code sigmas > 0} (a statistical
 * tolerance). A <em>bound</em> ({@link #atMost}): the claim is measured &lt;= reference; it
 * passes when the measurement plus {@code sigmas} combined standard errors stays at or below
 * the bound, fails when the measurement itself is above it, and is inconclusive in between
 * (the claim holds for the point value but its uncertainty reaches over the bound).
 *
 * @param absolute the absolute part, &gt;= 0 (for a bound: a slack added to the bound)
 * @param relative the relative part, &gt;= 0
 * @param sigmas how many combined standard errors are allowed, &gt;= 0
 * @param kind agreement (two-sided) or an upper bound (one-sided)
 * @param why the justification written in the report, never blank
 */
public record Tolerance(double absolute, double relative, double sigmas, Kind kind,
                        String why) {

    /** Whether a claim is an agreement with the reference or a bound by it. */
    public enum Kind {
        /** |measured - reference| within the allowed distance. */
        AGREEMENT,
        /** measured &lt;= reference. */
        AT_MOST
    }

    public Tolerance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        if (why.isBlank()) {
            throw new IllegalArgumentException("tolerance without a justification");
        }
        if (!(absolute >= 0) || !(relative >= 0) || !(sigmas >= 0)) {
            throw new IllegalArgumentException("tolerance parts (" + absolute + ", " + relative
                + ", " + sigmas + "): expected all >= 0");
        }
    }

    /** An agreement tolerance (see the class doc). */
    public Tolerance(double absolute, double relative, double sigmas, String why) {
        this(absolute, relative, sigmas, Kind.AGREEMENT, why);
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
     * @param sigmas how many combined standard errors must fit below the bound, &gt;= 0
     * @param why the justification
     * @return the one-sided tolerance of the claim measured &lt;= reference
     */
    public static Tolerance atMost(double sigmas, String why) {
        return new Tolerance(0, 0, sigmas, Kind.AT_MOST, why);
    }

    /**
     * @param reference the reference
     * @param measured the measurement
     * @return the largest distance allowed between them (for a bound: above the measurement,
     *     the margin the claim must keep below the bound)
     */
    public double allowed(Reference reference, Measurement measured) {
        return fixedPart(reference) + sigmas * combinedError(reference, measured);
    }

    /**
     * Decides a check. An agreement: PASS within the allowed distance; INCONCLUSIVE when
     * outside it but the measurement's own error is larger than the fixed part of the
     * tolerance (it cannot tell); FAIL otherwise. A bound: see the class doc. Always FAIL for a
     * measurement that is not a finite number.
     *
     * @param reference the reference
     * @param measured the measurement
     * @return the verdict
     */
    public Verdict judge(Reference reference, Measurement measured) {
        if (!Double.isFinite(measured.value())) {
            return Verdict.FAIL;
        }
        if (kind == Kind.AT_MOST) {
            double bound = reference.value() + fixedPart(reference);
            if (measured.value() > bound) {
                return Verdict.FAIL;
            }
            double margin = sigmas * combinedError(reference, measured);
            return measured.value() + margin <= bound ? Verdict.PASS : Verdict.INCONCLUSIVE;
        }
        double distance = Math.abs(measured.value() - reference.value());
        if (distance <= allowed(reference, measured)) {
            return Verdict.PASS;
        }
        double fixed = fixedPart(reference);
        boolean unresolved = sigmas == 0 && measured.error() > fixed && fixed > 0;
        return unresolved ? Verdict.INCONCLUSIVE : Verdict.FAIL;
    }

    /** @return the tolerance in words, for the report */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (kind == Kind.AT_MOST) {
            text.append("at most the reference");
            if (absolute > 0) {
                text.append(" + ").append(format(absolute));
            }
            if (sigmas > 0) {
                text.append(", by ").append(format(sigmas)).append(" sigma");
            }
            return text.toString();
        }
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

    private double fixedPart(Reference reference) {
        return absolute + relative * Math.abs(reference.value());
    }

    private static double combinedError(Reference reference, Measurement measured) {
        double error = Double.isNaN(measured.error()) ? 0.0 : measured.error();
        return Math.hypot(error, reference.uncertainty());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
