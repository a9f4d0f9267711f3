package org.fracdyn.solver.potential;

import org.fracdyn.solver.problem.Checks;

/**
 * A constant force F: V(x) = -F x (F &gt; 0 pushes towards +x). On a periodic domain this is a
 * pure tilt, see {@link Potential#tilt()}.
 *
 * @param force the force F, any finite number (energy / length)
 */
public record Linear(double force) implements Potential {

    /** @throws IllegalArgumentException if F is not finite */
    public Linear {
        Checks.finite("potential.force", force);
    }

    @Override
    public double value(double x) {
        return -force * x;
    }

    @Override
    public double tilt() {
        return force;
    }

    @Override
    public String label() {
        return "linear";
    }

    @Override
    public String description() {
        return "V(x) = -F x, F = " + force;
    }
}
