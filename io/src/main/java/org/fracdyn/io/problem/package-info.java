/**
 * Problem files: a strict YAML/JSON reader ({@link org.fracdyn.io.problem.ProblemFiles}) and
 * the immutable spec it produces ({@link org.fracdyn.io.problem.ProblemSpec} and its parts),
 * which can be written back as JSON. The format is documented in {@code docs/problem-file.md}.
 * Turning a spec into solver objects is not done here.
 */
package org.fracdyn.io.problem;
