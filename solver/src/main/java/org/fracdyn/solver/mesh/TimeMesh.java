package org.fracdyn.solver.mesh;

import java.util.Arrays;

/**
 * A time mesh 0 = t_0 &lt; t_1 &lt; ... &lt; t_N = T.
 *
 * <p>Two families are provided: the uniform mesh t_n = T n / N, and the graded mesh
 * t_n = T (n / N)^r with grading exponent r &gt;= 1, which concentrates steps near t = 0 where
 * solutions of Caputo equations have a t^alpha layer. With r = (2 - alpha) / alpha the L1
 * scheme recovers its order 2 - alpha on such solutions (Stynes, O'Riordan and Gracia,
 * SIAM J. Numer. Anal. 55 (2017) 1057-1079, doi 10.1137/16M1082329).
 *
 * <p>Instances are immutable.
 */
public final class TimeMesh {

    private final double[] times;
    private final double grading;

    private TimeMesh(double[] times, double grading) {
        this.times = times;
        this.grading = grading;
    }

    /**
     * The uniform mesh t_n = T n / N.
     *
     * @param end the final time T &gt; 0
     * @param steps the number of steps N &gt;= 1
     * @return the mesh
     * @throws IllegalArgumentException if T or N is out of range
     */
    public static TimeMesh uniform(double end, int steps) {
        return graded(end, steps, 1.0);
    }

    /**
     * The graded mesh t_n = T (n / N)^r.
     *
     * @param end the final time T &gt; 0
     * @param steps the number of steps N &gt;= 1
     * @param grading the grading exponent r &gt;= 1 (r = 1 is the uniform mesh)
     * @return the mesh
     * @throws IllegalArgumentException if T, N or r is out of range
     */
    public static TimeMesh graded(double end, int steps, double grading) {
        if (!(end > 0) || !Double.isFinite(end)) {
            throw new IllegalArgumentException(
                "time.end = " + end + ": expected a finite number > 0");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("time.steps = " + steps + ": expected >= 1");
        }
        if (!(grading >= 1.0) || !Double.isFinite(grading)) {
            throw new IllegalArgumentException(
                "time.grading = " + grading + ": expected a finite number >= 1");
        }

        double[] times = new double[steps + 1];
        for (int n = 1; n < steps; n++) {
            double fraction = (double) n / steps;
            times[n] = grading == 1.0 ? end * fraction : end * Math.pow(fraction, grading);
        }
        times[steps] = end;
        return new TimeMesh(times, grading);
    }

    /** @return the number of steps N */
    public int steps() {
        return times.length - 1;
    }

    /**
     * @param n the level, 0 &lt;= n &lt;= N
     * @return t_n
     */
    public double time(int n) {
        return times[n];
    }

    /**
     * @param n the step, 1 &lt;= n &lt;= N
     * @return the step size tau_n = t_n - t_{n-1}
     */
    public double step(int n) {
        return times[n] - times[n - 1];
    }

    /** @return the final time T */
    public double end() {
        return times[times.length - 1];
    }

    /** @return the grading exponent r (1 for the uniform mesh) */
    public double grading() {
        return grading;
    }

    /** @return true when the mesh is uniform (r = 1) */
    public boolean isUniform() {
        return grading == 1.0;
    }

    /** @return a copy of t_0 ... t_N */
    public double[] times() {
        return times.clone();
    }

    @Override
    public String toString() {
        return "TimeMesh[end=" + end() + ", steps=" + steps() + ", grading=" + grading + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeMesh mesh && mesh.grading == grading
            && Arrays.equals(mesh.times, times);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Double.hashCode(grading);
    }
}
