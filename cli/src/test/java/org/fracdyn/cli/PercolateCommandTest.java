package org.fracdyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.fracdyn.io.CsvTable;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PercolateCommandTest {

    /** Square-lattice site threshold, Jacobsen, J. Phys. A 48 (2015) 454003. */
    private static final double SQUARE_SITE_PC = 0.59274605079210;

    @TempDir
    Path dir;

    /**
     * A 64 x 64 site configuration at p_c with the Newman-Ziff sweep. The p at which the
     * spanning probability along one axis is 1/2 tends to p_c (it is 1/2 at p_c for a square
     * by self-duality, Cardy 1992); at L = 64 the shift is of order L^(-1/nu) = 64^(-3/4) =
     * 0.044 times an amplitude well below 1, and 400 sweeps leave a statistical spread of
     * about 0.005, so 0.03 is a safe tolerance.
     */
    @Test
    void squareSiteAtThresholdWithSweep() throws Exception {
        Path out = dir.resolve("square");
        CommandRun run = CommandRun.of("percolate", "--lattice", "square", "--kind", "site",
            "--size", "64", "--p", "pc", "--seed", "3", "--sweep", "--sweeps", "400",
            "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String file : new String[] {"summary.json", "clusters.png", "sweep.csv",
            "sweep.png"}) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        JsonNode s = JsonDocuments.readTree(out.resolve("summary.json"));
        assertEquals(SQUARE_SITE_PC, s.get("p").asDouble(), 1e-14);
        JsonNode largest = s.get("largest_clusters");
        for (int i = 1; i < largest.size(); i++) {
            assertTrue(largest.get(i).asInt() <= largest.get(i - 1).asInt());
        }
        assertTrue(s.get("spans").isBoolean());
        assertTrue(s.get("wraps").isBoolean());
        assertTrue(s.get("fractal_dimension").has("value"));
        assertTrue(s.get("fractal_dimension").has("stderr"));
        assertEquals(SQUARE_SITE_PC, s.get("sweep").get("p_half_spanning").asDouble(), 0.03);

        CsvTable sweep = CsvTables.read(out.resolve("sweep.csv"));
        double[] spanning = sweep.doubles("spanning_probability");
        double[] fraction = sweep.doubles("largest_cluster_fraction");
        assertEquals(0.0, spanning[0], 1e-12);
        assertEquals(1.0, spanning[spanning.length - 1], 1e-12);
        assertEquals(1.0, fraction[fraction.length - 1], 1e-12);
        for (int i = 1; i < spanning.length; i++) {
            // the binomial weights of the convolution sum to 1 only to rounding (~1e-11)
            assertTrue(spanning[i] >= spanning[i - 1] - 1e-9, "monotone in p");
        }
    }

    /** p = 1: one cluster of all L^2 sites, which spans and wraps; p = 0: no cluster. */
    /**
     * d_f of the spanning cluster at p_c, L = 256, fixed seed, against 91/48 = 1.895833
     * (exact; den Nijs 1979, Nienhuis 1982; REFERENCES.md). Tolerance max(3 stderr, 5 %): the
     * stderr is the spread between the mass-radius centres, the scatter of a one-configuration
     * estimate (seeds 1-5 here read 1.68-1.93 with spreads 0.07-0.13); the 5 % floor covers
     * the finite-size bias of r up to L/4 on one spanning cluster, which reads d_f a few
     * per cent low on average at this size. The stderr must also not be the least-squares
     * error of one fit (0.01-0.06, several times too small): at least 0.03.
     */
    @Test
    void squareSiteFractalDimensionHasAnHonestError() throws Exception {
        Path out = dir.resolve("df");
        CommandRun run = CommandRun.of("percolate", "--lattice", "square", "--kind", "site",
            "--size", "256", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode s = JsonDocuments.readTree(out.resolve("summary.json"));
        JsonNode df = s.get("fractal_dimension");
        double exact = 91.0 / 48;
        double stderr = df.get("stderr").asDouble();
        assertEquals(exact, df.get("value").asDouble(), Math.max(3 * stderr, 0.05 * exact));
        assertTrue(stderr > 0.03, "stderr = " + stderr);
        assertTrue(s.get("methods").get("fractal_dimension").asText().contains("spread"));
    }

    @Test
    void emptyAndFullLattices() throws Exception {
        Path full = dir.resolve("full");
        Path empty = dir.resolve("empty");
        assertEquals(0, CommandRun.of("percolate", "--size", "40", "--p", "1", "--out",
            full.toString()).exitCode());
        assertEquals(0, CommandRun.of("percolate", "--size", "40", "--p", "0", "--out",
            empty.toString()).exitCode());

        JsonNode f = JsonDocuments.readTree(full.resolve("summary.json"));
        assertEquals(1, f.get("largest_clusters").size());
        assertEquals(1600, f.get("largest_clusters").get(0).asInt());
        assertTrue(f.get("spans").asBoolean());
        assertTrue(f.get("wraps").asBoolean());
        JsonNode e = JsonDocuments.readTree(empty.resolve("summary.json"));
        assertEquals(0, e.get("largest_clusters").size());
        assertFalse(e.get("spans").asBoolean());
        assertFalse(e.get("wraps").asBoolean());
    }

    /**
     * Bond percolation on the simple cubic lattice just above its threshold: the largest
     * cluster spans (p = 0.35 is far enough above p_c = 0.2488 that an L = 16 cube spans
     * with probability near 1) and no picture is drawn in 3D.
     */
    @Test
    void cubicBondAboveThreshold() throws Exception {
        Path out = dir.resolve("cubic");
        CommandRun run = CommandRun.of("percolate", "--lattice", "cubic", "--kind", "bond",
            "--size", "16", "--p", "0.35", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(out.resolve("clusters.png")));
        JsonNode s = JsonDocuments.readTree(out.resolve("summary.json"));
        assertTrue(s.get("spans").asBoolean());
        assertEquals(0.24881182, s.get("p_c").asDouble(), 1e-12);
    }

    @Test
    void refusesBadInputWithoutWritingAnything() {
        Path out = dir.resolve("bad");
        CommandRun size = CommandRun.of("percolate", "--size", "-5", "--out", out.toString());
        CommandRun p = CommandRun.of("percolate", "--p", "1.5", "--out", out.toString());
        CommandRun lattice = CommandRun.of("percolate", "--lattice", "honeycomb", "--out",
            out.toString());
        CommandRun kind = CommandRun.of("percolate", "--kind", "edge", "--out", out.toString());

        assertEquals(2, size.exitCode());
        assertTrue(size.err().contains("size = -5"), size.err());
        assertEquals(2, p.exitCode());
        assertTrue(p.err().contains("p = 1.5"), p.err());
        assertEquals(2, lattice.exitCode());
        assertTrue(lattice.err().contains("honeycomb"), lattice.err());
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("edge"), kind.err());
        assertFalse(Files.exists(out));
    }
}
