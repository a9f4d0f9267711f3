package org.fracdyn.solver.potential;

import org.fracdyn.solver.problem.Checks;

/**
 * The harmonic potential V(x) = k (x - c)^2 / 2. With it the Fokker-Planck equation is the
 * (fractional) Ornstein-Uhlenbeck process: the mean relaxes as c + (x0 - c) E_alpha(-(k/gamma)
 * t^alpha) (Metzler, Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563,
 * doi 10.1103/PhysRevLett.82.3563).
 *
 * @param stiffness the spring constant k &gt; 0 (energy / length^2)
 * @param center the centre c, finite
 */
public record Harmonic(double stiffness, double center) implements Potential {

    /** @throws IllegalArgumentException if k &lt;= 0 or a parameter is not finite */
    public Harmonic {
        Checks.positive("potential.k", stiffness);
        Checks.finite("potential.center", center);
    }

    @Override
    public double value(double x) {
        double offset = x - center;
        return 0.5 * stiffness * offset * offset;
    }

    @Override
    public String label() {
        return "harmonic";
    }

    @Override
    public String description() {
        return "V(x) = k (x - c)^2 / 2, k = " + stiffness + ", c = " + center;
    }
}
