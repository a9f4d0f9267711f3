package org.fracdyn.cli.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RunOutputTest {

    /**
     * Summaries must be byte-identical between runs with the same seed, so their nested maps
     * keep the order written. Ten keys make an accidental match of a hashed order unlikely
     * (one in 10! for a random permutation).
     */
    @Test
    void orderedKeepsTheOrderOfItsEntries() {
        List<String> keys = List.of("lower", "upper", "within_band", "value", "stderr",
            "window", "bin_width", "bins", "underflow", "overflow");
        Object[] pairs = new Object[2 * keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            pairs[2 * i] = keys.get(i);
            pairs[2 * i + 1] = i;
        }

        Map<String, Object> map = RunOutput.ordered(pairs);

        assertEquals(keys, List.copyOf(map.keySet()));
        assertEquals(9, map.get("overflow"));
    }

    @Test
    void orderedRefusesAnOddNumberOfArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RunOutput.ordered("lower", 1.0, "upper"));

        assertEquals("keysAndValues.length = 3: expected an even number (key, value pairs)",
            e.getMessage());
    }
}
