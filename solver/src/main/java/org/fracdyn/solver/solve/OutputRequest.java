package org.fracdyn.solver.solve;

import java.util.Arrays;

/**
 * What a solve should record: the density profiles at the requested times, and a row of
 * moments every {@code every} steps (besides t = 0, t = end and each output time, which are
 * always recorded).
 *
 * @param times the times of the requested profiles, each in [0, end]; copied and sorted
 * @param every the interval in steps between moment rows, &gt;= 1, or 0 for no rows besides
 *     the ones always recorded
 */
public record OutputRequest(double[] times, int every) {

    /** @throws IllegalArgumentException if a time is not finite or every &lt; 0 */
    public OutputRequest {
        if (every < 0) {
            throw new IllegalArgumentException(
                "output.every = " + every + ": expected an integer >= 0 (0: no periodic rows)");
        }
        times = times.clone();
        for (int j = 0; j < times.length; j++) {
            if (!Double.isFinite(times[j]) || times[j] < 0) {
                throw new IllegalArgumentException(
                    "output.times[" + j + "] = " + times[j] + ": expected a finite time >= 0");
            }
        }
        Arrays.sort(times);
    }

    /**
     * @param every the interval in steps between moment rows
     * @param times the times of the requested profiles
     * @return the request
     */
    public static OutputRequest of(int every, double... times) {
        return new OutputRequest(times, every);
    }

    /** @return a copy of the requested times, sorted */
    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputRequest request && request.every == every
            && Arrays.equals(request.times, times);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + every;
    }

    @Override
    public String toString() {
        return "OutputRequest[times=" + Arrays.toString(times) + ", every=" + every + "]";
    }
}
