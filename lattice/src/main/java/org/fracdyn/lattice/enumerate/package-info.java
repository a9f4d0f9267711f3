/**
 * Exact enumeration: the master equation of the walk iterated on a finite medium, giving the
 * MSD and the return probability without sampling noise.
 */
package org.fracdyn.lattice.enumerate;
