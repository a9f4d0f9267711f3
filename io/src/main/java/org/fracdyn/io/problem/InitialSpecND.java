package org.fracdyn.io.problem;

import java.util.Arrays;

/**
 * The initial density P(x, 0) of a two- or three-dimensional problem, one record per
 * {@code initial.type}. Whatever the type, the solver normalises the discrete density to
 * mass 1.
 */
public sealed interface InitialSpecND {

    /** @return the name used as {@code initial.type} */
    String type();

    /**
     * All the mass at one point, put in the cell that contains it.
     *
     * @param at the point, one coordinate per axis, inside the domain (copied)
     */
    record Delta(double[] at) implements InitialSpecND {
        public Delta {
            at = at.clone();
        }

        @Override
        public double[] at() {
            return at.clone();
        }

        @Override
        public String type() {
            return "delta";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Delta that && Arrays.equals(at, that.at);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(at);
        }

        @Override
        public String toString() {
            return "Delta[at=" + Arrays.toString(at) + "]";
        }
    }

    /**
     * A normal density with independent axes, prod_a exp(-(x_a - m_a)^2 / (2 s_a^2)), cut to
     * the domain.
     *
     * @param mean the mean m, inside the domain (copied)
     * @param sigma the standard deviation s_a &gt; 0 of each axis (copied)
     */
    record Gaussian(double[] mean, double[] sigma) implements InitialSpecND {
        public Gaussian {
            mean = mean.clone();
            sigma = sigma.clone();
            if (mean.length != sigma.length) {
                throw new IllegalArgumentException("initial.sigma = " + Arrays.toString(sigma)
                    + ": expected one per entry of initial.mean " + Arrays.toString(mean));
            }
            for (int a = 0; a < sigma.length; a++) {
                ProblemChecks.requireFinite("initial.mean[" + a + "]", mean[a]);
                ProblemChecks.requirePositive("initial.sigma[" + a + "]", sigma[a]);
            }
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public double[] sigma() {
            return sigma.clone();
        }

        @Override
        public String type() {
            return "gaussian";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Gaussian that && Arrays.equals(mean, that.mean)
                && Arrays.equals(sigma, that.sigma);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(mean) + Arrays.hashCode(sigma);
        }

        @Override
        public String toString() {
            return "Gaussian[mean=" + Arrays.toString(mean) + ", sigma="
                + Arrays.toString(sigma) + "]";
        }
    }

    /** A constant density 1 / volume of the box. */
    record Uniform() implements InitialSpecND {
        @Override
        public String type() {
            return "uniform";
        }
    }

    /** The Boltzmann density exp(-V / kT) / Z of the problem's potential, kT = gamma D. */
    record Boltzmann() implements InitialSpecND {
        @Override
        public String type() {
            return "boltzmann";
        }
    }
}
