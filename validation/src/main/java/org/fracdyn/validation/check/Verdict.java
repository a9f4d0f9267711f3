package org.fracdyn.validation.check;

/** The outcome of one check. */
public enum Verdict {

    /** The measurement agrees with the reference within the tolerance. */
    PASS("pass"),

    /** The measurement disagrees with the reference by more than the tolerance. */
    FAIL("fail"),

    /**
     * The measurement cannot decide: its own error is larger than the tolerance, or the data
     * needed for it were not available (a claim the data do not support is a FAIL, not this).
     */
    INCONCLUSIVE("inconclusive"),

    /**
     * A claim of the paper under test (group {@link CheckGroup#PAPER}) that the data do not
     * support. It is a finding about the paper, not a fault of fracdyn: it is reported as
     * prominently as a failure but does not make the run fail. A paper check that cannot run
     * (it throws) is a FAIL.
     */
    NOT_SUPPORTED("not supported");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** @return the word used in reports */
    public String label() {
        return label;
    }
}
