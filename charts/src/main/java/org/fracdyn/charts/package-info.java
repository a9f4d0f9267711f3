/**
 * The one place where fracdyn draws: a small adapter over JFreeChart that writes line,
 * log-log and heat-map charts as PNG and SVG. Nothing in solver, lattice or nn-bridge draws.
 */
package org.fracdyn.charts;
