package org.fracdyn.lattice.ctrw;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulates an ensemble of continuous-time random walks ({@link CtrwProblem}) on the common
 * fork-join pool.
 *
 * <p>Walkers are independent; each block of walkers runs with its own generator split in
 * block order from the seed, its sums are kept separately and added in block order at the
 * end, so the result is bit-for-bit the same for any number of threads. The cost is
 * proportional to the total number of jumps, N &lt;n(T)&gt;.
 */
public final class CtrwSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(CtrwSimulator.class);

    private CtrwSimulator() {
    }

    /**
     * @param problem the problem
     * @return the ensemble averages
     */
    public static CtrwResult run(CtrwProblem problem) {
        return run(problem, CtrwProgressListener.NONE);
    }

    /**
     * @param problem the problem
     * @param listener told after each block (thread-safe)
     * @return the ensemble averages
     */
    public static CtrwResult run(CtrwProblem problem, CtrwProgressListener listener) {
        long walkers = problem.walkers();
        int perBlock = problem.walkersPerBlock();
        long blockCount = (walkers + perBlock - 1) / perBlock;
        if (blockCount > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("ctrw.walkersPerBlock = " + perBlock + ": gives "
                + blockCount + " blocks for " + walkers + " walkers; expected at most 2^30");
        }
        int blocks = (int) blockCount;
        int times = problem.observationTimes().length;
        int bins = 2 * problem.histogramHalfBins() + 1;
        long bytes = (long) blocks * (4L * times * Double.BYTES + (long) bins * Long.BYTES);
        if (bytes > (1L << 31)) {
            throw new IllegalArgumentException("ctrw.histogramHalfBins = "
                + problem.histogramHalfBins() + " with " + blocks + " blocks: the block sums"
                + " need " + bytes + " bytes; expected at most 2^31 (use larger blocks)");
        }
        LOG.debug("CTRW: {} walkers in {} blocks, d = {}, {}", walkers, blocks,
            problem.dimension(), problem.waitingTime());

        SplittableGenerator root =
            (SplittableGenerator) RandomGeneratorFactory.of("L64X128MixRandom")
                .create(problem.seed());
        SplittableGenerator[] generators = new SplittableGenerator[blocks];
        for (int b = 0; b < blocks; b++) {
            generators[b] = root.split();
        }
        AtomicInteger done = new AtomicInteger();
        BlockSums[] sums = new BlockSums[blocks];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            long first = (long) b * perBlock;
            int count = (int) Math.min(perBlock, walkers - first);
            sums[b] = simulateBlock(problem, count, generators[b]);
            listener.blockFinished(done.incrementAndGet(), blocks);
        });

        return combine(problem, sums);
    }

    private static BlockSums simulateBlock(CtrwProblem problem, int count, RandomGenerator rng) {
        double[] times = problem.observationTimes();
        int d = problem.dimension();
        WaitingTime waiting = problem.waitingTime();
        JumpKernel kernel = problem.jumps();
        boolean lattice = kernel instanceof JumpKernel.NearestNeighbour;
        double sigma = kernel instanceof JumpKernel.Gaussian g ? g.sigma() : 1;
        BlockSums sums = new BlockSums(times.length, 2 * problem.histogramHalfBins() + 1);
        double width = problem.histogramBinWidth();
        double low = -(problem.histogramHalfBins() + 0.5) * width;
        double[] position = new double[d];

        for (int w = 0; w < count; w++) {
            java.util.Arrays.fill(position, 0);
            long jumps = 0;
            double clock = waiting.sample(rng);
            for (int m = 0; m < times.length; m++) {
                while (clock <= times[m]) {
                    if (lattice) {
                        position[rng.nextInt(d)] += rng.nextBoolean() ? 1 : -1;
                    } else {
                        for (int k = 0; k < d; k++) {
                            position[k] += sigma * rng.nextGaussian();
                        }
                    }
                    jumps++;
                    clock += waiting.sample(rng);
                }
                double r2 = 0;
                for (int k = 0; k < d; k++) {
                    r2 += position[k] * position[k];
                }
                sums.r2[m] += r2;
                sums.r4[m] += r2 * r2;
                sums.n[m] += jumps;
                sums.n2[m] += (double) jumps * jumps;
            }
            for (int k = 0; k < d; k++) {
                double index = Math.floor((position[k] - low) / width);
                if (index < 0) {
                    sums.underflow++;
                } else if (index >= sums.histogram.length) {
                    sums.overflow++;
                } else {
                    sums.histogram[(int) index]++;
                }
            }
        }
        return sums;
    }

    private static CtrwResult combine(CtrwProblem problem, BlockSums[] blocks) {
        double[] times = problem.observationTimes();
        int m = times.length;
        int bins = 2 * problem.histogramHalfBins() + 1;
        double[] r2 = new double[m];
        double[] r4 = new double[m];
        double[] n = new double[m];
        double[] n2 = new double[m];
        long[] counts = new long[bins];
        long underflow = 0;
        long overflow = 0;
        for (BlockSums block : blocks) {
            for (int k = 0; k < m; k++) {
                r2[k] += block.r2[k];
                r4[k] += block.r4[k];
                n[k] += block.n[k];
                n2[k] += block.n2[k];
            }
            for (int k = 0; k < bins; k++) {
                counts[k] += block.histogram[k];
            }
            underflow += block.underflow;
            overflow += block.overflow;
        }

        double walkers = problem.walkers();
        double[] msd = new double[m];
        double[] msdError = new double[m];
        double[] jumps = new double[m];
        double[] jumpsError = new double[m];
        for (int k = 0; k < m; k++) {
            msd[k] = r2[k] / walkers;
            msdError[k] = Math.sqrt(Math.max(0, r4[k] / walkers - msd[k] * msd[k])
                / (walkers - 1));
            jumps[k] = n[k] / walkers;
            jumpsError[k] = Math.sqrt(Math.max(0, n2[k] / walkers - jumps[k] * jumps[k])
                / (walkers - 1));
        }
        double width = problem.histogramBinWidth();
        Histogram histogram = new Histogram(-(problem.histogramHalfBins() + 0.5) * width, width,
            counts, underflow, overflow);
        return new CtrwResult(problem, times, msd, msdError, jumps, jumpsError, histogram);
    }

    /** The sums of one block of walkers. */
    private static final class BlockSums {
        final double[] r2;
        final double[] r4;
        final double[] n;
        final double[] n2;
        final long[] histogram;
        long underflow;
        long overflow;

        BlockSums(int times, int bins) {
            r2 = new double[times];
            r4 = new double[times];
            n = new double[times];
            n2 = new double[times];
            histogram = new long[bins];
        }
    }
}
