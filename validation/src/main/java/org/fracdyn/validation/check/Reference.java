package org.fracdyn.validation.check;

import java.util.Objects;

/**
 * The value a claim is checked against, with its uncertainty (0 for an exact formula) and its
 * source: the formula, or the paper with year, value and uncertainty.
 *
 * @param value the reference value
 * @param uncertainty its standard uncertainty, 0 for exact values
 * @param source where the value comes from, never blank
 */
public record Reference(double value, double uncertainty, String source) {

    public Reference {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("reference source is blank: every check names it");
        }
        if (!(uncertainty >= 0)) {
            throw new IllegalArgumentException(
                "reference uncertainty = " + uncertainty + ": expected >= 0");
        }
    }

    /**
     * @param value the exact value
     * @param formula the formula it comes from
     * @return an exact reference
     */
    public static Reference exact(double value, String formula) {
        return new Reference(value, 0.0, formula);
    }
}
