/**
 * Checks of the nn-bridge estimators on synthetic data with known answers: bootstrap coverage
 * and model comparison of trace fits, and the local learning coefficient of models with known
 * lambda.
 */
package org.fracdyn.validation.bridge;
