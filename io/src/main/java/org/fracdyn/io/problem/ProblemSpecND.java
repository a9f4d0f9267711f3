package org.fracdyn.io.problem;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A validated problem of the time-fractional Fokker-Planck equation in d = 2 or 3 dimensions,
 * <pre>
 *   C_D_t^alpha P = div( D grad P + (1/gamma) P grad V ),   0 &lt; alpha &lt;= 1,
 * </pre>
 * on a box, as read from a problem file with {@code domain.dims} 2 or 3 by
 * {@link ProblemFiles#readAny(Path)}. Units and conventions are those of the
 * one-dimensional {@link ProblemSpec}; the time stepping and output keys are the same.
 * Immutable.
 *
 * @param name the run's name
 * @param alpha the order of the Caputo derivative, 0 &lt; alpha &lt;= 1
 * @param diffusion the generalised diffusion coefficient D &gt; 0
 * @param friction the friction gamma &gt; 0
 * @param potential the potential V(x_1, ..., x_d)
 * @param domain the box, cells and boundaries
 * @param initial the initial density
 * @param time the time mesh, scheme and history
 * @param output what to write
 * @param seed the seed recorded in summary.json (the solver is deterministic)
 * @param source the problem file, or null when the spec was built in code
 */
public record ProblemSpecND(String name, double alpha, double diffusion, double friction,
                            FieldPotentialSpec potential, DomainSpecND domain,
                            InitialSpecND initial, TimeSpec time, OutputSpec output, long seed,
                            Path source) implements AnyProblemSpec {

    /**
     * @throws IllegalArgumentException if a value is out of range or a part is missing
     */
    public ProblemSpecND {
        if (!ProblemSpec.isValidName(name)) {
            throw new IllegalArgumentException("name = '" + name + "': expected letters, digits, "
                + "'.', '_' or '-', not starting with '.'");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha = " + alpha + ": expected 0 < alpha <= 1");
        }
        ProblemChecks.requirePositive("diffusion", diffusion);
        ProblemChecks.requirePositive("friction", friction);
        if (potential == null || domain == null || initial == null || time == null
                || output == null) {
            throw new IllegalArgumentException("problem " + name
                + ": potential, domain, initial, time and output are all required");
        }
    }

    /** @return the temperature kT = gamma D */
    public double temperature() {
        return friction * diffusion;
    }

    @Override
    public int dims() {
        return domain.dims();
    }

    @Override
    public ObjectNode toJson() {
        return ProblemJson.toTree(this);
    }
}
