package org.fracdyn.io.problem;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A validated problem of any dimension as read by {@link ProblemFiles#readAny(Path)}: a
 * {@link ProblemSpec} in one dimension ({@code domain.dims} absent or 1), a
 * {@link ProblemSpecND} in two or three.
 */
public sealed interface AnyProblemSpec permits ProblemSpec, ProblemSpecND {

    /** @return the run's name */
    String name();

    /** @return the seed recorded in summary.json */
    long seed();

    /** @return the problem file, or null when the spec was built in code */
    Path source();

    /** @return the number of space dimensions, 1 to 3 */
    int dims();

    /**
     * @return the problem as understood, with the keys of the problem file and every default
     *     filled in; itself a valid problem file
     */
    ObjectNode toJson();
}
