package org.fracdyn.lattice.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Medium names round-trip and refusals name the value. */
class MediumKindTest {

    @Test
    void namesRoundTrip() {
        for (MediumKind k : MediumKind.values()) {
            String name = k == MediumKind.FILE ? "file:/tmp/x.png" : k.cliName();
            assertEquals(k, MediumKind.parse(name));
        }
        assertEquals(LatticeKind.TRIANGULAR, MediumKind.TRIANGULAR.latticeKind());
    }

    @Test
    void unknownNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediumKind.parse("honeycomb"));
        assertTrue(e.getMessage().startsWith("medium = honeycomb"), e.getMessage());
    }
}
