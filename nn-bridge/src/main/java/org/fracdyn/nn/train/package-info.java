/**
 * Recorded SGD training of an MLP: the run configuration, the trainer writing the trace as it
 * goes, progress listeners and results.
 */
package org.fracdyn.nn.train;
