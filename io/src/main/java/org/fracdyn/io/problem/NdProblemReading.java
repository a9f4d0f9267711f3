package org.fracdyn.io.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.fracdyn.io.NdArray;
import org.fracdyn.io.NpyArrays;
import org.fracdyn.solver.boundary.Boundary;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the keys of a two- or three-dimensional problem file ({@code domain.dims} 2 or 3)
 * with the same strictness as one dimension: the top-level, {@code time} and {@code output}
 * keys are read by {@link ProblemFiles.Reading}; the domain takes lists, one entry per axis,
 * and the potential and initial density have their own types (docs/problem-file.md).
 */
final class NdProblemReading {

    static final String POTENTIAL_TYPES = "free, separable, radial-harmonic, table";
    static final String INITIAL_TYPES = "delta, gaussian, uniform, boltzmann";
    private static final List<String> ONE_DIMENSIONAL_TYPES =
        List.of("linear", "harmonic", "double-well", "periodic");

    private final ProblemFiles.Reading reading;
    private final Section top;

    NdProblemReading(ProblemFiles.Reading reading) {
        this.reading = reading;
        this.top = reading.top;
    }

    ProblemSpecND problem() {
        ProblemFiles.Header header = reading.header();
        DomainSpecND domain = domain(top.section("domain", true,
            "a mapping with dims, min, max, cells and optionally boundary"));
        FieldPotentialSpec potential = top.has("potential")
            ? potential(top.section("potential", false,
                "a mapping with type (" + POTENTIAL_TYPES + ") and its parameters"), domain)
            : new FieldPotentialSpec.Free();
        InitialSpecND initial = initial(top.section("initial", true,
            "a mapping with type (" + INITIAL_TYPES + ") and its parameters"), domain);
        TimeSpec time = reading.time(top.section("time", true,
            "a mapping with end, steps and optionally grading, scheme, history"));
        OutputSpec output = reading.output(top.section("output", false,
            "a mapping with times and/or every"), time);
        return new ProblemSpecND(header.name(), header.alpha(), header.diffusion(),
            header.friction(), potential, domain, initial, time, output, header.seed(),
            reading.source);
    }

    private DomainSpecND domain(Section section) {
        section.allowOnly(List.of("dims", "min", "max", "cells", "boundary"));

        int d = (int) section.integer("dims", 2, 3, "1, 2 or 3");
        String numbers = perAxis(d, "numbers");
        double[] min = section.numbers("min", d, numbers, i -> "a finite number",
            (i, x) -> true);
        double[] max = section.numbers("max", d, numbers,
            i -> "a finite number > domain.min[" + i + "] = " + min[i], (i, x) -> x > min[i]);
        int[] cells = section.integers("cells", d, perAxis(d, "integers"), 3,
            DomainSpecND.MAX_CELLS_PER_AXIS,
            "an integer in [3, " + DomainSpecND.MAX_CELLS_PER_AXIS + "]");
        long total = 1;
        for (int m : cells) {
            total *= m;
        }
        if (total > DomainSpecND.MAX_CELLS) {
            throw new IllegalArgumentException(section.at("cells") + "domain.cells = "
                + Arrays.toString(cells) + " (" + total + " cells): expected at most "
                + DomainSpecND.MAX_CELLS + " cells in all (each density array takes 8 bytes "
                + "per cell; the limit is 80 MB)");
        }
        return new DomainSpecND(d, min, max, cells, boundaries(section, d));
    }

    private static List<Boundary> boundaries(Section section, int d) {
        String one = "one of " + ProblemFiles.boundaryLabels();
        String expected = one + ", or a list of " + d + " of them (one per axis)";
        if (!section.has("boundary")) {
            return Collections.nCopies(d, Boundary.REFLECTING);
        }
        YamlNode value = section.get("boundary");
        if (value instanceof YamlNode.Sequence) {
            List<Boundary> boundaries = new ArrayList<>();
            List<YamlNode> items = section.list("boundary", d, expected);
            for (int a = 0; a < d; a++) {
                Boundary boundary = boundaryOf(items.get(a));
                if (boundary == null) {
                    throw section.refuseItem("boundary", a, items.get(a), one);
                }
                boundaries.add(boundary);
            }
            return boundaries;
        }
        Boundary boundary = boundaryOf(value);
        if (boundary == null) {
            throw section.refuse("boundary", expected);
        }
        return Collections.nCopies(d, boundary);
    }

    private static Boundary boundaryOf(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar scalar)
                || scalar.token() != JsonToken.VALUE_STRING) {
            return null;
        }
        try {
            return Boundary.fromLabel(scalar.text());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private FieldPotentialSpec potential(Section section, DomainSpecND domain) {
        int d = domain.dims();
        String expected = "one of " + POTENTIAL_TYPES + " (domain.dims = " + d + ")";
        String type = section.text("type", expected);
        switch (type) {
            case "free":
                section.allowOnly(List.of("type"));
                return new FieldPotentialSpec.Free();
            case "separable":
                section.allowOnly(List.of("type", "axes"));
                return separable(section, domain);
            case "radial-harmonic":
                section.allowOnly(List.of("type", "k", "center"));
                double k = section.number("k", "a number > 0 (V = k |x - center|^2 / 2)",
                    s -> s > 0);
                double[] center = section.has("center")
                    ? section.numbers("center", d, perAxis(d, "numbers"),
                        i -> "a finite number", (i, x) -> true)
                    : new double[d];
                return new FieldPotentialSpec.RadialHarmonic(k, center);
            case "table":
                section.allowOnly(List.of("type", "file"));
                return table(section, domain);
            default:
                if (ONE_DIMENSIONAL_TYPES.contains(type)) {
                    throw section.refuse("type", expected + "; a one-dimensional potential "
                        + "goes on one axis: {type: separable, axes: [{type: " + type
                        + ", ...}, ...]}");
                }
                throw section.refuse("type", expected);
        }
    }

    private FieldPotentialSpec separable(Section section, DomainSpecND domain) {
        int d = domain.dims();
        List<Section> axes = section.sections("axes", d,
            "a list of " + d + " one-dimensional potentials, one per axis (domain.dims = " + d
                + ")", "a mapping with type (free, linear, harmonic, double-well, periodic, "
                + "table) and its parameters");
        List<PotentialSpec> potentials = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            DomainSpec axis = domain.axis(a);
            PotentialSpec potential = reading.potential(axes.get(a), axis);
            if (potential instanceof PotentialSpec.Periodic periodic
                    && axis.boundary() == Boundary.PERIODIC) {
                ProblemFiles.Reading.requireWholePeriods(axes.get(a), periodic, axis);
            }
            potentials.add(potential);
        }
        return new FieldPotentialSpec.Separable(potentials);
    }

    /**
     * A potential table: a float64 {@code .npy} array of shape (n_1, ..., n_d), V on the
     * points numpy.linspace(min_a, max_a, n_a) of each axis.
     */
    private FieldPotentialSpec table(Section section, DomainSpecND domain) {
        int d = domain.dims();
        String given = section.text("file", "a .npy file name (float64, " + d + " axes)");
        Path file = reading.resolveAgainstSource(given);
        String named = section.at("file") + section.qualified("file") + " = '" + given + "': ";
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(named + "cannot read " + file + ": no such file",
                new NoSuchFileException(file.toString()));
        }
        NdArray array = NpyArrays.readNpy(file);
        int[] shape = array.shape();
        boolean fits = shape.length == d && Arrays.stream(shape).allMatch(n -> n >= 2);
        if (!fits) {
            throw new IllegalArgumentException(named + "an array of shape "
                + Arrays.toString(shape) + ": expected " + d + " axes of at least 2 points "
                + "each (V at numpy.linspace(min_a, max_a, n_a) along axis a)");
        }
        double[] values = array.data();
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new UncheckedIOException(named + "value " + k + " (row-major) is "
                    + values[k] + ": expected finite values", new IOException("bad value"));
            }
        }
        return new FieldPotentialSpec.Table(file, shape, values);
    }

    private static InitialSpecND initial(Section section, DomainSpecND domain) {
        int d = domain.dims();
        String type = section.text("type", "one of " + INITIAL_TYPES + " (domain.dims = " + d
            + ")");
        double[] min = domain.min();
        double[] max = domain.max();
        String point = perAxis(d, "numbers") + ", inside the domain";
        switch (type) {
            case "delta":
                section.allowOnly(List.of("type", "at"));
                return new InitialSpecND.Delta(section.numbers("at", d, point,
                    i -> inside(min, max, i), (i, x) -> x >= min[i] && x <= max[i]));
            case "gaussian":
                section.allowOnly(List.of("type", "mean", "sigma"));
                double[] mean = section.numbers("mean", d, point, i -> inside(min, max, i),
                    (i, x) -> x >= min[i] && x <= max[i]);
                double[] sigma = section.numbers("sigma", d, perAxis(d, "numbers > 0"),
                    i -> "a number > 0", (i, s) -> s > 0);
                return new InitialSpecND.Gaussian(mean, sigma);
            case "uniform":
                section.allowOnly(List.of("type"));
                return new InitialSpecND.Uniform();
            case "boltzmann":
                section.allowOnly(List.of("type"));
                return new InitialSpecND.Boltzmann();
            default:
                throw section.refuse("type", "one of " + INITIAL_TYPES + " (domain.dims = "
                    + d + (type.equals("table") ? "; tables are one-dimensional only" : "")
                    + ")");
        }
    }

    private static String perAxis(int d, String what) {
        return "a list of " + d + " " + what + ", one per axis (domain.dims = " + d + ")";
    }

    private static String inside(double[] min, double[] max, int a) {
        return "a number in [" + min[a] + ", " + max[a] + "] (the domain along "
            + DomainSpecND.AXIS_NAMES.get(a) + ")";
    }
}
