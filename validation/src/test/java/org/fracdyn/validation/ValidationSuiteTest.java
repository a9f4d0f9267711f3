package org.fracdyn.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;
import org.fracdyn.validation.check.Verdict;
import org.fracdyn.validation.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationSuiteTest {

    /** Measures sqrt(2) by Newton's method: an independent route to an exact reference. */
    private static final class SqrtTwoCheck extends ClaimCheck {
        private final int iterations;

        SqrtTwoCheck(String id, int iterations) {
            super(id, CheckGroup.SPECIAL_FUNCTIONS, "Newton's method converges to sqrt(2)",
                Reference.exact(Math.sqrt(2), "sqrt(2), closed form"),
                Tolerance.relative(1e-12, "Newton converges quadratically; 1e-12 is"
                    + " far below the error after too few iterations"));
            this.iterations = iterations;
        }

        @Override
        protected Observation measure(CheckContext context) {
            double x = 1;
            for (int i = 0; i < iterations; i++) {
                x = 0.5 * (x + 2 / x);
            }
            return new Observation(Measurement.exact(x), List.of(), "iterations " + iterations);
        }
    }

    private static final class ThrowingCheck implements Check {
        @Override
        public String id() {
            return "throws";
        }

        @Override
        public CheckGroup group() {
            return CheckGroup.LATTICE;
        }

        @Override
        public String claim() {
            return "a check that throws is reported, not hidden";
        }

        @Override
        public CheckResult run(CheckContext context) {
            throw new IllegalStateException("boom");
        }
    }

    private static final ValidationSuite.Listener SILENT = new ValidationSuite.Listener() {
        @Override
        public void started(int index, int total, Check check) {
        }

        @Override
        public void finished(int index, int total, CheckResult result) {
        }
    };

    @Test
    void verdictsFollowTheTolerance() {
        ValidationSuite suite = new ValidationSuite(List.of(
            new SqrtTwoCheck("converged", 8), new SqrtTwoCheck("too-few", 2),
            new ThrowingCheck()));

        ValidationReport report = suite.run(CheckContext.Mode.QUICK, Path.of("unused"), 1,
            SILENT);

        assertEquals(Verdict.PASS, report.results().get(0).verdict());
        assertEquals(Verdict.FAIL, report.results().get(1).verdict());
        assertEquals(Verdict.FAIL, report.results().get(2).verdict());
        assertFalse(report.passed());
        assertEquals(1, suite.only(Set.of(CheckGroup.LATTICE)).checks().size());
    }

    @Test
    void statisticalToleranceWidensWithTheError() {
        Reference reference = Reference.exact(1.0, "one");
        Tolerance twoSigma = Tolerance.statistical(2, "two standard errors");

        assertEquals(Verdict.PASS, twoSigma.judge(reference, new Measurement(1.15, 0.1)));
        assertEquals(Verdict.FAIL, twoSigma.judge(reference, new Measurement(1.25, 0.1)));
        assertEquals(Verdict.FAIL, twoSigma.judge(reference, new Measurement(Double.NaN, 0.1)));
    }

    @Test
    void imprecisePointEstimateIsInconclusive() {
        Reference reference = Reference.exact(2.0, "two");
        Tolerance onePercent = Tolerance.relative(0.01, "one percent");

        assertEquals(Verdict.INCONCLUSIVE,
            onePercent.judge(reference, new Measurement(2.1, 0.5)));
    }

    @Test
    void reportFilesAgreeWithTheResults(@TempDir Path folder) throws Exception {
        ValidationReport report = new ValidationSuite(List.of(new SqrtTwoCheck("converged", 8)))
            .run(CheckContext.Mode.QUICK, folder, 7, SILENT);

        new ReportWriter("test machine").write(report, folder);

        JsonNode json = new ObjectMapper().readTree(folder.resolve("report.json").toFile());
        assertEquals("pass", json.get("checks").get(0).get("verdict").asText());
        assertTrue(json.get("passed").asBoolean());
        String markdown = Files.readString(folder.resolve("report.md"));
        assertTrue(markdown.contains("| `converged` |"), markdown);
        assertTrue(Files.readString(folder.resolve("report.html")).contains("converged"));
    }
}
