/**
 * Checks of the lattice exponents: the Sierpinski gasket's exact dimensions by exact
 * enumeration and by walkers, the square-lattice percolation threshold, and the 2D percolation
 * exponents with the Alexander-Orbach and Einstein relations.
 */
package org.fracdyn.validation.lattice;
