package org.fracdyn.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class ColourScaleTest {

    /** The ends and a middle stop are matplotlib's viridis colours #440154, #26828E, #FDE725. */
    @Test
    void endsAndStopsAreViridisColours() {
        ColourScale scale = new ColourScale(-1, 8);

        assertEquals(new Color(0x440154), scale.colourAt(-1));
        assertEquals(new Color(0x440154), scale.colourAt(-100), "clamped below");
        assertEquals(new Color(0x26828E), scale.colourAt(3), "stop 4 of 0..9 is at -1 + 4");
        assertEquals(new Color(0xFDE725), scale.colourAt(8));
        assertEquals(Color.WHITE, scale.colourAt(Double.NaN));
    }

    @Test
    void betweenStopsTheChannelsAreInterpolatedLinearly() {
        ColourScale scale = new ColourScale(0, 9);

        // Halfway between #26828E and #1F9E89: (38+31)/2, (130+158)/2, (142+137)/2.
        Color mid = scale.colourAt(4.5);

        assertEquals(34.5, mid.getRed(), 0.5);
        assertEquals(144, mid.getGreen());
        assertEquals(139.5, mid.getBlue(), 0.5);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ColourScale(1, 1));
    }
}
