package org.fracdyn.io.problem;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A validated problem of the time-fractional Fokker-Planck equation
 * <pre>
 *   C_D_t^alpha P = d/dx ( D dP/dx + (1/gamma) P dV/dx ),   0 &lt; alpha &lt;= 1,
 * </pre>
 * with the Caputo derivative of order alpha, as read from a problem file by
 * {@link ProblemFiles#read(Path)}. kT = gamma D is the temperature; the Boltzmann density
 * exp(-V/kT)/Z is stationary. Units are the user's: D in length^2 / time^alpha, V in energy,
 * gamma in energy time^alpha / length^2. Immutable.
 *
 * @param name the run's name (file name of the problem without extension by default)
 * @param alpha the order of the Caputo derivative, 0 &lt; alpha &lt;= 1
 * @param diffusion the generalised diffusion coefficient D &gt; 0
 * @param friction the friction gamma &gt; 0
 * @param potential the potential V
 * @param domain the space domain and boundary
 * @param initial the initial density
 * @param time the time mesh, scheme and history
 * @param output what to write
 * @param seed the seed recorded in summary.json (the solver itself is deterministic)
 * @param source the problem file, or null when the spec was built in code
 */
public record ProblemSpec(String name, double alpha, double diffusion, double friction,
                          PotentialSpec potential, DomainSpec domain, InitialSpec initial,
                          TimeSpec time, OutputSpec output, long seed, Path source)
        implements AnyProblemSpec {

    /**
     * @throws IllegalArgumentException if a value is out of range or a part is missing
     */
    public ProblemSpec {
        if (!isValidName(name)) {
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

    /**
     * Tells whether a run name is accepted: letters, digits, '.', '_' and '-', not starting
     * with '.', at most 100 characters, so that it is a safe folder name everywhere.
     *
     * @param name a candidate name
     * @return true if it is valid
     */
    public static boolean isValidName(String name) {
        return name != null && name.matches("[A-Za-z0-9_\\-][A-Za-z0-9._\\-]{0,99}");
    }

    /** @return 1: a one-dimensional problem */
    @Override
    public int dims() {
        return domain.dims();
    }

    /** @return the temperature kT = gamma D */
    public double temperature() {
        return friction * diffusion;
    }

    /**
     * The problem as understood, as a JSON tree with the keys of the problem file (every
     * default filled in, table files as absolute paths). Reading it back with
     * {@link ProblemFiles#read(Path)} gives an equal spec (apart from {@code source}).
     *
     * @return a new JSON object
     */
    @Override
    public ObjectNode toJson() {
        return ProblemJson.toTree(this);
    }
}
