package org.fracdyn.cli.lattice;

import java.nio.file.Path;
import java.util.Locale;

import org.fracdyn.lattice.fractal.Comb;
import org.fracdyn.lattice.fractal.GridFractals;
import org.fracdyn.lattice.fractal.SierpinskiGasket;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.MediumFiles;
import org.fracdyn.lattice.medium.MediumKind;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Clusters;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.walk.StartSites;

/**
 * Builds the media of {@code fracdyn walk} from the {@link MediumKind} registry, and refuses
 * sizes that do not fit in memory before anything is allocated.
 *
 * <ul>
 *   <li>{@code square-percolation}, {@code cubic-percolation}: site percolation on an open
 *       L x L (x L) lattice at p; the spanning cluster (one touching both faces along some
 *       axis). A configuration that does not span is redrawn with the next seed, seed + 1,
 *       seed + 2, ..., up to {@link #MAX_ATTEMPTS} times, so the result is deterministic.
 *       Walkers start uniformly on the cluster; the centre (exact enumeration, mass radius)
 *       is the cluster site nearest the lattice centre.</li>
 *   <li>{@code sierpinski-gasket}, {@code sierpinski-carpet}, {@code vicsek}: generation G,
 *       walkers start at the corner (gasket, carpet) or the centre (Vicsek).</li>
 *   <li>{@code comb}: a backbone of L sites with teeth of L sites up and down, started at
 *       the middle of the backbone.</li>
 *   <li>{@code square}, {@code triangular}, {@code cubic}: the full open lattice of side L,
 *       started at the centre.</li>
 *   <li>{@code file:PATH}: a user's medium ({@link MediumFiles}); walkers start on its largest
 *       connected component, the centre is its site nearest the grid centre.</li>
 * </ul>
 */
public final class WalkMedia {

    /** Seeds tried for a spanning percolation cluster before giving up. */
    public static final int MAX_ATTEMPTS = 1000;

    private WalkMedia() {
    }

    /**
     * A medium ready for walkers.
     *
     * @param medium the medium (connected where it was built from one cluster)
     * @param startSites the sites walkers start on, uniformly
     * @param centre the single start of exact enumeration and the centre of the mass radius
     * @param extent the largest distance from the centre to a site, in bond lengths
     * @param seedUsed the configuration seed that gave a spanning cluster (percolation), or
     *     the seed given
     * @param description a short text for the summary
     */
    public record Prepared(GraphMedium medium, int[] startSites, int centre, double extent,
                           long seedUsed, String description) {
    }

    /**
     * Checks that a medium of this kind and size fits in memory, before any allocation.
     *
     * @param kind the medium
     * @param size L (lattices, percolation, comb), ignored for fractals
     * @param generation G (fractals), ignored otherwise
     * @throws IllegalArgumentException naming the parameter, its value and the bytes needed
     */
    public static void checkFits(MediumKind kind, int size, int generation) {
        long max = Runtime.getRuntime().maxMemory();
        if (kind.hasGeneration()) {
            int limit = kind == MediumKind.SIERPINSKI_GASKET ? SierpinskiGasket.MAX_GENERATION
                : GridFractals.MAX_GENERATION;
            if (generation < 0) {
                throw new IllegalArgumentException("generation = " + generation
                    + ": expected an integer in [0, " + limit + "]");
            }
            double bytes = fractalBytes(kind, generation);
            if (generation > limit && bytes <= max) {
                throw new IllegalArgumentException("generation = " + generation
                    + ": expected an integer in [0, " + limit + "] (the largest "
                    + kind.cliName() + " generation built)");
            }
            if (bytes > max) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "generation = %d: the %s would need about %.3g bytes of memory (the JVM"
                        + " has at most %d); expected an integer in [0, %d] that fits",
                    generation, kind.cliName(), bytes, max, largestFitting(kind, limit, max)));
            }
            return;
        }
        if (kind == MediumKind.FILE) {
            return;
        }
        if (size < 2) {
            throw new IllegalArgumentException("size = " + size + ": expected an integer >= 2");
        }
        int dimension = kind == MediumKind.COMB ? 2 : kind.latticeKind().dimension();
        double sites = kind == MediumKind.COMB ? (double) size * (2.0 * size + 1)
            : Math.pow(size, dimension);
        int degree = kind == MediumKind.COMB ? 4 : kind.latticeKind().coordination();
        double bytes = sites * (kind.isPercolation() ? 13 : 4)
            + GraphMedium.bytesNeeded(1, degree, dimension) * sites;
        if (sites > Integer.MAX_VALUE - 8 || bytes > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "size = %d: %.3g sites would need about %.3g bytes of memory (the JVM has at most"
                    + " %d); expected a smaller size", size, sites, bytes, max));
        }
    }

    /**
     * Builds the medium.
     *
     * @param kind the medium
     * @param size L
     * @param generation G
     * @param p the occupation probability (percolation)
     * @param seed the configuration seed (percolation)
     * @param file the path for {@code file:PATH}, else null
     * @return the medium with its start sites
     */
    public static Prepared build(MediumKind kind, int size, int generation, double p,
                                 long seed, Path file) {
        switch (kind) {
            case SQUARE_PERCOLATION:
            case CUBIC_PERCOLATION:
                return percolation(kind, size, p, seed);
            case SIERPINSKI_GASKET:
                return fixed(SierpinskiGasket.medium(generation), 0, seed,
                    "Sierpinski gasket, generation " + generation);
            case SIERPINSKI_CARPET:
                return fixed(GridFractals.carpet(generation), 0, seed,
                    "Sierpinski carpet, generation " + generation);
            case VICSEK: {
                GraphMedium m = GridFractals.vicsek(generation);
                return fixed(m, nearest(m, centreOf(m)), seed,
                    "Vicsek fractal, generation " + generation);
            }
            case COMB: {
                GraphMedium m = Comb.medium(size, size);
                return fixed(m, Comb.site(size / 2, 0, size), seed,
                    "comb, backbone " + size + ", teeth " + size + " up and down");
            }
            case FILE: {
                GraphMedium m = MediumFiles.readMedium(file, Boundary.OPEN);
                int[] starts = StartSites.largestComponent(m);
                int centre = m.dimension() > 0 ? nearestOf(m, starts, centreOf(m)) : starts[0];
                return new Prepared(m, starts, centre, extent(m, centre), seed,
                    "file " + file + ", largest component " + starts.length + " of "
                        + m.siteCount() + " sites");
            }
            default: {
                Lattice lattice = Lattice.cube(kind.latticeKind(), size, Boundary.OPEN);
                GraphMedium m = lattice.medium(null, null, null);
                return fixed(m, nearest(m, centreOf(m)), seed,
                    "full " + kind.cliName() + " lattice of side " + size);
            }
        }
    }

    private static Prepared percolation(MediumKind kind, int size, double p, long seed) {
        Lattice lattice = Lattice.cube(kind.latticeKind(), size, Boundary.OPEN);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long s = seed + attempt;
            Clusters clusters = ClusterLabelling.label(
                Configuration.random(lattice, PercolationKind.SITE, p, s));
            int spanning = clusters.spanningCluster();
            if (spanning < 0) {
                continue;
            }
            GraphMedium m = clusters.medium(spanning);
            int[] starts = StartSites.all(m);
            int centre = nearest(m, centreOf(m));
            return new Prepared(m, starts, centre, extent(m, centre), s, String.format(
                Locale.ROOT, "spanning cluster of site percolation on the open %s lattice of"
                    + " side %d at p = %.8f: %d sites (configuration seed %d, %d redraws)",
                kind.latticeKind().name().toLowerCase(Locale.ROOT), size, p, m.siteCount(),
                s, attempt));
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "p = %s: no spanning"
            + " cluster in %d configurations of side %d; expected p near or above p_c",
            p, MAX_ATTEMPTS, size));
    }

    private static Prepared fixed(GraphMedium m, int centre, long seed, String description) {
        return new Prepared(m, new int[] {centre}, centre, extent(m, centre), seed,
            description);
    }

    private static double fractalBytes(MediumKind kind, int generation) {
        if (kind == MediumKind.SIERPINSKI_GASKET) {
            double side = Math.pow(2, generation) + 1;
            double sites = 1.5 * (Math.pow(3, generation) + 1);
            return 4 * side * side + sites * GraphMedium.bytesNeeded(1, 4, 2);
        }
        double cells = Math.pow(9, generation);
        return cells * (1 + 4) + cells * GraphMedium.bytesNeeded(1, 4, 2);
    }

    private static int largestFitting(MediumKind kind, int limit, long max) {
        int g = 0;
        while (g < limit && fractalBytes(kind, g + 1) <= max) {
            g++;
        }
        return g;
    }

    /** @return the midpoint of the bounding box of the sites, in lattice coordinates */
    static double[] centreOf(GraphMedium m) {
        int dim = m.dimension();
        int[] c = m.integerCoordinates();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int s = 0; s < m.siteCount(); s++) {
            for (int a = 0; a < dim; a++) {
                lo[a] = Math.min(lo[a], c[s * dim + a]);
                hi[a] = Math.max(hi[a], c[s * dim + a]);
            }
        }
        double[] mid = new double[dim];
        for (int a = 0; a < dim; a++) {
            mid[a] = 0.5 * (lo[a] + hi[a]);
        }
        return mid;
    }

    private static int nearest(GraphMedium m, double[] point) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int s = 0; s < m.siteCount(); s++) {
            double d = squaredDistance(m, s, point);
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best;
    }

    private static int nearestOf(GraphMedium m, int[] sites, double[] point) {
        int best = sites[0];
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int s : sites) {
            double d = squaredDistance(m, s, point);
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best;
    }

    private static double squaredDistance(GraphMedium m, int site, double[] point) {
        int dim = m.dimension();
        int[] c = m.integerCoordinates();
        double[] basis = m.basis();
        double sum = 0;
        for (int r = 0; r < dim; r++) {
            double x = 0;
            for (int j = 0; j < dim; j++) {
                x += basis[r * dim + j] * (c[site * dim + j] - point[j]);
            }
            sum += x * x;
        }
        return sum;
    }

    private static double extent(GraphMedium m, int centre) {
        if (m.dimension() == 0) {
            return Double.NaN;
        }
        int dim = m.dimension();
        int[] c = m.integerCoordinates();
        double[] point = new double[dim];
        for (int a = 0; a < dim; a++) {
            point[a] = c[centre * dim + a];
        }
        double max = 0;
        for (int s = 0; s < m.siteCount(); s++) {
            max = Math.max(max, squaredDistance(m, s, point));
        }
        return Math.sqrt(max);
    }
}
