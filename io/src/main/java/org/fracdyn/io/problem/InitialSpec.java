package org.fracdyn.io.problem;

/**
 * The initial density P(x, 0) of a problem, one record per {@code initial.type} of a problem
 * file. Whatever the type, the solver normalises the discrete density to mass 1.
 */
public sealed interface InitialSpec {

    /** @return the name used as {@code initial.type} */
    String type();

    /**
     * All the mass at one point, put in the cell that contains it.
     *
     * @param at the point, inside the domain
     */
    record Delta(double at) implements InitialSpec {
        @Override
        public String type() {
            return "delta";
        }
    }

    /**
     * A normal density exp(-(x - mean)^2 / (2 sigma^2)), cut to the domain.
     *
     * @param mean the mean, inside the domain
     * @param sigma the standard deviation, &gt; 0
     */
    record Gaussian(double mean, double sigma) implements InitialSpec {
        public Gaussian {
            ProblemChecks.requireFinite("initial.mean", mean);
            ProblemChecks.requirePositive("initial.sigma", sigma);
        }

        @Override
        public String type() {
            return "gaussian";
        }
    }

    /** A constant density 1 / (max - min) on the domain. */
    record Uniform() implements InitialSpec {
        @Override
        public String type() {
            return "uniform";
        }
    }

    /** The Boltzmann density exp(-V(x) / kT) / Z of the problem's potential, kT = gamma D. */
    record Boltzmann() implements InitialSpec {
        @Override
        public String type() {
            return "boltzmann";
        }
    }

    /**
     * A tabulated density, read from a CSV file with header {@code x,p}: p &gt;= 0, not all
     * zero; it need not be normalised.
     *
     * @param density the points (x, p)
     */
    record Table(Tabulated density) implements InitialSpec {
        @Override
        public String type() {
            return "table";
        }
    }
}
