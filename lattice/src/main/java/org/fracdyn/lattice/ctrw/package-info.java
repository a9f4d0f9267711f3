/**
 * Continuous-time random walks on Z^d and R^d (d = 1, 2, 3) with heavy-tailed waiting times
 * (Pareto, exact Mittag-Leffler): ensembles of walkers, their MSD and mean number of jumps at
 * chosen times, and the final-position histogram, reproducible for a seed whatever the
 * number of threads.
 */
package org.fracdyn.lattice.ctrw;
