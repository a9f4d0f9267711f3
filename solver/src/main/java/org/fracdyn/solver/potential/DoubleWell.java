package org.fracdyn.solver.potential;

import org.fracdyn.solver.problem.Checks;

/**
 * The quartic double well V(x) = a x^4 - b x^2: for b &gt; 0 two minima at x = +-sqrt(b / (2a))
 * separated by a barrier of height b^2 / (4a).
 *
 * @param quartic the coefficient a &gt; 0 (energy / length^4)
 * @param quadratic the coefficient b, finite (energy / length^2); b &lt;= 0 gives a single well
 */
public record DoubleWell(double quartic, double quadratic) implements Potential {

    /** @throws IllegalArgumentException if a &lt;= 0 or b is not finite */
    public DoubleWell {
        Checks.positive("potential.a", quartic);
        Checks.finite("potential.b", quadratic);
    }

    @Override
    public double value(double x) {
        double square = x * x;
        return (quartic * square - quadratic) * square;
    }

    /** @return the barrier height b^2 / (4a) for b &gt; 0, else 0 */
    public double barrierHeight() {
        return quadratic > 0 ? quadratic * quadratic / (4 * quartic) : 0.0;
    }

    @Override
    public String label() {
        return "double-well";
    }

    @Override
    public String description() {
        return "V(x) = a x^4 - b x^2, a = " + quartic + ", b = " + quadratic;
    }
}
