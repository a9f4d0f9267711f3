/**
 * Linear solvers: banded in O(M), tridiagonal (Thomas) and cyclic (Sherman-Morrison); for 2D
 * and 3D grids, the nested-dissection ordering used with EJML's sparse factorisations, and
 * Jacobi-preconditioned conjugate gradients.
 */
package org.fracdyn.solver.linalg;
