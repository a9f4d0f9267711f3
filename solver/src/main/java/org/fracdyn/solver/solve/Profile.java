package org.fracdyn.solver.solve;

import java.util.Arrays;

/**
 * The density on the grid at one mesh time. A requested output time t is served by the first
 * mesh level at or after it, t_n &gt;= t (up to a relative 1e-12 of the end time, so that a
 * request equal to a mesh time is served by that level); {@link #time()} is that t_n.
 *
 * @param requestedTime the time asked for
 * @param step the mesh level n used
 * @param time the mesh time t_n used, &gt;= requestedTime up to round-off
 * @param density the cell averages P_i (copied)
 */
public record Profile(double requestedTime, int step, double time, double[] density) {

    /** Copies the density. */
    public Profile {
        density = density.clone();
    }

    /** @return a copy of the cell averages P_i */
    @Override
    public double[] density() {
        return density.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile profile && profile.step == step
            && Double.compare(profile.requestedTime, requestedTime) == 0
            && Double.compare(profile.time, time) == 0
            && Arrays.equals(profile.density, density);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Integer.hashCode(step) + Double.hashCode(requestedTime))
            + Arrays.hashCode(density);
    }

    @Override
    public String toString() {
        return "Profile[requestedTime=" + requestedTime + ", step=" + step + ", time=" + time
            + ", cells=" + density.length + "]";
    }
}
