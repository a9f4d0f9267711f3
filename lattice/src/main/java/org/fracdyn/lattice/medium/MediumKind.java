package org.fracdyn.lattice.medium;

import java.util.Locale;

/**
 * The one registry of medium names shared by the library and the CLI ({@code --medium NAME}),
 * so that the two cannot drift apart. {@code file:PATH} names a user's medium read by
 * {@link MediumFiles}. {@code gasket} and {@code carpet} are accepted for the two Sierpinski
 * media.
 *
 * <p>Each kind also carries what is known of it (REFERENCES.md): the fractal and walker
 * dimensions d_f and d_w (NaN where only approximate values exist, or for user files) and, for
 * the deterministic fractals, the time factor per generation tau of the log-periodic
 * modulation of the MSD (0 for random and regular media). Percolation values are those of the
 * incipient infinite cluster in 2D and 3D; the carpet's d_w = 2.10 and tau = 10 are numerical
 * approximations.
 */
public enum MediumKind {
    /** Square lattice (percolation or full). */
    SQUARE("square", 2, 2, 0),
    /** Triangular lattice. */
    TRIANGULAR("triangular", 2, 2, 0),
    /** Simple cubic lattice. */
    SIMPLE_CUBIC("cubic", 3, 2, 0),
    /** The spanning cluster of site percolation on the square lattice at p (default p_c). */
    SQUARE_PERCOLATION("square-percolation", 91.0 / 48, 2.8784, 0),
    /** The spanning cluster of site percolation on the simple cubic lattice at p. */
    CUBIC_PERCOLATION("cubic-percolation", 2.52295, 3.80, 0),
    /** Sierpinski gasket ({@code fractal.SierpinskiGasket}). */
    SIERPINSKI_GASKET("sierpinski-gasket", Math.log(3) / Math.log(2),
            Math.log(5) / Math.log(2), 5),
    /** 3x3 Sierpinski carpet ({@code fractal.GridFractals}). */
    SIERPINSKI_CARPET("sierpinski-carpet", Math.log(8) / Math.log(3), 2.10, 10),
    /** Vicsek fractal ({@code fractal.GridFractals}). */
    VICSEK("vicsek", Math.log(5) / Math.log(3), Math.log(15) / Math.log(3), 15),
    /** 2D comb ({@code fractal.Comb}); d_w = 2 for the whole MSD, 4 along the backbone. */
    COMB("comb", 2, 2, 0),
    /** A user's file: {@code file:PATH}. */
    FILE("file", Double.NaN, Double.NaN, 0);

    private final String cliName;
    private final double fractalDimension;
    private final double walkerDimension;
    private final double timeFactor;

    MediumKind(String cliName, double fractalDimension, double walkerDimension,
            double timeFactor) {
        this.cliName = cliName;
        this.fractalDimension = fractalDimension;
        this.walkerDimension = walkerDimension;
        this.timeFactor = timeFactor;
    }

    /** @return the reference fractal dimension d_f, NaN when unknown */
    public double fractalDimension() {
        return fractalDimension;
    }

    /** @return the reference walker dimension d_w, NaN when unknown */
    public double walkerDimension() {
        return walkerDimension;
    }

    /**
     * @return the time factor per generation of a deterministic fractal (5 gasket, about 10
     *     carpet, 15 Vicsek), 0 for other media
     */
    public double timeFactor() {
        return timeFactor;
    }

    /** @return whether the medium is a percolation cluster */
    public boolean isPercolation() {
        return this == SQUARE_PERCOLATION || this == CUBIC_PERCOLATION;
    }

    /** @return whether the medium is sized by a generation rather than a linear size */
    public boolean hasGeneration() {
        return this == SIERPINSKI_GASKET || this == SIERPINSKI_CARPET || this == VICSEK;
    }

    /** @return the name used on the command line and in problem files */
    public String cliName() {
        return cliName;
    }

    /**
     * @return the lattice kind of a regular lattice or a percolation medium
     * @throws IllegalStateException for fractals and files
     */
    public LatticeKind latticeKind() {
        switch (this) {
            case SQUARE:
            case SQUARE_PERCOLATION:
                return LatticeKind.SQUARE;
            case TRIANGULAR:
                return LatticeKind.TRIANGULAR;
            case SIMPLE_CUBIC:
            case CUBIC_PERCOLATION:
                return LatticeKind.SIMPLE_CUBIC;
            default:
                throw new IllegalStateException(cliName + " is not a regular lattice");
        }
    }

    /**
     * Parses a medium name; {@code file:PATH} gives {@link #FILE} (the path is the text after
     * the colon).
     *
     * @param name the name
     * @return the kind
     */
    public static MediumKind parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            if (name.length() == 5) {
                throw new IllegalArgumentException("medium = " + name
                        + ": expected file:PATH with a path");
            }
            return FILE;
        }
        for (MediumKind k : values()) {
            if (k != FILE && k.cliName.equals(lower)) {
                return k;
            }
        }
        switch (lower) {
            case "simple-cubic":
                return SIMPLE_CUBIC;
            case "gasket":
                return SIERPINSKI_GASKET;
            case "carpet":
                return SIERPINSKI_CARPET;
            default:
                throw new IllegalArgumentException("medium = " + name + ": expected one of "
                        + "square-percolation, cubic-percolation, sierpinski-gasket, "
                        + "sierpinski-carpet, vicsek, comb, square, triangular, cubic or "
                        + "file:PATH");
        }
    }
}
