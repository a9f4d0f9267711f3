package org.fracdyn.lattice.ctrw;

/**
 * The ensemble averages of a {@link CtrwProblem}.
 *
 * <p>At each observation time t_m: the mean squared displacement from the origin
 * &lt;r^2(t_m)&gt; summed over the d dimensions, its standard error
 * sqrt(var(r^2) / (N - 1)) over the N walkers, the mean number of jumps &lt;n(t_m)&gt; and
 * its standard error. The histogram holds the d components of the final positions of all
 * walkers (N d entries).
 *
 * <p>The arrays are shared with the caller, not copied: treat them as read-only.
 *
 * @param problem the problem solved
 * @param times the observation times
 * @param msd &lt;r^2(t_m)&gt;
 * @param msdStderr the standard errors of the MSD
 * @param meanJumps &lt;n(t_m)&gt;
 * @param meanJumpsStderr the standard errors of &lt;n&gt;
 * @param finalPositions the histogram of the position components at the last time
 */
public record CtrwResult(CtrwProblem problem, double[] times, double[] msd, double[] msdStderr,
                         double[] meanJumps, double[] meanJumpsStderr,
                         Histogram finalPositions) {

    /**
     * The z-score of the measured MSD against the problem's theoretical MSD.
     *
     * @param m an observation index
     * @return (msd - theory) / stderr
     */
    public double msdZScore(int m) {
        return (msd[m] - problem.theoreticalMsd(times[m])) / msdStderr[m];
    }
}
