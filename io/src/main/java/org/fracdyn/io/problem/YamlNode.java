package org.fracdyn.io.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;

/**
 * A node of a YAML or JSON document that remembers where it was written, so that every
 * refusal can name the line and column. Built by {@link YamlTreeReader}.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** @return the line of the node, from 1 */
    long line();

    /** @return the column of the node, from 1 */
    long column();

    /** @return how the node reads in a message: the scalar's text, or "a mapping" etc. */
    String describe();

    /** A key in a mapping, with its own position. */
    record Key(String name, long line, long column) {
    }

    /** A mapping of keys to nodes, in file order. */
    record Mapping(Map<String, Key> keys, Map<String, YamlNode> values, long line, long column)
            implements YamlNode {

        public Mapping {
            keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list of nodes. */
    record Sequence(List<YamlNode> items, long line, long column) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its token type as the YAML parser resolved it (an unquoted {@code 1.5} is a
     * number, a quoted {@code '1.5'} a string) and its text as written.
     */
    record Scalar(JsonToken token, String text, long line, long column) implements YamlNode {

        @Override
        public String describe() {
            return token == JsonToken.VALUE_STRING ? "'" + text + "'" : text;
        }
    }
}
