package org.fracdyn.io.problem;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonToken;

/**
 * One mapping of a problem file being read: typed look-ups of its keys, each refusal a
 * one-line {@link IllegalArgumentException} {@code file:line:column: key = value: expected}.
 */
final class Section {

    private final String fileName;
    private final String path;
    private final YamlNode.Mapping node;

    Section(String fileName, String path, YamlNode.Mapping node) {
        this.fileName = fileName;
        this.path = path;
        this.node = node;
    }

    /**
     * Refuses any key not in the list.
     *
     * @param allowed the keys this mapping may have
     */
    void allowOnly(List<String> allowed) {
        for (YamlNode.Key key : node.keys().values()) {
            if (!allowed.contains(key.name())) {
                throw new IllegalArgumentException(at(key.line(), key.column())
                    + "unknown key '" + qualified(key.name()) + "': expected one of "
                    + String.join(", ", allowed) + (path.isEmpty() ? "" : " in " + path));
            }
        }
    }

    boolean has(String key) {
        return node.values().containsKey(key);
    }

    YamlNode get(String key) {
        return node.values().get(key);
    }

    String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return "file:line:column: " at the key, or at the mapping when the key is missing */
    String at(String key) {
        YamlNode value = node.values().get(key);
        return value == null ? at(node.line(), node.column()) : at(value.line(), value.column());
    }

    String at(long line, long column) {
        return fileName + ":" + line + ":" + column + ": ";
    }

    IllegalArgumentException refuse(String key, String expected) {
        YamlNode value = node.values().get(key);
        String shown = value == null ? "missing" : value.describe();
        return new IllegalArgumentException(at(key) + qualified(key) + " = " + shown
            + ": expected " + expected);
    }

    IllegalArgumentException missing(String key, String expected) {
        return new IllegalArgumentException(at(key) + qualified(key) + " is missing: expected "
            + expected);
    }

    Section section(String key, boolean required, String expected) {
        YamlNode value = node.values().get(key);
        if (value == null) {
            if (required) {
                throw missing(key, expected);
            }
            return new Section(fileName, qualified(key),
                new YamlNode.Mapping(java.util.Map.of(), java.util.Map.of(), node.line(),
                    node.column()));
        }
        if (!(value instanceof YamlNode.Mapping mapping)) {
            throw refuse(key, expected);
        }
        return new Section(fileName, qualified(key), mapping);
    }

    /**
     * A finite number, refused when missing.
     *
     * @param expected the allowed range, e.g. "a finite number > 0"
     * @param test the range test
     */
    double number(String key, String expected, java.util.function.DoublePredicate test) {
        YamlNode value = node.values().get(key);
        if (value == null) {
            throw missing(key, expected);
        }
        Double number = asNumber(value);
        if (number == null || !Double.isFinite(number) || !test.test(number)) {
            throw refuse(key, expected);
        }
        return number;
    }

    double number(String key, double fallback, String expected,
                  java.util.function.DoublePredicate test) {
        return has(key) ? number(key, expected, test) : fallback;
    }

    /** An integer in [min, max], refused when missing, fractional or out of range. */
    long integer(String key, long min, long max, String expected) {
        YamlNode value = node.values().get(key);
        if (value == null) {
            throw missing(key, expected);
        }
        if (!(value instanceof YamlNode.Scalar scalar)
                || scalar.token() != JsonToken.VALUE_NUMBER_INT) {
            throw refuse(key, expected);
        }
        long result;
        try {
            result = Long.parseLong(scalar.text().replace("_", "").replaceFirst("^\\+", ""));
        } catch (NumberFormatException e) {
            throw refuse(key, expected);
        }
        if (result < min || result > max) {
            throw refuse(key, expected);
        }
        return result;
    }

    long integer(String key, long fallback, long min, long max, String expected) {
        return has(key) ? integer(key, min, max, expected) : fallback;
    }

    /** A string scalar, refused when missing or not a string. */
    String text(String key, String expected) {
        YamlNode value = node.values().get(key);
        if (value == null) {
            throw missing(key, expected);
        }
        if (!(value instanceof YamlNode.Scalar scalar)
                || scalar.token() != JsonToken.VALUE_STRING || scalar.text().isBlank()) {
            throw refuse(key, expected);
        }
        return scalar.text();
    }

    /** Any scalar's text (names may be written as numbers), refused when not a scalar. */
    String anyText(String key, String expected) {
        YamlNode value = node.values().get(key);
        if (!(value instanceof YamlNode.Scalar scalar)
                || scalar.token() == JsonToken.VALUE_NULL || scalar.text().isBlank()) {
            throw refuse(key, expected);
        }
        return scalar.text();
    }

    /**
     * A number as the YAML parser resolved it: a quoted {@code '1.5'} is a string and is
     * refused, as are {@code .inf} and {@code .nan}.
     */
    static Double asNumber(YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar)) {
            return null;
        }
        JsonToken token = scalar.token();
        String text = scalar.text().strip();
        boolean numeric = token == JsonToken.VALUE_NUMBER_INT
            || token == JsonToken.VALUE_NUMBER_FLOAT;
        if (!numeric) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("inf") || lower.contains("nan")) {
            return null;
        }
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
