/**
 * The claims of "Almost Bayesian: The Fractal Dynamics of Stochastic Gradient Descent" checked
 * on real training traces (Fashion-MNIST), in the form docs/theory.md fixes: subdiffusion,
 * power law against logarithm, the bound d_s &lt;= lambda with its tightness, and the correlation
 * with the generalisation error across architectures.
 */
package org.fracdyn.validation.paper;
