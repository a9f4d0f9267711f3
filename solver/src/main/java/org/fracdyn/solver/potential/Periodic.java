package org.fracdyn.solver.potential;

import org.fracdyn.solver.problem.Checks;

/**
 * A cosine (washboard) potential with an optional tilt:
 * V(x) = A cos(2 pi x / L) - F x. On a periodic domain whose length is a multiple of L the
 * cosine part is periodic and F drives a steady current; with F = 0 the Boltzmann density is
 * stationary.
 *
 * @param amplitude the amplitude A, finite (energy)
 * @param period the period L &gt; 0 (length)
 * @param tilt the tilt force F, finite (energy / length)
 */
public record Periodic(double amplitude, double period, double tilt) implements Potential {

    /** @throws IllegalArgumentException if L &lt;= 0 or a parameter is not finite */
    public Periodic {
        Checks.finite("potential.amplitude", amplitude);
        Checks.positive("potential.period", period);
        Checks.finite("potential.tilt", tilt);
    }

    /**
     * The untilted cosine potential.
     *
     * @param amplitude the amplitude A
     * @param period the period L &gt; 0
     */
    public Periodic(double amplitude, double period) {
        this(amplitude, period, 0.0);
    }

    @Override
    public double value(double x) {
        return amplitude * Math.cos(2 * Math.PI * x / period) - tilt * x;
    }

    @Override
    public String label() {
        return "periodic";
    }

    @Override
    public String description() {
        return "V(x) = A cos(2 pi x / L) - F x, A = " + amplitude + ", L = " + period
            + ", F = " + tilt;
    }
}
