package org.fracdyn.lattice.medium;

import java.util.Locale;

/**
 * The one registry of medium names shared by the library and the CLI ({@code --medium NAME}),
 * so that the two cannot drift apart. {@code file:PATH} names a user's medium read by
 * {@link MediumFiles}.
 */
public enum MediumKind {
    /** Square lattice (percolation or full). */
    SQUARE("square"),
    /** Triangular lattice. */
    TRIANGULAR("triangular"),
    /** Simple cubic lattice. */
    SIMPLE_CUBIC("cubic"),
    /** Sierpinski gasket ({@code fractal.SierpinskiGasket}). */
    SIERPINSKI_GASKET("gasket"),
    /** 3x3 Sierpinski carpet ({@code fractal.GridFractals}). */
    SIERPINSKI_CARPET("carpet"),
    /** Vicsek fractal ({@code fractal.GridFractals}). */
    VICSEK("vicsek"),
    /** 2D comb ({@code fractal.Comb}). */
    COMB("comb"),
    /** A user's file: {@code file:PATH}. */
    FILE("file");

    private final String cliName;

    MediumKind(String cliName) {
        this.cliName = cliName;
    }

    /** @return the name used on the command line and in problem files */
    public String cliName() {
        return cliName;
    }

    /**
     * @return the lattice kind of a regular lattice medium
     * @throws IllegalStateException for fractals and files
     */
    public LatticeKind latticeKind() {
        switch (this) {
            case SQUARE:
                return LatticeKind.SQUARE;
            case TRIANGULAR:
                return LatticeKind.TRIANGULAR;
            case SIMPLE_CUBIC:
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
        if (lower.equals("simple-cubic")) {
            return SIMPLE_CUBIC;
        }
        throw new IllegalArgumentException("medium = " + name + ": expected one of square, "
                + "triangular, cubic, gasket, carpet, vicsek, comb or file:PATH");
    }
}
