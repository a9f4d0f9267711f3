package org.fracdyn.solver.solve;

import java.util.Arrays;

/**
 * The density on a d-dimensional grid at one mesh time, served like {@link Profile}: a
 * requested time t by the first mesh level with t_n &gt;= t.
 *
 * @param requestedTime the time asked for
 * @param step the mesh level n used
 * @param time the mesh time t_n used
 * @param shape the cells per axis (M_1, ..., M_d) (copied)
 * @param density the cell averages in row-major order, last axis fastest (copied)
 */
public record ProfileND(double requestedTime, int step, double time, int[] shape,
                        double[] density) {

    /** Copies the arrays and checks that they agree. */
    public ProfileND {
        shape = shape.clone();
        density = density.clone();
        long cells = 1;
        for (int m : shape) {
            cells *= m;
        }
        if (cells != density.length) {
            throw new IllegalArgumentException("density of " + density.length
                + " values for shape " + Arrays.toString(shape) + ": expected " + cells);
        }
    }

    /** @return a copy of the shape */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** @return a copy of the cell averages, row-major */
    @Override
    public double[] density() {
        return density.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileND profile && profile.step == step
            && Double.compare(profile.requestedTime, requestedTime) == 0
            && Double.compare(profile.time, time) == 0 && Arrays.equals(profile.shape, shape)
            && Arrays.equals(profile.density, density);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Integer.hashCode(step) + Arrays.hashCode(shape))
            + Arrays.hashCode(density);
    }

    @Override
    public String toString() {
        return "ProfileND[requestedTime=" + requestedTime + ", step=" + step + ", time=" + time
            + ", shape=" + Arrays.toString(shape) + "]";
    }
}
