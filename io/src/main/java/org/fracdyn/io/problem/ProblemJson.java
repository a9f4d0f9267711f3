package org.fracdyn.io.problem;

import org.fracdyn.io.JsonDocuments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a {@link ProblemSpec} back as a JSON tree with the keys of the problem file. */
final class ProblemJson {

    private ProblemJson() {
    }

    static ObjectNode toTree(ProblemSpec spec) {
        ObjectNode root = JsonDocuments.newObject();
        root.put("name", spec.name());
        root.put("alpha", spec.alpha());
        root.put("diffusion", spec.diffusion());
        root.put("friction", spec.friction());
        root.set("potential", potential(spec.potential()));

        DomainSpec domain = spec.domain();
        ObjectNode domainNode = root.putObject("domain");
        domainNode.put("dims", domain.dims());
        domainNode.put("min", domain.min());
        domainNode.put("max", domain.max());
        domainNode.put("cells", domain.cells());
        domainNode.put("boundary", domain.boundary().label());

        root.set("initial", initial(spec.initial()));

        TimeSpec time = spec.time();
        ObjectNode timeNode = root.putObject("time");
        timeNode.put("end", time.end());
        timeNode.put("steps", time.steps());
        timeNode.put("grading", time.grading());
        timeNode.put("scheme", time.scheme().label());
        timeNode.put("history", time.history().label());

        ObjectNode outputNode = root.putObject("output");
        ArrayNode times = outputNode.putArray("times");
        for (double t : spec.output().times()) {
            times.add(t);
        }
        outputNode.put("every", spec.output().every());

        root.put("seed", spec.seed());
        return root;
    }

    static ObjectNode toTree(ProblemSpecND spec) {
        ObjectNode root = JsonDocuments.newObject();
        root.put("name", spec.name());
        root.put("alpha", spec.alpha());
        root.put("diffusion", spec.diffusion());
        root.put("friction", spec.friction());
        root.set("potential", fieldPotential(spec.potential()));

        DomainSpecND domain = spec.domain();
        ObjectNode domainNode = root.putObject("domain");
        domainNode.put("dims", domain.dims());
        ArrayNode min = domainNode.putArray("min");
        ArrayNode max = domainNode.putArray("max");
        ArrayNode cells = domainNode.putArray("cells");
        ArrayNode boundary = domainNode.putArray("boundary");
        for (int a = 0; a < domain.dims(); a++) {
            min.add(domain.min()[a]);
            max.add(domain.max()[a]);
            cells.add(domain.cells()[a]);
            boundary.add(domain.boundaries().get(a).label());
        }

        ObjectNode initial = root.putObject("initial");
        initial.put("type", spec.initial().type());
        if (spec.initial() instanceof InitialSpecND.Delta delta) {
            addAll(initial.putArray("at"), delta.at());
        } else if (spec.initial() instanceof InitialSpecND.Gaussian gaussian) {
            addAll(initial.putArray("mean"), gaussian.mean());
            addAll(initial.putArray("sigma"), gaussian.sigma());
        }

        root.set("time", time(spec.time()));
        root.set("output", output(spec.output()));
        root.put("seed", spec.seed());
        return root;
    }

    private static ObjectNode fieldPotential(FieldPotentialSpec potential) {
        ObjectNode node = JsonDocuments.newObject();
        node.put("type", potential.type());
        if (potential instanceof FieldPotentialSpec.Separable separable) {
            ArrayNode axes = node.putArray("axes");
            separable.axes().forEach(axis -> axes.add(potential(axis)));
        } else if (potential instanceof FieldPotentialSpec.RadialHarmonic harmonic) {
            node.put("k", harmonic.k());
            addAll(node.putArray("center"), harmonic.center());
        } else if (potential instanceof FieldPotentialSpec.Table table) {
            node.put("file", table.file().toString());
        }
        return node;
    }

    private static ObjectNode time(TimeSpec time) {
        ObjectNode timeNode = JsonDocuments.newObject();
        timeNode.put("end", time.end());
        timeNode.put("steps", time.steps());
        timeNode.put("grading", time.grading());
        timeNode.put("scheme", time.scheme().label());
        timeNode.put("history", time.history().label());
        return timeNode;
    }

    private static ObjectNode output(OutputSpec output) {
        ObjectNode outputNode = JsonDocuments.newObject();
        addAll(outputNode.putArray("times"), output.times());
        outputNode.put("every", output.every());
        return outputNode;
    }

    private static void addAll(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }

    private static ObjectNode potential(PotentialSpec potential) {
        ObjectNode node = JsonDocuments.newObject();
        node.put("type", potential.type());
        if (potential instanceof PotentialSpec.Linear linear) {
            node.put("force", linear.force());
        } else if (potential instanceof PotentialSpec.Harmonic harmonic) {
            node.put("k", harmonic.k());
            node.put("center", harmonic.center());
        } else if (potential instanceof PotentialSpec.DoubleWell well) {
            node.put("a", well.a());
            node.put("b", well.b());
        } else if (potential instanceof PotentialSpec.Periodic periodic) {
            node.put("amplitude", periodic.amplitude());
            node.put("period", periodic.period());
            node.put("tilt", periodic.tilt());
        } else if (potential instanceof PotentialSpec.Table table) {
            node.put("file", table.values().file().toString());
        }
        return node;
    }

    private static ObjectNode initial(InitialSpec initial) {
        ObjectNode node = JsonDocuments.newObject();
        node.put("type", initial.type());
        if (initial instanceof InitialSpec.Delta delta) {
            node.put("at", delta.at());
        } else if (initial instanceof InitialSpec.Gaussian gaussian) {
            node.put("mean", gaussian.mean());
            node.put("sigma", gaussian.sigma());
        } else if (initial instanceof InitialSpec.Table table) {
            node.put("file", table.density().file().toString());
        }
        return node;
    }
}
