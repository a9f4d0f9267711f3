package org.fracdyn.lattice.ctrw;

/**
 * A histogram of equal bins: bin k covers [low + k w, low + (k + 1) w).
 *
 * <p>The arrays are shared with the caller, not copied: treat them as read-only.
 *
 * @param low the left edge of bin 0
 * @param binWidth w &gt; 0
 * @param counts the counts per bin
 * @param underflow the count below low
 * @param overflow the count at or above the last edge
 */
public record Histogram(double low, double binWidth, long[] counts, long underflow,
                        long overflow) {

    /** @return the number of bins */
    public int bins() {
        return counts.length;
    }

    /**
     * @param k a bin
     * @return its centre
     */
    public double centre(int k) {
        return low + (k + 0.5) * binWidth;
    }

    /** @return all counts, under- and overflow included */
    public long total() {
        long sum = underflow + overflow;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /**
     * @param k a bin
     * @return the probability density estimate counts[k] / (total w)
     */
    public double density(int k) {
        return counts[k] / (total() * binWidth);
    }
}
