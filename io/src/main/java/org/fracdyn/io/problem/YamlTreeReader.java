package org.fracdyn.io.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Parses YAML (and therefore JSON, which YAML includes) with Jackson's streaming parser into
 * {@link YamlNode}s that keep their line and column. Duplicate keys are refused.
 */
final class YamlTreeReader {

    /** A position in a SnakeYAML message; the last one is where the problem was found. */
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private static final JsonFactory YAML = YAMLFactory.builder().build();

    private final String fileName;

    YamlTreeReader(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @param text the whole document
     * @return its root node
     * @throws IllegalArgumentException {@code file:line:column: message} for a syntax error,
     *     an empty document, a duplicate key or more than one document
     */
    YamlNode parse(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException(fileName
                    + ":1:1: empty problem file: expected keys such as alpha, domain, time");
            }
            YamlNode root = readValue(parser);
            if (parser.nextToken() != null) {
                JsonLocation where = parser.currentTokenLocation();
                throw new IllegalArgumentException(at(where.getLineNr(), where.getColumnNr())
                    + "a second YAML document: expected one document per problem file");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            long line = where == null ? 1 : where.getLineNr();
            long column = where == null ? 1 : where.getColumnNr();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            Matcher mark = MARK.matcher(message);
            while (mark.find()) {
                line = Long.parseLong(mark.group(1));
                column = Long.parseLong(mark.group(2));
            }
            throw new IllegalArgumentException(at(line, column) + "YAML syntax error: "
                + summary(message), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private YamlNode readValue(JsonParser parser) throws IOException {
        JsonLocation where = parser.currentTokenLocation();
        long line = where.getLineNr();
        long column = where.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
            Map<String, YamlNode> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyWhere = parser.currentTokenLocation();
                String name = parser.currentName();
                if (keys.containsKey(name)) {
                    YamlNode.Key earlier = keys.get(name);
                    throw new IllegalArgumentException(
                        at(keyWhere.getLineNr(), keyWhere.getColumnNr()) + "key '" + name
                        + "' repeated (first at line " + earlier.line()
                        + "): expected each key once");
                }
                keys.put(name, new YamlNode.Key(name, keyWhere.getLineNr(),
                    keyWhere.getColumnNr()));
                parser.nextToken();
                values.put(name, readValue(parser));
            }
            return new YamlNode.Mapping(keys, values, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser));
            }
            return new YamlNode.Sequence(items, line, column);
        }
        String text = token == JsonToken.VALUE_NULL ? "null" : parser.getText();
        return new YamlNode.Scalar(token, text, line, column);
    }

    private String at(long line, long column) {
        return fileName + ":" + line + ":" + column + ": ";
    }

    /**
     * SnakeYAML explains an error in unindented lines ("while parsing a flow sequence",
     * "expected ',' or ']'") between indented ones (positions, the quoted source line and a
     * caret); the unindented lines make the one-line summary.
     */
    private static String summary(String message) {
        String joined = message.lines()
            .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .map(String::strip)
            .collect(Collectors.joining(": "));
        return joined.isEmpty() ? "unreadable YAML" : joined;
    }
}
