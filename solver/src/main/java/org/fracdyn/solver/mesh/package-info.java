/**
 * Space and time meshes: the uniform 1D grid, the d-dimensional box grid with one boundary
 * per axis, and uniform or graded time meshes.
 */
package org.fracdyn.solver.mesh;
