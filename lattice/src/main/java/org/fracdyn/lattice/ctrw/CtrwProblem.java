package org.fracdyn.lattice.ctrw;

import java.util.Arrays;

/**
 * An ensemble of independent continuous-time random walks started at the origin at t = 0.
 *
 * <p>Each walker waits a time drawn from {@code waitingTime}, jumps by {@code jumps}, waits
 * again, and so on (no ageing: the first wait starts at t = 0). The positions are observed at
 * the given times; the final-time positions are histogrammed, all d components pooled (they
 * are identically distributed by symmetry).
 *
 * <p>Randomness: walkers are grouped into consecutive blocks of {@code walkersPerBlock}; block
 * b uses the b-th generator split in order from an L64X128MixRandom seeded with
 * {@code seed}, so results do not depend on the number of threads.
 *
 * @param dimension d = 1, 2 or 3
 * @param waitingTime the waiting-time law
 * @param jumps the jump law
 * @param walkers the number of walkers, &gt;= 2
 * @param observationTimes increasing times &gt; 0
 * @param seed the seed
 * @param walkersPerBlock walkers per generator block, &gt;= 1 (default 1024)
 * @param histogramBinWidth the bin width of the final-position histogram (&gt; 0; 1 on the
 *     lattice, bins centred on the integers)
 * @param histogramHalfBins bins on each side of the central bin, &gt;= 1
 */
public record CtrwProblem(int dimension, WaitingTime waitingTime, JumpKernel jumps,
                          long walkers, double[] observationTimes, long seed,
                          int walkersPerBlock, double histogramBinWidth,
                          int histogramHalfBins) {

    /** Refused above this many expected jumps in total (about a CPU-hour). */
    public static final double MAX_TOTAL_JUMPS = 1e11;

    /**
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public CtrwProblem {
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException(
                "ctrw.dimension = " + dimension + ": expected 1, 2 or 3");
        }
        if (waitingTime == null || jumps == null) {
            throw new IllegalArgumentException("ctrw.waitingTime and ctrw.jumps: expected"
                + " non-null laws");
        }
        if (walkers < 2) {
            throw new IllegalArgumentException(
                "ctrw.walkers = " + walkers + ": expected an integer >= 2");
        }
        if (observationTimes == null || observationTimes.length == 0) {
            throw new IllegalArgumentException("ctrw.observationTimes: expected at least one");
        }
        observationTimes = observationTimes.clone();
        for (int m = 0; m < observationTimes.length; m++) {
            double t = observationTimes[m];
            boolean increasing = m == 0 || t > observationTimes[m - 1];
            if (!(t > 0) || !Double.isFinite(t) || !increasing) {
                throw new IllegalArgumentException("ctrw.observationTimes[" + m + "] = " + t
                    + ": expected finite times > 0, strictly increasing");
            }
        }
        if (walkersPerBlock < 1) {
            throw new IllegalArgumentException("ctrw.walkersPerBlock = " + walkersPerBlock
                + ": expected an integer >= 1");
        }
        if (!(histogramBinWidth > 0) || !Double.isFinite(histogramBinWidth)) {
            throw new IllegalArgumentException("ctrw.histogramBinWidth = " + histogramBinWidth
                + ": expected a finite number > 0");
        }
        if (histogramHalfBins < 1 || histogramHalfBins > 10_000_000) {
            throw new IllegalArgumentException("ctrw.histogramHalfBins = " + histogramHalfBins
                + ": expected an integer in [1, 10^7]");
        }
        double jumpsTotal = walkers * waitingTime.meanJumps(observationTimes[
            observationTimes.length - 1]);
        if (jumpsTotal > MAX_TOTAL_JUMPS) {
            throw new IllegalArgumentException("ctrw.walkers = " + walkers + " to t = "
                + observationTimes[observationTimes.length - 1] + ": about " + jumpsTotal
                + " jumps expected, more than the limit " + MAX_TOTAL_JUMPS);
        }
    }

    /**
     * A problem with 1024 walkers per block and a histogram covering +-6 theoretical
     * standard deviations of a component at the final time (bin width 1 on the lattice,
     * sigma for Gaussian jumps).
     *
     * @param dimension d
     * @param waitingTime the waiting-time law
     * @param jumps the jump law
     * @param walkers the number of walkers
     * @param observationTimes the observation times
     * @param seed the seed
     * @return the problem
     */
    public static CtrwProblem of(int dimension, WaitingTime waitingTime, JumpKernel jumps,
                                 long walkers, double[] observationTimes, long seed) {
        if (waitingTime == null || jumps == null || dimension < 1 || dimension > 3) {
            return new CtrwProblem(dimension, waitingTime, jumps, walkers, observationTimes,
                seed, 1024, 1, 1);
        }
        double width = jumps instanceof JumpKernel.Gaussian g ? g.sigma() : 1.0;
        double last = observationTimes == null || observationTimes.length == 0
            ? 1 : observationTimes[observationTimes.length - 1];
        double spread = Math.sqrt(Math.max(1,
            jumps.variancePerDimension(dimension) * waitingTime.meanJumps(last)));
        int half = (int) Math.min(10_000_000, Math.ceil(6 * spread / width) + 1);
        return new CtrwProblem(dimension, waitingTime, jumps, walkers, observationTimes, seed,
            1024, width, half);
    }

    /**
     * Observation times spaced evenly in ln t: first * 10^(k / perDecade) up to last.
     *
     * @param first the first time &gt; 0
     * @param last the last time &gt;= first
     * @param perDecade times per decade, &gt;= 1
     * @return the times, last included when it falls on the grid
     */
    public static double[] logSpacedTimes(double first, double last, int perDecade) {
        if (!(first > 0) || !(last >= first) || !Double.isFinite(last)) {
            throw new IllegalArgumentException("ctrw.times = [" + first + ", " + last
                + "]: expected finite 0 < first <= last");
        }
        if (perDecade < 1) {
            throw new IllegalArgumentException(
                "ctrw.timesPerDecade = " + perDecade + ": expected an integer >= 1");
        }
        int count = (int) Math.floor(Math.log10(last / first) * perDecade + 1e-9) + 1;
        double[] times = new double[count];
        for (int k = 0; k < count; k++) {
            times[k] = first * Math.pow(10, (double) k / perDecade);
        }
        return times;
    }

    /**
     * @param count walkers per block
     * @return a copy with that block size
     */
    public CtrwProblem withWalkersPerBlock(int count) {
        return new CtrwProblem(dimension, waitingTime, jumps, walkers, observationTimes, seed,
            count, histogramBinWidth, histogramHalfBins);
    }

    /**
     * @param width the bin width
     * @param halfBins bins on each side of the central one
     * @return a copy with that histogram
     */
    public CtrwProblem withHistogram(double width, int halfBins) {
        return new CtrwProblem(dimension, waitingTime, jumps, walkers, observationTimes, seed,
            walkersPerBlock, width, halfBins);
    }

    /**
     * The theoretical MSD &lt;r^2(t)&gt; = d sigma^2 &lt;n(t)&gt; summed over the d
     * dimensions (exact for Mittag-Leffler waits, asymptotic for Pareto).
     *
     * @param time t
     * @return the MSD
     */
    public double theoreticalMsd(double time) {
        return dimension * jumps.variancePerDimension(dimension) * waitingTime.meanJumps(time);
    }

    /**
     * The generalised diffusion coefficient D of the equivalent time-fractional diffusion
     * equation: &lt;x^2(t)&gt; = 2 D t^beta / Gamma(1 + beta) per dimension, so
     * D = sigma^2 K_n / 2 with K_n the {@link WaitingTime#renewalRate() renewal rate};
     * sigma^2 / (2 gamma^beta) for Mittag-Leffler waits (exact), and
     * sigma^2 / (2 t0^beta Gamma(1 - beta)) for Pareto waits (asymptotic), in
     * length^2 / time^beta.
     *
     * @return D
     */
    public double generalisedDiffusionCoefficient() {
        return jumps.variancePerDimension(dimension) * waitingTime.renewalRate() / 2;
    }

    @Override
    public double[] observationTimes() {
        return observationTimes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CtrwProblem p && dimension == p.dimension
            && waitingTime.equals(p.waitingTime) && jumps.equals(p.jumps)
            && walkers == p.walkers && Arrays.equals(observationTimes, p.observationTimes)
            && seed == p.seed && walkersPerBlock == p.walkersPerBlock
            && histogramBinWidth == p.histogramBinWidth
            && histogramHalfBins == p.histogramHalfBins;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(observationTimes) * 31 + Long.hashCode(seed);
    }
}
