package org.fracdyn.validation.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a check gets to run with.
 *
 * @param mode quick (minutes, part of CI) or full (publication grade)
 * @param figureFolder where the check writes its PNG figures
 * @param seed the master seed; a check derives its own from it and its id
 */
public record CheckContext(Mode mode, Path figureFolder, long seed) {

    /** How thorough a validation run is. */
    public enum Mode { QUICK, FULL }

    public CheckContext {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(figureFolder, "figureFolder");
    }

    /** @return true in the full run */
    public boolean full() {
        return mode == Mode.FULL;
    }

    /**
     * @param checkId the id of the check asking
     * @return a seed for that check, independent of the order in which checks run
     */
    public long seedFor(String checkId) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < checkId.length(); i++) {
            h = (h ^ checkId.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }
}
