package org.fracdyn.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.cli.lattice.ClusterImage;
import org.fracdyn.cli.lattice.RunOutput;
import org.fracdyn.cli.progress.TerminalProgress;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.RunFolder;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.lattice.estimate.MassRadius;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.medium.Validation;
import org.fracdyn.lattice.percolation.ClusterLabelling;
import org.fracdyn.lattice.percolation.Clusters;
import org.fracdyn.lattice.percolation.Configuration;
import org.fracdyn.lattice.percolation.CrossingEvent;
import org.fracdyn.lattice.percolation.NewmanZiff;
import org.fracdyn.lattice.percolation.NewmanZiffResult;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fracdyn percolate}: one site or bond percolation configuration at p, its clusters
 * (labelled twice: with open boundaries for spanning, periodic for wrapping), the fractal
 * dimension of its largest spanning cluster by mass radius, a picture of the clusters (2D),
 * and with {@code --sweep} the Newman-Ziff curves of the spanning probability and the
 * largest-cluster fraction against p on the open lattice.
 */
@Command(name = "percolate", mixinStandardHelpOptions = true,
    description = {"Percolation on a lattice: clusters, spanning and wrapping, fractal"
        + " dimension; with --sweep the Newman-Ziff curves against p.",
        "Writes summary.json, clusters.png (2D), and sweep.csv and sweep.png."})
public final class PercolateCommand implements Callable<Integer> {

    @Option(names = "--lattice", paramLabel = "square|triangular|cubic",
        defaultValue = "square", description = "The lattice (default ${DEFAULT-VALUE}).")
    private String latticeName;

    @Option(names = "--kind", paramLabel = "site|bond", defaultValue = "site",
        description = "Site or bond percolation (default ${DEFAULT-VALUE}).")
    private String kindName;

    @Option(names = "--size", paramLabel = "L", defaultValue = "256",
        description = "Linear size L (L x L or L x L x L; default ${DEFAULT-VALUE}).")
    private int size;

    @Option(names = "--p", paramLabel = "P|pc", defaultValue = "pc",
        description = "Occupation probability in [0, 1], or pc for the lattice's threshold"
            + " (default).")
    private String probability;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261203",
        description = "Seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--sweep", description = "Also the Newman-Ziff curves against p.")
    private boolean sweep;

    @Option(names = "--sweeps", paramLabel = "N", defaultValue = "200",
        description = "Newman-Ziff sweeps for --sweep (default ${DEFAULT-VALUE}).")
    private int sweeps;

    @Option(names = "--threads", paramLabel = "N",
        description = "Threads for the sweeps (default: all cores; same result).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default runs/percolate-<lattice>-<kind>-L<size>).")
    private Path out;

    @Spec
    private CommandSpec spec;

    /** Points of the p grid of the sweep curves. */
    private static final int SWEEP_POINTS = 201;

    /** Cluster sizes listed in the summary. */
    private static final int LISTED_CLUSTERS = 10;

    @Override
    public Integer call() {
        LatticeKind latticeKind = LatticeKind.parse(latticeName);
        PercolationKind kind = parseKind(kindName);
        double pc = Thresholds.criticalProbability(latticeKind, kind);
        double p = parseProbability(pc);
        Validation.requireAtLeast("size", size, 2);
        Validation.requireAtLeast("sweeps", sweeps, 1);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Validation.requireAtLeast("threads", threadCount, 1);
        double sites = Math.pow(size, latticeKind.dimension());
        double bytes = sites * (2 + 8 + 4 * latticeKind.dimension()
            + (kind == PercolationKind.BOND ? latticeKind.forwardCount() / 8.0 : 0))
            + (sweep ? sites * (24 + 32 * latticeKind.forwardCount()) * threadCount : 0);
        long max = Runtime.getRuntime().maxMemory();
        if (sites > Integer.MAX_VALUE - 8 || bytes > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "size = %d: %.3g"
                + " sites would need about %.3g bytes of memory (the JVM has at most %d);"
                + " expected a smaller size", size, sites, bytes, max));
        }
        Path folderPath = RunFolder.resolve(out, "percolate-" + latticeName.toLowerCase(
            Locale.ROOT) + "-" + kindName.toLowerCase(Locale.ROOT) + "-L" + size);

        Lattice open = Lattice.cube(latticeKind, size, Boundary.OPEN);
        Lattice periodic = Lattice.cube(latticeKind, size, Boundary.PERIODIC);
        long started = System.nanoTime();
        Clusters clusters;
        Clusters wrapping;
        NewmanZiffResult curve = null;
        try (TerminalProgress progress = TerminalProgress.toStderr("percolate")) {
            int steps = sweep ? 4 : 3;
            progress.update(0, steps, "drawing the configuration");
            Configuration configuration = Configuration.random(open, kind, p, seed);
            progress.update(1, steps, "labelling (open)");
            clusters = ClusterLabelling.label(configuration);
            progress.update(2, steps, "labelling (periodic)");
            wrapping = ClusterLabelling.label(new Configuration(periodic, kind, p,
                configuration.occupied(), configuration.bonds()));
            if (sweep) {
                progress.update(3, steps, sweeps + " Newman-Ziff sweeps");
                curve = new NewmanZiff(open, kind).run(sweeps, seed, threadCount);
            }
            progress.update(steps, steps, "done");
        }
        double seconds = (System.nanoTime() - started) * 1e-9;
        int chosen = clusters.spanningCluster() >= 0 ? clusters.spanningCluster() : 0;
        Estimate fractal = clusters.clusterCount() == 0 ? nan()
            : massRadius(clusters, chosen, size, seed);

        RunFolder folder = RunFolder.create(folderPath);
        if (latticeKind.dimension() == 2) {
            ClusterImage.write(clusters, folder.file("clusters.png"));
        }
        Map<String, Object> sweepSummary = curve == null ? null : writeSweep(folder, curve, pc);

        Map<String, Object> s = RunOutput.head("percolate", seed);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("lattice", latticeKind.name().toLowerCase(Locale.ROOT));
        parameters.put("kind", kind.name().toLowerCase(Locale.ROOT));
        parameters.put("size", size);
        parameters.put("p", probability);
        parameters.put("sweep", sweep);
        if (sweep) {
            parameters.put("sweeps", sweeps);
        }
        s.put("parameters", parameters);
        s.put("p", p);
        s.put("p_c", pc);
        s.put("sites", open.siteCount());
        s.put("cluster_count", clusters.clusterCount());
        int listed = Math.min(LISTED_CLUSTERS, clusters.clusterCount());
        s.put("largest_clusters", Arrays.copyOf(clusters.sizes(), listed));
        s.put("spans", clusters.spanningCluster() >= 0);
        s.put("spanning_axes", axes(clusters, clusters.spanningCluster(), open.dimension()));
        s.put("wraps", wrapping.spanningCluster() >= 0);
        s.put("wrapping_axes", axes(wrapping, wrapping.spanningCluster(), open.dimension()));
        s.put("fractal_dimension", RunOutput.estimate(fractal));
        Map<String, Object> methods = new LinkedHashMap<>();
        methods.put("spans", "a cluster touches both faces along some axis (open boundaries)");
        methods.put("wraps", "a cluster winds around some axis of the same configuration on"
            + " the torus (periodic boundaries)");
        methods.put("fractal_dimension", size < MIN_MASS_RADIUS_SIZE
            ? "not available: L = " + size + " < " + MIN_MASS_RADIUS_SIZE + " leaves the mass"
                + " radius r from 2 to L/4 less than a decade"
            : "mass radius M(r), r from 2 to L/4, averaged over up to " + CENTRES + " centres"
            + " drawn (seeded) among the cluster's sites at least L/4 from every face, on the "
            + (clusters.spanningCluster() >= 0 ? "largest spanning" : "largest (none spans)")
            + " cluster: the value is the exponent of the centre-averaged M(r), the stderr the"
            + " spread (standard deviation) of the single centres' exponents, conservative"
            + " since the centres share one configuration (with fewer than 2 such sites: the"
            + " site nearest the centre and its least-squares error, too small); meaningful"
            + " near p_c only (reference 91/48 = 1.8958 in 2D, 2.5230 in 3D)");
        s.put("methods", methods);
        if (sweepSummary != null) {
            s.put("sweep", sweepSummary);
        }
        s.put("seconds", seconds);
        folder.writeJson("summary.json", s);

        spec.commandLine().getOut().printf(Locale.ROOT, "p = %.6f: largest cluster %d of %d"
                + " sites, spans %b, wraps %b, d_f = %.4f +- %.4f; %s%n", p,
            clusters.clusterCount() > 0 ? clusters.size(0) : 0, open.siteCount(),
            clusters.spanningCluster() >= 0, wrapping.spanningCluster() >= 0,
            fractal.value(), fractal.stderr(), folder.file("summary.json"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Map<String, Object> writeSweep(RunFolder folder, NewmanZiffResult curve,
                                           double pc) {
        double[] p = new double[SWEEP_POINTS];
        double[] axis = new double[SWEEP_POINTS];
        double[] axisErr = new double[SWEEP_POINTS];
        double[] either = new double[SWEEP_POINTS];
        double[] largest = new double[SWEEP_POINTS];
        for (int i = 0; i < SWEEP_POINTS; i++) {
            p[i] = i / (SWEEP_POINTS - 1.0);
            axis[i] = curve.probability(CrossingEvent.AXIS_0, p[i]);
            axisErr[i] = curve.standardError(CrossingEvent.AXIS_0, p[i]);
            either[i] = curve.probability(CrossingEvent.EITHER, p[i]);
            largest[i] = curve.largestClusterFraction(p[i]);
        }
        folder.writeCsv("sweep.csv", CsvTables.writer()
            .column("p", p)
            .column("spanning_probability", axis)
            .column("spanning_probability_stderr", axisErr)
            .column("spanning_probability_either_axis", either)
            .column("largest_cluster_fraction", largest));
        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "Newman-Ziff, %d sweeps, L = %d", sweeps, size))
            .xLabel("p")
            .yLabel("probability / fraction")
            .line("spanning probability (axis 0)", p, axis)
            .line("spanning probability (either axis)", p, either)
            .line("largest-cluster fraction", p, largest)
            .verticalLine(pc, "p_c")
            .build();
        RunOutput.png(folder, "sweep.png", chart.toChart());

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sweeps", sweeps);
        summary.put("spanning_probability_at_p_c", curve.probability(CrossingEvent.AXIS_0, pc));
        summary.put("spanning_probability_at_p_c_stderr",
            curve.standardError(CrossingEvent.AXIS_0, pc));
        double half = Double.NaN;
        if (curve.probability(CrossingEvent.AXIS_0, 0.01) < 0.5
                && curve.probability(CrossingEvent.AXIS_0, 0.99) > 0.5) {
            half = curve.solve(CrossingEvent.AXIS_0, 0.5, 0.01, 0.99);
        }
        summary.put("p_half_spanning", half);
        summary.put("p_half_spanning_note", "p at which the spanning probability along axis 0"
            + " is 1/2: a finite-size estimate of p_c");
        return summary;
    }

    /**
     * d_f of a cluster by mass radius: M(r) around the cluster site nearest the lattice
     * centre, r from 2 to L/4 (box counting is biased low on a single cluster by its dense
     * small scales: 1.74 instead of 1.90 at L = 512).
     */
    private static Estimate massRadius(Clusters clusters, int cluster, int size, long seed) {
        if (size < MIN_MASS_RADIUS_SIZE) {
            return nan();
        }
        Lattice lattice = clusters.configuration().lattice();
        int dim = lattice.dimension();
        double[] basis = lattice.kind().basis();
        int[] sites = clusters.sites(cluster);
        double[][] points = new double[sites.length][dim];
        double[] middle = new double[dim];
        for (int a = 0; a < dim; a++) {
            middle[a] = (size - 1) / 2.0;
        }
        double[] centre = null;
        double best = Double.POSITIVE_INFINITY;
        List<double[]> inner = new java.util.ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            boolean inside = true;
            for (int j = 0; j < dim; j++) {
                int x = lattice.coordinate(sites[i], j);
                inside &= x >= size / 4 && x < size - size / 4;
            }
            double d = 0;
            for (int r = 0; r < dim; r++) {
                double x = 0;
                double m = 0;
                for (int j = 0; j < dim; j++) {
                    x += basis[r * dim + j] * lattice.coordinate(sites[i], j);
                    m += basis[r * dim + j] * middle[j];
                }
                points[i][r] = x;
                d += (x - m) * (x - m);
            }
            if (d < best) {
                best = d;
                centre = points[i];
            }
            if (inside) {
                inner.add(points[i]);
            }
        }
        if (inner.size() < 2) {
            return MassRadius.fit(points, centre.clone(), 2, size / 4.0, 10).exponentEstimate();
        }

        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed ^ 0x5EEDL);
        int count = Math.min(CENTRES, inner.size());
        double[][] centres = new double[count][];
        for (int k = 0; k < count; k++) {
            int pick = k + rng.nextInt(inner.size() - k);
            java.util.Collections.swap(inner, k, pick);
            centres[k] = inner.get(k).clone();
        }
        MassRadius.Averaged averaged = MassRadius.fitOverCentres(points, centres, 2,
            size / 4.0, 10);
        return Estimate.normal(averaged.dimension(), averaged.spread(), Z95);
    }

    private static List<Integer> axes(Clusters clusters, int cluster, int dimension) {
        java.util.ArrayList<Integer> list = new java.util.ArrayList<>();
        if (cluster < 0) {
            return list;
        }
        for (int a = 0; a < dimension; a++) {
            if (clusters.crosses(cluster, a)) {
                list.add(a);
            }
        }
        return list;
    }

    private double parseProbability(double pc) {
        if (probability.equalsIgnoreCase("pc")) {
            return pc;
        }
        double p;
        try {
            p = Double.parseDouble(probability);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("p = " + probability
                + ": expected a number in [0, 1] or pc");
        }
        Validation.requireProbability("p", p);
        return p;
    }

    private static PercolationKind parseKind(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "site":
                return PercolationKind.SITE;
            case "bond":
                return PercolationKind.BOND;
            default:
                throw new IllegalArgumentException("kind = " + name
                    + ": expected site or bond");
        }
    }

    /** Centres of the mass-radius average. */
    private static final int CENTRES = 16;

    /** The smallest L with a decade of mass radius, r from 2 to L/4 (L/4 = 8 at 32: 0.6). */
    private static final int MIN_MASS_RADIUS_SIZE = 32;

    private static final double Z95 = 1.959963984540054;

    private static Estimate nan() {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
