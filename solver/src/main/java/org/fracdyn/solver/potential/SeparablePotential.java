package org.fracdyn.solver.potential;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fracdyn.solver.problem.Checks;

/**
 * A separable potential V(x_1, ..., x_d) = V_1(x_1) + ... + V_d(x_d), one one-dimensional
 * {@link Potential} per axis. With a product initial density the Fokker-Planck equation then
 * separates, and each coordinate behaves as the one-dimensional process in its own V_a (for
 * example a harmonic V_a gives a fractional Ornstein-Uhlenbeck process along axis a: Metzler,
 * Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563, doi 10.1103/PhysRevLett.82.3563).
 * A tilt of an axis potential is the tilt of that axis.
 *
 * @param axes the potential of each axis, 1 to 3 of them (copied)
 */
public record SeparablePotential(List<Potential> axes) implements FieldPotential {

    /** @throws IllegalArgumentException if there are not 1 to 3 axes */
    public SeparablePotential {
        if (axes.isEmpty() || axes.size() > 3) {
            throw Checks.refuse("potential.axes", axes.size() + " axes", "1, 2 or 3");
        }
        axes = List.copyOf(axes);
    }

    /**
     * @param axes the potential of each axis
     * @return their sum
     */
    public static SeparablePotential of(Potential... axes) {
        return new SeparablePotential(List.of(axes));
    }

    /**
     * @param dimension d
     * @return V = 0 in d dimensions
     */
    public static SeparablePotential free(int dimension) {
        Potential[] axes = new Potential[dimension];
        Arrays.fill(axes, new Free());
        return of(axes);
    }

    @Override
    public int dimension() {
        return axes.size();
    }

    @Override
    public double value(double[] point) {
        double sum = 0;
        for (int a = 0; a < axes.size(); a++) {
            sum += axes.get(a).value(point[a]);
        }
        return sum;
    }

    @Override
    public double tilt(int axis) {
        return axes.get(axis).tilt();
    }

    @Override
    public void checkCovers(double[] min, double[] max) {
        for (int a = 0; a < axes.size(); a++) {
            axes.get(a).checkCovers(min[a], max[a]);
        }
    }

    @Override
    public String label() {
        return "separable";
    }

    @Override
    public String description() {
        return axes.stream().map(Potential::description)
            .collect(Collectors.joining(" + ", "sum over axes of [", "]"));
    }
}
