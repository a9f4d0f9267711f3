package org.fracdyn.lattice.medium;

import java.util.Arrays;

/**
 * The one concrete {@link Medium}: a compact neighbour table on which every walker runs.
 *
 * <p>Storage is {@code siteCount * maxDegree} ints of neighbours and as many bytes of direction
 * codes, plus {@code siteCount * dimension} ints of coordinates. Coordinates and steps are
 * integer vectors in a lattice basis (square and cubic: the unit vectors; triangular and the
 * Sierpinski gasket: {@code (1, 0)} and {@code (1/2, sqrt 3/2)}); {@link #basis()} maps them to
 * Euclidean space, so walkers accumulate exact integer displacements and convert only when they
 * measure. Built with {@link Builder}; immutable afterwards.
 */
public final class GraphMedium implements Medium {

    private final int siteCount;
    private final int maxDegree;
    private final int dimension;
    private final int[] table;
    private final byte[] direction;
    private final byte[] degree;
    private final int[] directionVectors;
    private final int[] coordinates;
    private final double[] basis;
    private final boolean periodic;
    private final boolean bipartite;

    private GraphMedium(Builder b) {
        this.siteCount = b.siteCount;
        this.maxDegree = b.maxDegree;
        this.dimension = b.dimension;
        this.table = b.table;
        this.direction = b.direction;
        this.degree = b.degree;
        this.directionVectors = b.directionVectors;
        this.coordinates = b.coordinates;
        this.basis = b.basis;
        this.periodic = b.periodic;
        this.bipartite = computeBipartite();
    }

    @Override
    public int siteCount() {
        return siteCount;
    }

    @Override
    public int maxDegree() {
        return maxDegree;
    }

    @Override
    public int degree(int site) {
        return degree[site];
    }

    @Override
    public int neighbour(int site, int slot) {
        return table[site * maxDegree + slot];
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void coordinates(int site, double[] out) {
        toEuclidean(coordinates, site * dimension, out);
    }

    @Override
    public void stepVector(int site, int slot, double[] out) {
        int code = direction[site * maxDegree + slot];
        toEuclidean(directionVectors, code * dimension, out);
    }

    @Override
    public boolean isBipartite() {
        return bipartite;
    }

    @Override
    public boolean isPeriodic() {
        return periodic;
    }

    /**
     * The neighbour table, row-major {@code [site * maxDegree + slot]}, -1 for empty slots. The
     * array is shared for speed: callers must not modify it.
     *
     * @return the internal neighbour table
     */
    public int[] neighbourTable() {
        return table;
    }

    /** @return the internal direction codes, parallel to {@link #neighbourTable()}; read only */
    public byte[] directionTable() {
        return direction;
    }

    /** @return the internal per-site degrees; read only */
    public byte[] degreeTable() {
        return degree;
    }

    /**
     * @return the integer step vectors, {@code [code * dimension + axis]}, in lattice-basis
     *     coordinates; read only
     */
    public int[] directionVectors() {
        return directionVectors;
    }

    /** @return the integer site coordinates {@code [site * dimension + axis]}; read only */
    public int[] integerCoordinates() {
        return coordinates;
    }

    /** @return the basis, row-major {@code [euclideanAxis * dimension + latticeAxis]}; a copy */
    public double[] basis() {
        return basis.clone();
    }

    /**
     * The squared Euclidean length of an integer displacement given in lattice-basis coordinates.
     *
     * @param d a displacement of length {@link #dimension()}
     * @return its squared length in units of the bond length
     */
    public double squaredLength(int[] d) {
        double sum = 0;
        for (int r = 0; r < dimension; r++) {
            double x = 0;
            for (int j = 0; j < dimension; j++) {
                x += basis[r * dimension + j] * d[j];
            }
            sum += x * x;
        }
        return sum;
    }

    /**
     * The metric {@code g = B^T B} of the basis, so that {@code |d|^2 = sum g_ij d_i d_j}.
     *
     * @return the metric, row-major, a new array
     */
    public double[] metric() {
        double[] g = new double[dimension * dimension];
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                double s = 0;
                for (int r = 0; r < dimension; r++) {
                    s += basis[r * dimension + i] * basis[r * dimension + j];
                }
                g[i * dimension + j] = s;
            }
        }
        return g;
    }

    /** @return the number of bonds (each counted once) */
    public long bondCount() {
        long sum = 0;
        for (int s = 0; s < siteCount; s++) {
            sum += degree[s];
        }
        return sum / 2;
    }

    private void toEuclidean(int[] source, int offset, double[] out) {
        for (int r = 0; r < dimension; r++) {
            double x = 0;
            for (int j = 0; j < dimension; j++) {
                x += basis[r * dimension + j] * source[offset + j];
            }
            out[r] = x;
        }
    }

    private boolean computeBipartite() {
        byte[] colour = new byte[siteCount];
        int[] queue = new int[siteCount];
        for (int start = 0; start < siteCount; start++) {
            if (colour[start] != 0) {
                continue;
            }
            colour[start] = 1;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int s = queue[head++];
                for (int slot = 0; slot < degree[s]; slot++) {
                    int nb = table[s * maxDegree + slot];
                    if (colour[nb] == 0) {
                        colour[nb] = (byte) -colour[s];
                        queue[tail++] = nb;
                    } else if (colour[nb] == colour[s]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The bytes a medium of the given shape needs, to refuse sizes before allocating.
     *
     * @param siteCount the number of sites
     * @param maxDegree slots per site
     * @param dimension the embedding dimension
     * @return the approximate number of bytes
     */
    public static long bytesNeeded(long siteCount, int maxDegree, int dimension) {
        return siteCount * (5L * maxDegree + 4L * dimension + 1 + 5);
    }

    /**
     * Builds a {@link GraphMedium} bond by bond.
     *
     * <p>Directions are integer vectors in the lattice basis; {@link #addBond} adds both the step
     * {@code a -> b} (with the given direction code) and its reverse (with the code of the negated
     * vector, which must be among the directions).
     */
    public static final class Builder {
        private final int siteCount;
        private final int maxDegree;
        private final int dimension;
        private final int[] table;
        private final byte[] direction;
        private final byte[] degree;
        private final int[] directionVectors;
        private final int[] opposite;
        private final int[] coordinates;
        private final double[] basis;
        private boolean periodic;

        /**
         * @param siteCount number of sites, at least 1
         * @param maxDegree slots per site, 1 .. 127
         * @param basis row-major {@code dimension x dimension} basis (empty for dimension 0)
         * @param directions the integer step vectors, each of length {@code dimension}
         */
        public Builder(int siteCount, int maxDegree, double[] basis, int[][] directions) {
            Validation.requireAtLeast("siteCount", siteCount, 1);
            Validation.requireInRange("maxDegree", maxDegree, 1, 127);
            int dim = (int) Math.round(Math.sqrt(basis.length));
            if (dim * dim != basis.length || dim > 3) {
                throw new IllegalArgumentException("basis.length = " + basis.length
                        + ": expected 0, 1, 4 or 9 (a square matrix of dimension <= 3)");
            }
            long bytes = bytesNeeded(siteCount, maxDegree, dim);
            Validation.requireFitsInHeap("medium of " + siteCount + " sites", bytes);
            this.siteCount = siteCount;
            this.maxDegree = maxDegree;
            this.dimension = dim;
            this.basis = basis.clone();
            this.table = new int[siteCount * maxDegree];
            Arrays.fill(table, -1);
            this.direction = new byte[siteCount * maxDegree];
            this.degree = new byte[siteCount];
            this.coordinates = new int[siteCount * dim];
            int codes = Math.max(directions.length, 1);
            this.directionVectors = new int[codes * dim];
            for (int c = 0; c < directions.length; c++) {
                if (directions[c].length != dim) {
                    throw new IllegalArgumentException("directions[" + c + "].length = "
                            + directions[c].length + ": expected the dimension " + dim);
                }
                System.arraycopy(directions[c], 0, directionVectors, c * dim, dim);
            }
            this.opposite = new int[codes];
            for (int c = 0; c < codes; c++) {
                opposite[c] = findOpposite(c, codes);
            }
        }

        private int findOpposite(int c, int codes) {
            if (dimension == 0) {
                return 0;
            }
            for (int o = 0; o < codes; o++) {
                boolean match = true;
                for (int j = 0; j < dimension; j++) {
                    match &= directionVectors[o * dimension + j]
                            == -directionVectors[c * dimension + j];
                }
                if (match) {
                    return o;
                }
            }
            return -1;
        }

        /** @return the number of sites */
        public int siteCount() {
            return siteCount;
        }

        /**
         * @param site a site
         * @param coords its integer coordinates in the lattice basis
         * @return this builder
         */
        public Builder coordinates(int site, int... coords) {
            System.arraycopy(coords, 0, coordinates, site * dimension, dimension);
            return this;
        }

        /**
         * Marks the medium as periodic (some bonds wrap).
         *
         * @return this builder
         */
        public Builder periodic() {
            this.periodic = true;
            return this;
        }

        /**
         * Adds the bond between {@code a} and {@code b}, both ways.
         *
         * @param a a site
         * @param b another site
         * @param code the direction code of the step {@code a -> b}
         * @return this builder
         */
        public Builder addBond(int a, int b, int code) {
            int back = opposite[code];
            if (back < 0) {
                throw new IllegalArgumentException("direction code " + code
                        + " has no opposite among the directions");
            }
            addStep(a, b, code);
            addStep(b, a, back);
            return this;
        }

        private void addStep(int from, int to, int code) {
            int d = degree[from];
            if (d >= maxDegree) {
                throw new IllegalArgumentException("site " + from + " already has maxDegree = "
                        + maxDegree + " neighbours; cannot add " + to);
            }
            table[from * maxDegree + d] = to;
            direction[from * maxDegree + d] = (byte) code;
            degree[from] = (byte) (d + 1);
        }

        /** @return the medium; the builder must not be used afterwards */
        public GraphMedium build() {
            return new GraphMedium(this);
        }
    }
}
