package org.fracdyn.validation.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-sided tolerance: pass below the bound with margin, fail above, else inconclusive. */
class ToleranceTest {

    @Test
    void aBoundPassesFailsOrCannotTell() {
        Reference half = Reference.exact(0.5, "b = 1/2");
        Tolerance below = Tolerance.atMost(1.96, "95 % interval below the bound");

        assertEquals(Verdict.PASS, below.judge(half, new Measurement(0.42, 0.01)));
        assertEquals(Verdict.INCONCLUSIVE, below.judge(half, new Measurement(0.49, 0.01)));
        assertEquals(Verdict.FAIL, below.judge(half, new Measurement(0.51, 0.01)));
        assertEquals(Verdict.FAIL, below.judge(half, new Measurement(Double.NaN, 0.01)));
    }

    @Test
    void aMeasuredReferenceCarriesItsUncertainty() {
        Reference lambda = new Reference(1.0, 0.1, "lambda_hat");
        Tolerance below = Tolerance.atMost(2, "2 combined standard errors");

        // 0.7 + 2 hypot(0.05, 0.1) = 0.92 <= 1
        assertEquals(Verdict.PASS, below.judge(lambda, new Measurement(0.7, 0.05)));
        // 0.9 + 0.22 > 1 but 0.9 <= 1
        assertEquals(Verdict.INCONCLUSIVE, below.judge(lambda, new Measurement(0.9, 0.05)));
    }

    @Test
    void anUnavailableObservationIsInconclusive() {
        ClaimCheck missing = new ClaimCheck("missing", CheckGroup.PAPER, "needs data",
            Reference.exact(0, "none"), Tolerance.absolute(1, "any")) {
            @Override
            protected Observation measure(CheckContext context) {
                return Observation.unavailable("install the data");
            }
        };

        CheckResult result = missing.run(new CheckContext(CheckContext.Mode.QUICK,
            java.nio.file.Path.of("unused"), 1));

        assertEquals(Verdict.INCONCLUSIVE, result.verdict());
        assertEquals("install the data", result.details());
    }
}
