package org.fracdyn.lattice.walk;

import org.fracdyn.lattice.medium.Validation;

/**
 * What to simulate: the ant, the number of walkers, the sample times and the optional
 * measurements. Walkers are processed in fixed blocks of {@code blockSize}; block {@code b} uses
 * the {@code b}-th generator split sequentially from an L64X128MixRandom seeded with
 * {@code seed}, so the result depends on the seed and the block size, never on the thread count.
 *
 * @param ant blind or myopic
 * @param walkers number of walkers, at least 1
 * @param times sample times, increasing, at least 1
 * @param trackDistinct whether to measure S(t) (costs a visited bitset per thread, n/8 bytes,
 *     and about a third of the speed)
 * @param histogramTimes times at which to record the displacement histogram (each must be one
 *     of {@code times}); may be empty
 * @param histogramBinWidth bin width of the histograms in bond lengths, &gt; 0
 * @param histogramBins number of bins, at least 1
 * @param seed the master seed
 * @param threads worker threads, at least 1
 * @param blockSize walkers per block, at least 1
 */
public record WalkSettings(Ant ant, long walkers, long[] times, boolean trackDistinct,
        long[] histogramTimes, double histogramBinWidth, int histogramBins, long seed,
        int threads, int blockSize) {

    /** Validates. */
    public WalkSettings {
        Validation.requireAtLeast("walkers", walkers, 1);
        Validation.requireAtLeast("threads", threads, 1);
        Validation.requireAtLeast("blockSize", blockSize, 1);
        Validation.requireAtLeast("histogramBins", histogramBins, 1);
        if (times.length == 0 || times[0] < 1) {
            throw new IllegalArgumentException("times: expected at least one time >= 1");
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times[" + i + "] = " + times[i]
                        + ": expected increasing times");
            }
        }
        for (long h : histogramTimes) {
            if (java.util.Arrays.binarySearch(times, h) < 0) {
                throw new IllegalArgumentException("histogramTimes contains " + h
                        + ": expected one of the sample times");
            }
        }
        if (!(histogramBinWidth > 0)) {
            throw new IllegalArgumentException("histogramBinWidth = " + histogramBinWidth
                    + ": expected a positive width");
        }
        times = times.clone();
        histogramTimes = histogramTimes.clone();
    }

    /**
     * Settings with no histogram, S(t) measured, 1024 walkers per block.
     *
     * @param ant the ant
     * @param walkers number of walkers
     * @param times sample times
     * @param seed master seed
     * @param threads threads
     * @return the settings
     */
    public static WalkSettings of(Ant ant, long walkers, long[] times, long seed, int threads) {
        return new WalkSettings(ant, walkers, times, true, new long[0], 1.0, 1, seed, threads,
                1024);
    }

    /**
     * @param track whether to measure S(t)
     * @return a copy with that choice
     */
    public WalkSettings withDistinct(boolean track) {
        return new WalkSettings(ant, walkers, times, track, histogramTimes, histogramBinWidth,
                histogramBins, seed, threads, blockSize);
    }

    /**
     * @param histTimes histogram times
     * @param binWidth bin width
     * @param bins number of bins
     * @return a copy with histograms
     */
    public WalkSettings withHistograms(long[] histTimes, double binWidth, int bins) {
        return new WalkSettings(ant, walkers, times, trackDistinct, histTimes, binWidth, bins,
                seed, threads, blockSize);
    }

    /**
     * @param newThreads the thread count
     * @return a copy with that thread count
     */
    public WalkSettings withThreads(int newThreads) {
        return new WalkSettings(ant, walkers, times, trackDistinct, histogramTimes,
                histogramBinWidth, histogramBins, seed, newThreads, blockSize);
    }

    /**
     * @param newSeed the seed
     * @return a copy with that seed
     */
    public WalkSettings withSeed(long newSeed) {
        return new WalkSettings(ant, walkers, times, trackDistinct, histogramTimes,
                histogramBinWidth, histogramBins, newSeed, threads, blockSize);
    }
}
