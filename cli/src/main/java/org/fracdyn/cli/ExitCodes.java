package org.fracdyn.cli;

import java.io.UncheckedIOException;

/** The exit codes of every fracdyn command, and which failures count as bad input. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;

    /** An internal failure: a bug, or a numerical failure the user cannot fix by input. */
    public static final int INTERNAL = 1;

    /** Bad input: a usage error, an invalid value, a missing or malformed file. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    /**
     * Tells whether a failure was caused by the user's input.
     *
     * @param error the failure, not null
     * @return true for {@link IllegalArgumentException} and {@link UncheckedIOException}
     */
    public static boolean isBadInput(Throwable error) {
        return error instanceof IllegalArgumentException || error instanceof UncheckedIOException;
    }
}
