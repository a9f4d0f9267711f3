package org.fracdyn.io.problem;

/**
 * The potential V(x) of a problem, one record per {@code potential.type} of a problem file.
 * V is an energy; with friction gamma the force on a particle is -V'(x) and the drift
 * -V'(x) / gamma. Every parameter is a finite number.
 */
public sealed interface PotentialSpec {

    /** @return the name used as {@code potential.type} */
    String type();

    /** No potential: V = 0. */
    record Free() implements PotentialSpec {
        @Override
        public String type() {
            return "free";
        }
    }

    /**
     * A constant force F: V(x) = -F x.
     *
     * @param force F, any finite number (positive pushes towards +x)
     */
    record Linear(double force) implements PotentialSpec {
        public Linear {
            ProblemChecks.requireFinite("potential.force", force);
        }

        @Override
        public String type() {
            return "linear";
        }
    }

    /**
     * A harmonic well: V(x) = k (x - c)^2 / 2.
     *
     * @param k the stiffness, &gt; 0
     * @param center the centre c
     */
    record Harmonic(double k, double center) implements PotentialSpec {
        public Harmonic {
            ProblemChecks.requirePositive("potential.k", k);
            ProblemChecks.requireFinite("potential.center", center);
        }

        @Override
        public String type() {
            return "harmonic";
        }
    }

    /**
     * A symmetric double well: V(x) = a x^4 - b x^2, minima at x = +-sqrt(b / (2 a)),
     * barrier height b^2 / (4 a) above the minima.
     *
     * @param a the quartic coefficient, &gt; 0
     * @param b the quadratic coefficient, &gt; 0
     */
    record DoubleWell(double a, double b) implements PotentialSpec {
        public DoubleWell {
            ProblemChecks.requirePositive("potential.a", a);
            ProblemChecks.requirePositive("potential.b", b);
        }

        @Override
        public String type() {
            return "double-well";
        }
    }

    /**
     * A cosine potential, optionally tilted: V(x) = amplitude cos(2 pi x / period) - tilt x.
     *
     * @param amplitude the amplitude (half the peak-to-peak height), &gt;= 0
     * @param period the period, &gt; 0
     * @param tilt the constant force F of the tilt, any finite number (default 0)
     */
    record Periodic(double amplitude, double period, double tilt) implements PotentialSpec {
        public Periodic {
            ProblemChecks.requireNonNegative("potential.amplitude", amplitude);
            ProblemChecks.requirePositive("potential.period", period);
            ProblemChecks.requireFinite("potential.tilt", tilt);
        }

        @Override
        public String type() {
            return "periodic";
        }
    }

    /**
     * A tabulated potential, read from a CSV file with header {@code x,V} of at least
     * {@link org.fracdyn.solver.potential.Tabulated#MIN_POINTS} rows whose x range covers the
     * domain; the solver interpolates it by an Akima spline.
     *
     * @param values the points (x, V)
     */
    record Table(Tabulated values) implements PotentialSpec {
        @Override
        public String type() {
            return "table";
        }
    }
}
