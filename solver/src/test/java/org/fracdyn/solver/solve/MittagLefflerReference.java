package org.fracdyn.solver.solve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reference values of E_alpha(-x), from
 * {@code src/test/resources/org/fracdyn/solver/mittag_leffler_values.csv}, made by
 * {@code mittag_leffler.py} beside it (mpmath power series at 50+ digits, cross-checked with
 * a numerical inverse Laplace transform to 1e-15 and with REFERENCES.md).
 */
final class MittagLefflerReference {

    private static final String RESOURCE = "/org/fracdyn/solver/mittag_leffler_values.csv";
    private static final Map<String, Double> VALUES = load();

    private MittagLefflerReference() {
    }

    /**
     * @param alpha the order, as written in the table (e.g. "0.5")
     * @param argument "t^alpha" or "2 t^alpha"
     * @param t the time, as written in the table (e.g. "3")
     * @return E_alpha(-argument)
     */
    static double value(String alpha, String argument, String t) {
        Double value = VALUES.get(alpha + "," + argument + "," + t);
        if (value == null) {
            throw new IllegalArgumentException("no reference for alpha = " + alpha + ", "
                + argument + ", t = " + t + " in " + RESOURCE);
        }
        return value;
    }

    private static Map<String, Double> load() {
        Map<String, Double> values = new HashMap<>();
        try (InputStream in = MittagLefflerReference.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(
                 new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",");
                values.put(fields[0] + "," + fields[1] + "," + fields[2],
                    Double.parseDouble(fields[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return values;
    }
}
