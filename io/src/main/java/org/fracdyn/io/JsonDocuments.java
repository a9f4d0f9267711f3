package org.fracdyn.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON documents ({@code summary.json} and the like): one shared, configured Jackson mapper,
 * atomic writes and tree reads.
 *
 * <p>Conventions: output is pretty-printed with two-space indents and map keys in insertion
 * order; records are written by their components; a {@link Path} is written as a URI string.
 * Non-finite doubles are written as the JSON strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"}, so every file stays strict JSON (Python's {@code json}, {@code jq} and
 * browsers read it; {@code float(value)} in Python turns the string back into the number).
 * The reader also accepts the bare tokens {@code NaN} and {@code Infinity} that some tools
 * write. Errors name the file, line and column.
 */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();

    private JsonDocuments() {
    }

    /**
     * The shared mapper. It is thread-safe once configured; do not reconfigure it.
     *
     * @return the mapper used by every fracdyn JSON file
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @return a new, empty JSON object to fill and write
     */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /**
     * Turns a value (a map, a list, a record, a {@link JsonNode}) into a JSON tree.
     *
     * @param value the value, may be null (gives a JSON null)
     * @return the tree
     * @throws IllegalArgumentException if Jackson cannot represent the value
     */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Writes a value as pretty-printed JSON, atomically, with a final newline.
     *
     * @param file the file to write; its folder is created
     * @param value a map, list, record or {@link JsonNode}
     * @throws UncheckedIOException naming the file if the write fails
     */
    public static void write(Path file, Object value) {
        AtomicFiles.write(file, out -> {
            MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, value);
            out.write('\n');
        });
    }

    /**
     * Reads a JSON file into a tree.
     *
     * @param file the file to read
     * @return the document's root
     * @throws UncheckedIOException {@code cannot read FILE: no such file}, or
     *     {@code file:line:column: message} for malformed JSON
     */
    public static JsonNode readTree(Path file) {
        String text = CsvTables.readText(file);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new UncheckedIOException(file + ":1:1: empty file: expected a JSON value",
                    new IOException("empty"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            long line = where == null ? 1 : where.getLineNr();
            long column = where == null ? 1 : where.getColumnNr();
            throw new UncheckedIOException(
                file + ":" + line + ":" + column + ": malformed JSON: " + e.getOriginalMessage(),
                e);
        }
    }
}
