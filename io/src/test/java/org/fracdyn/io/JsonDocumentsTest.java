package org.fracdyn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDocumentsTest {

    record Fit(String model, double exponent, List<Double> residuals) {
    }

    @TempDir
    Path folder;

    @Test
    void recordsAndMapsAreWrittenAndReadBack() {
        Path file = folder.resolve("summary.json");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", 42L);
        summary.put("fit", new Fit("power", 0.1 + 0.2, List.of(1e-300, -3.5)));

        JsonDocuments.write(file, summary);
        JsonNode tree = JsonDocuments.readTree(file);

        assertEquals(42L, tree.get("seed").asLong());
        assertEquals("power", tree.at("/fit/model").asText());
        assertEquals(0.1 + 0.2, tree.at("/fit/exponent").asDouble(), 0.0);
        assertEquals(1e-300, tree.at("/fit/residuals/0").asDouble(), 0.0);
    }

    @Test
    void nonFiniteNumbersBecomeStringsThatPythonReads() throws Exception {
        Path file = folder.resolve("nan.json");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a", Double.NaN);
        values.put("b", Double.POSITIVE_INFINITY);
        values.put("c", 2.5);

        JsonDocuments.write(file, values);

        String text = Files.readString(file);
        assertTrue(text.contains("\"a\" : \"NaN\""), text);
        assertTrue(text.endsWith("}\n"), "pretty-printed with a final newline");

        // Python's json module in strict mode (parse_constant refuses bare NaN/Infinity)
        // is the independent check that the file is standard JSON.
        String printed = Python.run("import json,sys\n"
            + "def refuse(c): raise ValueError(c)\n"
            + "d=json.load(open(sys.argv[1]),parse_constant=refuse)\n"
            + "print(d['a'], d['b'], d['c'])", file.toString());
        assertEquals("NaN Infinity 2.5", printed);
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\n  \"a\": 1,\n  \"b\": ]\n}\n");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> JsonDocuments.readTree(file));

        assertTrue(error.getMessage().startsWith(file + ":3:"), error.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = folder.resolve("absent.json");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> JsonDocuments.readTree(file));

        assertEquals("cannot read " + file + ": no such file", error.getMessage());
    }
}
