package org.fracdyn.lattice.medium;

/**
 * A user's occupancy grid, 2D or 3D: one byte per cell, 1 occupied, 0 vacant, index
 * {@code x + nx (y + ny z)}. It becomes a square or simple-cubic {@link Lattice} with the
 * boundary the user chooses, and is then labelled, spanned and walked like a percolation
 * configuration ({@code Configuration.ofSites(grid.lattice(b), grid.occupied())}).
 *
 * @param sizes {nx, ny} or {nx, ny, nz}, each at least 2
 * @param occupied one byte per cell (shared, not copied)
 */
public record OccupancyGrid(int[] sizes, byte[] occupied) {

    /** Validates the shape. */
    public OccupancyGrid {
        if (sizes.length < 2 || sizes.length > 3) {
            throw new IllegalArgumentException("grid dimension = " + sizes.length
                    + ": expected 2 or 3");
        }
        long n = 1;
        for (int s : sizes) {
            n *= s;
        }
        if (n != occupied.length) {
            throw new IllegalArgumentException("occupied.length = " + occupied.length
                    + ": expected the cell count " + n);
        }
        sizes = sizes.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * @param boundary open or periodic
     * @return the square (2D) or simple-cubic (3D) lattice of the grid
     */
    public Lattice lattice(Boundary boundary) {
        LatticeKind kind = sizes.length == 2 ? LatticeKind.SQUARE : LatticeKind.SIMPLE_CUBIC;
        return new Lattice(kind, sizes, boundary);
    }

    /**
     * @param boundary open or periodic
     * @return every occupied cell as a medium (possibly several clusters: start walkers with
     *     {@code StartSites.largestComponent} or on a labelled cluster)
     */
    public GraphMedium medium(Boundary boundary) {
        return lattice(boundary).medium(null, occupied, null);
    }

    /** @return the grid with occupied and vacant exchanged */
    public OccupancyGrid inverted() {
        byte[] inv = new byte[occupied.length];
        for (int i = 0; i < inv.length; i++) {
            inv[i] = occupied[i] == 0 ? (byte) 1 : 0;
        }
        return new OccupancyGrid(sizes, inv);
    }

    /** @return the number of occupied cells */
    public long occupiedCount() {
        long c = 0;
        for (byte b : occupied) {
            c += b != 0 ? 1 : 0;
        }
        return c;
    }
}
