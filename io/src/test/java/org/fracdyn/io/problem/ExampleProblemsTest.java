package org.fracdyn.io.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fracdyn.solver.boundary.Boundary;
import org.fracdyn.solver.scheme.HistoryKind;
import org.fracdyn.solver.scheme.SchemeKind;
import org.junit.jupiter.api.Test;

/** Every problem file shipped in examples/problems/ must be valid and quick to run. */
class ExampleProblemsTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "problems");

    @Test
    void everyExampleParsesAndStaysSmall() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.filter(f -> f.toString().matches(".*\\.(ya?ml|json)")).sorted()
                .toList();
        }

        assertEquals(List.of("absorbing-survival.yaml", "double-well.yaml",
            "free-subdiffusion.yaml", "harmonic-subdiffusion.yaml", "tilted-periodic.yaml"),
            files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : files) {
            ProblemSpec spec = ProblemFiles.read(file);
            String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            assertEquals(stem, spec.name(), file + ": name matches the file");
            assertTrue(spec.domain().cells() <= 1000, file + ": at most 1000 cells");
            assertTrue(spec.time().steps() <= 4000, file + ": at most 4000 steps");
        }
    }

    @Test
    void theHarmonicExampleIsTheOneInTheDocs() {
        ProblemSpec spec = ProblemFiles.read(EXAMPLES.resolve("harmonic-subdiffusion.yaml"));

        assertEquals("harmonic-subdiffusion", spec.name());
        assertEquals(0.6, spec.alpha(), 0.0);
        assertEquals(1.0, spec.diffusion(), 0.0);
        assertEquals(1.0, spec.friction(), 0.0);
        assertEquals(new PotentialSpec.Harmonic(1.0, 0.0), spec.potential());
        assertEquals(new DomainSpec(1, -8.0, 8.0, 800, Boundary.REFLECTING), spec.domain());
        assertEquals(new InitialSpec.Gaussian(2.0, 0.05), spec.initial());
        assertEquals(new TimeSpec(5.0, 2000, 1.0, SchemeKind.L1, HistoryKind.DIRECT),
            spec.time());
        assertArrayEquals(new double[] {0.5, 1.0, 2.0, 5.0}, spec.output().times(), 0.0);
        assertEquals(10, spec.output().every());
        assertEquals(1L, spec.seed());
    }

    @Test
    void theDocumentedExampleIsTheShippedFile() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "problem-file.md"));
        String shipped = Files.readString(EXAMPLES.resolve("harmonic-subdiffusion.yaml"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        int end = doc.indexOf("```", start);

        assertEquals(shipped, doc.substring(start, end));
    }

    @Test
    void theAbsorbingExampleHasAnAbsorbingBoundary() {
        ProblemSpec spec = ProblemFiles.read(EXAMPLES.resolve("absorbing-survival.yaml"));

        assertEquals(Boundary.ABSORBING, spec.domain().boundary());
    }
}
