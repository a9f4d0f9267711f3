/**
 * Random walkers on media: the blind and the myopic ant, many walkers per thread with a
 * splittable generator split per block so that a seed gives the same result for any thread
 * count, start sites on the chosen cluster, and averages over disorder realisations.
 */
package org.fracdyn.lattice.walk;
