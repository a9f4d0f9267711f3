/** Boundary conditions of the Fokker-Planck equation on an interval, by their names. */
package org.fracdyn.solver.boundary;
