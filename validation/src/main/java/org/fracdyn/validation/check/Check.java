package org.fracdyn.validation.check;

/**
 * One named claim of theory, checked by computing with fracdyn's public API.
 *
 * <p>A check does its work in {@link #run(CheckContext)} and returns the measurement; the
 * verdict follows from the reference and the tolerance it declares. Checks are independent:
 * each seeds its own randomness from the context.
 */
public interface Check {

    /** @return a short stable identifier, e.g. {@code gasket-walker-dimension} */
    String id();

    /** @return the group of the check */
    CheckGroup group();

    /** @return the claim, in one sentence */
    String claim();

    /**
     * Runs the check.
     *
     * @param context the mode, the output folder for figures and the seed
     * @return the outcome
     */
    CheckResult run(CheckContext context);
}
