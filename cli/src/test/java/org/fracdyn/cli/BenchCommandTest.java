package org.fracdyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fracdyn.io.CsvTable;
import org.fracdyn.io.CsvTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench commands on tiny sizes: they run, write their files and report what they did. */
class BenchCommandTest {

    @TempDir
    Path dir;

    /**
     * The fast history with a sum-of-exponentials tolerance of 1e-10 must agree with the
     * direct one to far better than 1e-6 relative (the kernel's relative error bounds the
     * history's, up to the sum of the absolute increments over their signed sum, a factor
     * of order 1 for this monotone u); the row beyond --max-direct must say extrapolated.
     */
    @Test
    void solverBenchComparesDirectAndFast() throws Exception {
        Path out = dir.resolve("solver");
        CommandRun run = CommandRun.of("bench", "solver", "--min-exponent", "6",
            "--max-exponent", "9", "--cells", "20", "--max-direct", "256", "--out",
            out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out.resolve("solver-bench.png")));
        CsvTable table = CsvTables.read(out.resolve("solver-bench.csv"));
        assertEquals(4, table.rowCount());
        assertEquals(List.of("measured", "measured", "measured", "extrapolated"),
            table.strings("direct_mode"));
        double[] relative = table.doubles("max_rel_difference");
        for (int i = 0; i < 3; i++) {
            assertTrue(relative[i] < 1e-6, "relative difference " + relative[i]);
        }
        assertTrue(run.out().contains("extrapolated"));
    }

    @Test
    void latticeBenchRunsOnATinyCase() throws Exception {
        Path out = dir.resolve("lattice");
        CommandRun run = CommandRun.of("bench", "lattice", "--size", "64", "--repeats", "1",
            "--walk-size", "64", "--walkers", "50", "--naive-walkers", "10", "--steps", "1000",
            "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out.resolve("summary.json")));
        CsvTable table = CsvTables.read(out.resolve("bench.csv"));
        assertTrue(table.strings("measurement").contains("walk naive reference"));
    }

    @Test
    void refusesBadBenchInput() {
        Path out = dir.resolve("bad");
        CommandRun run = CommandRun.of("bench", "solver", "--cells", "0", "--out",
            out.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cells = 0"), run.err());
        assertFalse(Files.exists(out));
    }

    /** The 2D bench on a tiny grid: the two histories agree to the fast kernel's 1e-10. */
    @Test
    void solver2dBenchComparesDirectAndFast() throws Exception {
        Path out = dir.resolve("solver-2d");
        CommandRun run = CommandRun.of("bench", "solver-2d", "--cells", "16", "--steps", "40",
            "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        double difference = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
            .readTree(out.resolve("summary.json").toFile()).get("max_abs_difference").asDouble();
        assertTrue(difference < 1e-8, "max |P_direct - P_fast| = " + difference);
        assertFalse(Files.exists(dir.resolve("bad-2d")));
        assertEquals(2, CommandRun.of("bench", "solver-2d", "--steps", "0", "--out",
            dir.resolve("bad-2d").toString()).exitCode());
        assertFalse(Files.exists(dir.resolve("bad-2d")));
    }
}
