package org.fracdyn.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels for log axes: plain decimals between 0.001 and 10000 ({@code 0.01}, {@code 2.5},
 * {@code 100}), powers of ten beyond ({@code 1E-6}, {@code 3.2E8}), three significant digits
 * at most, independent of the default locale.
 */
final class LogTickFormat extends NumberFormat {

    private static final MathContext DIGITS = new MathContext(3);

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are only formatted");
    }

    static String label(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e4) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "E" + exponent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogTickFormat;
    }

    @Override
    public int hashCode() {
        return LogTickFormat.class.hashCode();
    }

    @Override
    public Object clone() {
        return new LogTickFormat();
    }
}
