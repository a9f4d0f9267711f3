package org.fracdyn.solver.potential;

import java.util.Arrays;

import org.fracdyn.solver.problem.Checks;

/**
 * The isotropic harmonic potential V(x) = k |x - c|^2 / 2 in d dimensions. It is separable
 * (a {@link Harmonic} of stiffness k along every axis), so the mean along each axis relaxes
 * as c_a + (x0_a - c_a) E_alpha(-(k/gamma) t^alpha) (Metzler, Barkai and Klafter,
 * Phys. Rev. Lett. 82 (1999) 3563, doi 10.1103/PhysRevLett.82.3563).
 */
public final class RadialHarmonic implements FieldPotential {

    private final double stiffness;
    private final double[] centre;

    /**
     * @param stiffness k &gt; 0 (energy / length^2)
     * @param centre c, 1 to 3 finite coordinates (copied)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public RadialHarmonic(double stiffness, double... centre) {
        Checks.positive("potential.k", stiffness);
        if (centre.length < 1 || centre.length > 3) {
            throw Checks.refuse("potential.center", Arrays.toString(centre),
                "1 to 3 coordinates, one per axis");
        }
        for (int a = 0; a < centre.length; a++) {
            Checks.finite("potential.center[" + a + "]", centre[a]);
        }
        this.stiffness = stiffness;
        this.centre = centre.clone();
    }

    /** @return k */
    public double stiffness() {
        return stiffness;
    }

    /** @return a copy of the centre c */
    public double[] centre() {
        return centre.clone();
    }

    @Override
    public int dimension() {
        return centre.length;
    }

    @Override
    public double value(double[] point) {
        double squared = 0;
        for (int a = 0; a < centre.length; a++) {
            double offset = point[a] - centre[a];
            squared += offset * offset;
        }
        return 0.5 * stiffness * squared;
    }

    @Override
    public String label() {
        return "radial-harmonic";
    }

    @Override
    public String description() {
        return "V(x) = k |x - c|^2 / 2, k = " + stiffness + ", c = " + Arrays.toString(centre);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RadialHarmonic harmonic && harmonic.stiffness == stiffness
            && Arrays.equals(harmonic.centre, centre);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(stiffness) + Arrays.hashCode(centre);
    }

    @Override
    public String toString() {
        return description();
    }
}
