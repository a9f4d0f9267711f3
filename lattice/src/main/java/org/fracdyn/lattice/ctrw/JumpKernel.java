package org.fracdyn.lattice.ctrw;

/**
 * The jumps of a continuous-time random walk in d = 1, 2 or 3 dimensions.
 */
public sealed interface JumpKernel permits JumpKernel.NearestNeighbour, JumpKernel.Gaussian {

    /**
     * @param dimension d
     * @return the jump variance per dimension, sigma^2
     */
    double variancePerDimension(int dimension);

    /**
     * Nearest-neighbour jumps on Z^d: one of the 2d neighbours with probability 1 / (2d);
     * unit lattice spacing, so sigma^2 = 1 / d per dimension and 1 in total.
     */
    record NearestNeighbour() implements JumpKernel {

        @Override
        public double variancePerDimension(int dimension) {
            return 1.0 / dimension;
        }
    }

    /**
     * Gaussian jumps in R^d: each component independent N(0, sigma^2).
     *
     * @param sigma the standard deviation per dimension, &gt; 0
     */
    record Gaussian(double sigma) implements JumpKernel {

        /**
         * @throws IllegalArgumentException if sigma &lt;= 0
         */
        public Gaussian {
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException(
                    "jumps.sigma = " + sigma + ": expected a finite number > 0");
            }
        }

        @Override
        public double variancePerDimension(int dimension) {
            return sigma * sigma;
        }
    }
}
