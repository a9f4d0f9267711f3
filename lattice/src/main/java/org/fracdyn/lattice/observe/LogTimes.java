package org.fracdyn.lattice.observe;

import java.util.Arrays;
import org.fracdyn.lattice.medium.Validation;

/**
 * Log-spaced integer sample times 1 <= t <= tMax: round(10^(k / perDecade)) without repeats,
 * always including tMax. With {@code evenOnly} (bipartite media, where P0 vanishes at odd
 * times) each time is rounded up to the next even number.
 */
public final class LogTimes {

    private LogTimes() {
    }

    /**
     * @param tMax the last time, at least 1 (at least 2 when even only)
     * @param perDecade points per decade, at least 1
     * @param evenOnly round every time up to an even number
     * @return the times, increasing
     */
    public static long[] of(long tMax, int perDecade, boolean evenOnly) {
        Validation.requireAtLeast("tMax", tMax, evenOnly ? 2 : 1);
        Validation.requireAtLeast("perDecade", perDecade, 1);
        long[] out = new long[16];
        int n = 0;
        long last = 0;
        for (int k = 0;; k++) {
            long t = Math.round(Math.pow(10, k / (double) perDecade));
            if (evenOnly && (t & 1) == 1) {
                t++;
            }
            if (t > tMax) {
                break;
            }
            if (t > last) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = t;
                last = t;
            }
        }
        long end = evenOnly ? tMax & ~1L : tMax;
        if (end > last) {
            out = Arrays.copyOf(out, n + 1);
            out[n++] = end;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Times {@code base^k} for k = 0 .. kMax, for fits over whole log-periods of a
     * deterministic fractal whose time factor is {@code base}.
     *
     * @param base the time factor, at least 2
     * @param kMax the largest power
     * @return the times
     */
    public static long[] powers(long base, int kMax) {
        Validation.requireAtLeast("base", base, 2);
        long[] out = new long[kMax + 1];
        long t = 1;
        for (int k = 0; k <= kMax; k++) {
            out[k] = t;
            t = Math.multiplyExact(t, base);
        }
        return out;
    }
}
