/**
 * Training traces: the table of weight displacements R(t) = ||w_t - w_0|| (total and per
 * tensor) and training metrics by optimiser step, with readers and writers for CSV, JSON lines
 * and NumPy files and a row-by-row recorder. The schema is in {@code docs/traces.md}.
 */
package org.fracdyn.nn.trace;
