/**
 * Deterministic fractals as media: the Sierpinski gasket (a graph), the 3x3 Sierpinski carpet
 * and the Vicsek fractal (occupancy grids), and the 2D comb.
 */
package org.fracdyn.lattice.fractal;
