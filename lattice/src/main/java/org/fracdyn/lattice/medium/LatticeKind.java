package org.fracdyn.lattice.medium;

/**
 * The regular lattices: their forward bond vectors (in the lattice basis) and their basis.
 *
 * <p>Square: forward steps (1,0), (0,1); coordination 4. Triangular, on a rhombus with basis
 * (1,0) and (1/2, sqrt 3/2): forward steps (1,0), (0,1), (1,-1); coordination 6 (this is the
 * hexagonal board of the game of Hex, symmetric under exchanging the two axes). Simple cubic:
 * (1,0,0), (0,1,0), (0,0,1); coordination 6.
 */
public enum LatticeKind {
    /** The square lattice. */
    SQUARE(2, new int[][] {{1, 0}, {0, 1}}, new double[] {1, 0, 0, 1}),
    /** The triangular lattice on a rhombus. */
    TRIANGULAR(2, new int[][] {{1, 0}, {0, 1}, {1, -1}},
            new double[] {1, 0.5, 0, Math.sqrt(3) / 2}),
    /** The simple cubic lattice. */
    SIMPLE_CUBIC(3, new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    private final int dimension;
    private final int[][] forward;
    private final double[] basis;

    LatticeKind(int dimension, int[][] forward, double[] basis) {
        this.dimension = dimension;
        this.forward = forward;
        this.basis = basis;
    }

    /** @return the dimension */
    public int dimension() {
        return dimension;
    }

    /** @return the number of forward bond directions (half the coordination number) */
    public int forwardCount() {
        return forward.length;
    }

    /** @return the coordination number */
    public int coordination() {
        return 2 * forward.length;
    }

    /**
     * The step vectors by direction code: code {@code 2f} is forward direction {@code f},
     * {@code 2f + 1} its reverse.
     *
     * @return a new array of {@link #coordination()} vectors
     */
    public int[][] directions() {
        int[][] d = new int[coordination()][];
        for (int f = 0; f < forward.length; f++) {
            d[2 * f] = forward[f].clone();
            d[2 * f + 1] = new int[dimension];
            for (int j = 0; j < dimension; j++) {
                d[2 * f + 1][j] = -forward[f][j];
            }
        }
        return d;
    }

    /** @return the basis, row-major; a copy */
    public double[] basis() {
        return basis.clone();
    }

    /**
     * Parses a name as used on the command line: {@code square}, {@code triangular},
     * {@code cubic} (or {@code simple-cubic}).
     *
     * @param name the name
     * @return the kind
     */
    public static LatticeKind parse(String name) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "square":
                return SQUARE;
            case "triangular":
                return TRIANGULAR;
            case "cubic":
            case "simple-cubic":
            case "simple_cubic":
                return SIMPLE_CUBIC;
            default:
                throw new IllegalArgumentException("lattice = " + name
                        + ": expected square, triangular or cubic");
        }
    }
}
