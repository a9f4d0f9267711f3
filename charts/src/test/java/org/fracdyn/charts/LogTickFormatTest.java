package org.fracdyn.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogTickFormatTest {

    @Test
    void decimalsInTheMiddleAndPowersOfTenOutside() {
        assertEquals("0.01", LogTickFormat.label(0.01));
        assertEquals("1", LogTickFormat.label(1.0));
        assertEquals("3.16", LogTickFormat.label(Math.sqrt(10)));
        assertEquals("100", LogTickFormat.label(100.0000000001));
        assertEquals("1E-6", LogTickFormat.label(1e-6));
        assertEquals("3.2E8", LogTickFormat.label(3.2e8));
        assertEquals("-2.5E-5", LogTickFormat.label(-2.5e-5));
    }
}
