package org.fracdyn.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void plainProgressPrintsOneLinePerTenthOfTheWork() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        try (TerminalProgress progress = TerminalProgress.plain("solve", out)) {
            assertFalse(progress.isAnimated());
            for (int step = 0; step <= 2000; step++) {
                progress.update(step, 2000, step == 2000 ? "t = 5.0" : null);
            }
        }

        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(11, lines.size(), "0%, 10%, ..., 100%: " + lines);
        assertEquals("solve:   0% (0/2000)", lines.get(0));
        assertEquals("solve:  10% (200/2000)", lines.get(1));
        assertEquals("solve: 100% (2000/2000)  t = 5.0", lines.get(10));
    }

    @Test
    void theAnimatedBarShowsTheTaskAndTheFinalCount() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        try (TerminalProgress progress = TerminalProgress.animated("solve", out)) {
            for (int step = 0; step <= 50; step++) {
                progress.update(step, 50, "t = " + step);
            }
        }

        String shown = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("solve"), shown);
        assertTrue(shown.contains("100%"), shown);
        assertTrue(shown.contains("50/50"), shown);
    }

    @Test
    void updatesAfterCloseAndOutOfRangeValuesAreHarmless() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        TerminalProgress progress = TerminalProgress.plain("walk", out);

        progress.update(15, 10, "over");
        progress.update(3, 0, "no total");
        progress.close();
        progress.update(5, 10, "late");

        assertEquals(List.of("walk: 100% (10/10)  over"),
            buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
