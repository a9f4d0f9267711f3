package org.fracdyn.io.problem;

import java.util.Arrays;

/**
 * What a run writes: the density P at chosen times, and the moments every few steps.
 *
 * @param times the times at which P is written, strictly increasing, each in (0, time.end]
 * @param every the moments (mass, mean, variance, ...) are recorded every this many steps,
 *     &gt;= 1 (the last step is always recorded)
 */
public record OutputSpec(double[] times, int every) {

    /**
     * @throws IllegalArgumentException if times are not strictly increasing and positive, or
     *     every &lt; 1
     */
    public OutputSpec {
        times = times.clone();
        for (int i = 0; i < times.length; i++) {
            if (!(times[i] > 0 && Double.isFinite(times[i]))) {
                throw new IllegalArgumentException("output.times[" + i + "] = " + times[i]
                    + ": expected a finite time > 0");
            }
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("output.times[" + i + "] = " + times[i]
                    + ": expected times in increasing order, each > " + times[i - 1]);
            }
        }
        if (every < 1) {
            throw new IllegalArgumentException("output.every = " + every
                + ": expected an integer >= 1");
        }
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputSpec that
            && Arrays.equals(times, that.times) && every == that.every;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + every;
    }

    @Override
    public String toString() {
        return "OutputSpec[times=" + Arrays.toString(times) + ", every=" + every + "]";
    }
}
