/**
 * The bridge to neural-network training: weight-displacement traces, an SGD recorder, fits of
 * the fractal-diffusion models to traces, and the local learning coefficient.
 */
package org.fracdyn.nn;
