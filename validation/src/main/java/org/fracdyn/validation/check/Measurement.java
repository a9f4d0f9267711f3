package org.fracdyn.validation.check;

/**
 * A measured value with its standard error (0 when the computation is deterministic).
 *
 * @param value the measured value
 * @param error its standard error, &gt;= 0, or NaN when unknown
 */
public record Measurement(double value, double error) {

    /**
     * @param value a deterministic result
     * @return the measurement with error 0
     */
    public static Measurement exact(double value) {
        return new Measurement(value, 0.0);
    }
}
