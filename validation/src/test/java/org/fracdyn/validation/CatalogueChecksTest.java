package org.fracdyn.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a few of the cheapest catalogue checks end to end, in quick mode: each must pass and
 * write the figure it names. The whole quick suite is run by CI as
 * {@code fracdyn validate --quick}, not here.
 */
class CatalogueChecksTest {

    private static final Set<String> CHEAP = Set.of("boltzmann-stationary",
        "space-order-alpha-0.5", "mittag-leffler-table", "gasket-walker-dimension-enumeration");

    @Test
    void cheapChecksPassAndWriteTheirFigures(@TempDir Path folder) throws Exception {
        List<Check> chosen = ValidationCatalogue.all().stream()
            .filter(check -> CHEAP.contains(check.id())).toList();
        assertEquals(CHEAP.size(), chosen.size(), "the cheap checks are in the catalogue");

        ValidationReport report = new ValidationSuite(chosen).run(CheckContext.Mode.QUICK,
            folder, 1, new ValidationSuite.Listener() {
                @Override
                public void started(int index, int total, Check check) {
                }

                @Override
                public void finished(int index, int total, CheckResult result) {
                }
            });

        for (CheckResult result : report.results()) {
            assertEquals(Verdict.PASS, result.verdict(), result.id() + ": " + result.details());
            assertFalse(result.figures().isEmpty(), result.id() + " has a figure");
            for (Path figure : result.figures()) {
                assertTrue(figure.startsWith("figures"), figure.toString());
                assertTrue(Files.size(folder.resolve(figure)) > 1000, figure + " is a PNG");
            }
        }
    }

    @Test
    void everyCheckHasAUniqueIdAndEveryGroupHasChecks() {
        Set<String> ids = new HashSet<>();
        Set<CheckGroup> groups = new HashSet<>();
        for (Check check : ValidationCatalogue.all()) {
            assertTrue(ids.add(check.id()), "duplicate id " + check.id());
            groups.add(check.group());
        }
        assertEquals(Set.of(CheckGroup.values()), groups);
    }
}
