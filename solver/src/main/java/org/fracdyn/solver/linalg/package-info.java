/** Banded linear solvers in O(M): tridiagonal (Thomas) and cyclic (Sherman-Morrison). */
package org.fracdyn.solver.linalg;
