/**
 * Media a walker moves on: the {@link org.fracdyn.lattice.medium.Medium} interface and its one
 * compact implementation {@link org.fracdyn.lattice.medium.GraphMedium} (a neighbour table with
 * integer step vectors, so displacements are exact and unwrapped), the regular lattices
 * ({@link org.fracdyn.lattice.medium.Lattice}: square, triangular, simple cubic; open or
 * periodic) with implicit index arithmetic, and users' media from files
 * ({@link org.fracdyn.lattice.medium.MediumFiles}).
 */
package org.fracdyn.lattice.medium;
