/**
 * Theory checks: each a named claim with its reference value and source, a tolerance, a
 * measured value and a verdict, gathered into a report.
 */
package org.fracdyn.validation;
