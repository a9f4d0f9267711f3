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
