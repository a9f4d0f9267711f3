package org.fracdyn.io.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

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
     * A list of exactly {@code length} items, refused when missing, not a list or of another
     * length.
     *
     * @param expected what is allowed, e.g. "a list of 2 numbers, one per axis"
     */
    List<YamlNode> list(String key, int length, String expected) {
        YamlNode value = node.values().get(key);
        if (value == null) {
            throw missing(key, expected);
        }
        if (!(value instanceof YamlNode.Sequence sequence)) {
            throw refuse(key, expected);
        }
        if (sequence.items().size() != length) {
            throw new IllegalArgumentException(at(key) + qualified(key) + " = a list of "
                + sequence.items().size() + ": expected " + expected);
        }
        return sequence.items();
    }

    /**
     * A list of {@code length} finite numbers, each tested with its index.
     *
     * @param expected what the list must be, e.g. "a list of 2 numbers, one per axis"
     * @param itemExpected what item i must be, e.g. "a number > domain.min[1] = -5"
     */
    double[] numbers(String key, int length, String expected, IntFunction<String> itemExpected,
                     IndexedTest test) {
        List<YamlNode> items = list(key, length, expected);
        double[] numbers = new double[length];
        for (int i = 0; i < length; i++) {
            Double number = asNumber(items.get(i));
            if (number == null || !Double.isFinite(number) || !test.test(i, number)) {
                throw refuseItem(key, i, items.get(i), itemExpected.apply(i));
            }
            numbers[i] = number;
        }
        return numbers;
    }

    /** A list of {@code length} integers, each in [min, max]. */
    int[] integers(String key, int length, String expected, int min, int max,
                   String itemExpected) {
        List<YamlNode> items = list(key, length, expected);
        int[] integers = new int[length];
        for (int i = 0; i < length; i++) {
            YamlNode item = items.get(i);
            Long value = null;
            if (item instanceof YamlNode.Scalar scalar
                    && scalar.token() == JsonToken.VALUE_NUMBER_INT) {
                try {
                    value = Long.parseLong(scalar.text().replace("_", "")
                        .replaceFirst("^\\+", ""));
                } catch (NumberFormatException e) {
                    value = null;
                }
            }
            if (value == null || value < min || value > max) {
                throw refuseItem(key, i, item, itemExpected);
            }
            integers[i] = (int) (long) value;
        }
        return integers;
    }

    /**
     * The sections of a list of {@code length} mappings, named {@code key[i]}.
     *
     * @param expected what the list must be
     * @param itemExpected what each item must be
     */
    List<Section> sections(String key, int length, String expected, String itemExpected) {
        List<YamlNode> items = list(key, length, expected);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (!(items.get(i) instanceof YamlNode.Mapping mapping)) {
                throw refuseItem(key, i, items.get(i), itemExpected);
            }
            sections.add(new Section(fileName, qualified(key) + "[" + i + "]", mapping));
        }
        return sections;
    }

    /** The refusal of item i of the list under key. */
    IllegalArgumentException refuseItem(String key, int index, YamlNode item,
                                        String expected) {
        return new IllegalArgumentException(at(item.line(), item.column()) + qualified(key)
            + "[" + index + "] = " + item.describe() + ": expected " + expected);
    }

    /** A test of item i of a list of numbers. */
    @FunctionalInterface
    interface IndexedTest {

        /**
         * @param index the position in the list, from 0
         * @param value the number there
         * @return true when allowed
         */
        boolean test(int index, double value);
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
