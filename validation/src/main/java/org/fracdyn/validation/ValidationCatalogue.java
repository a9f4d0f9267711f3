package org.fracdyn.validation;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;

/**
 * Every check fracdyn knows, in report order. The mode is passed to each check at run time;
 * the list is the same for the quick and the full run.
 */
public final class ValidationCatalogue {

    private ValidationCatalogue() {
    }

    /**
     * @return all checks, grouped as in the report
     */
    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        return checks;
    }

    /**
     * @param mode quick or full
     * @return a rough duration of the run on a 2-core machine, for the user to plan by
     */
    public static String expectedDuration(CheckContext.Mode mode) {
        return mode == CheckContext.Mode.QUICK ? "a few minutes" : "about an hour";
    }
}
