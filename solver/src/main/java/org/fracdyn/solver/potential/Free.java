package org.fracdyn.solver.potential;

/**
 * No potential, V(x) = 0: free (sub)diffusion.
 */
public record Free() implements Potential {

    @Override
    public double value(double x) {
        return 0.0;
    }

    @Override
    public String label() {
        return "free";
    }

    @Override
    public String description() {
        return "V(x) = 0";
    }
}
