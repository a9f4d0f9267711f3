package org.fracdyn.lattice.ctrw;

import java.util.random.RandomGenerator;
import org.hipparchus.special.Gamma;

/**
 * The waiting time between two jumps of a continuous-time random walk, with a heavy tail
 * P(tau &gt; t) ~ t^(-beta), 0 &lt; beta &lt; 1, which makes the walk subdiffusive:
 * &lt;n(t)&gt; ~ t^beta jumps by time t (Montroll and Weiss, J. Math. Phys. 6 (1965) 167,
 * doi 10.1063/1.1704269; Metzler and Klafter, Phys. Rep. 339 (2000) 1,
 * doi 10.1016/S0370-1573(00)00070-3).
 */
public sealed interface WaitingTime
    permits WaitingTime.MittagLeffler, WaitingTime.Pareto {

    /**
     * @param rng the generator
     * @return one waiting time &gt; 0
     */
    double sample(RandomGenerator rng);

    /** @return the tail index beta */
    double beta();

    /**
     * The mean number of jumps by time t, &lt;n(t)&gt;: exact for {@link MittagLeffler},
     * the long-time asymptote for {@link Pareto} (see {@link #exact()}).
     *
     * @param time t &gt;= 0
     * @return &lt;n(t)&gt;
     */
    double meanJumps(double time);

    /** @return whether {@link #meanJumps(double)} is exact at all times */
    boolean exact();

    /**
     * The rate K_n of the renewal process: &lt;n(t)&gt; = K_n t^beta / Gamma(1 + beta)
     * (exactly for Mittag-Leffler, as t -&gt; infinity for Pareto), in time^-beta.
     *
     * @return K_n
     */
    double renewalRate();

    /**
     * Mittag-Leffler waiting times: P(tau &gt; t) = E_beta(-(t / gamma)^beta).
     *
     * <p>Sampled exactly by tau = -gamma ln u [sin(beta pi) / tan(beta pi v) -
     * cos(beta pi)]^(1/beta) with u, v independent uniform on (0, 1) (after Kozubowski;
     * Fulger, Scalas and Germano, Phys. Rev. E 77 (2008) 021122,
     * doi 10.1103/PhysRevE.77.021122). The bracket is evaluated as
     * sin(beta pi (1 - v)) / sin(beta pi v), the same number written without cancellation.
     * The renewal process has &lt;n(t)&gt; = (t / gamma)^beta / Gamma(1 + beta) exactly, so a
     * walk with jump variance sigma^2 per dimension has &lt;x^2(t)&gt; =
     * sigma^2 (t / gamma)^beta / Gamma(1 + beta) per dimension: the time-fractional
     * diffusion equation with alpha = beta and D = sigma^2 / (2 gamma^beta).
     * beta = 1 gives exponential waiting times (a Poisson process).
     *
     * @param scale gamma &gt; 0, a time
     * @param beta the index, 0 &lt; beta &lt;= 1
     */
    record MittagLeffler(double scale, double beta) implements WaitingTime {

        /**
         * @throws IllegalArgumentException if gamma or beta is out of range
         */
        public MittagLeffler {
            checkScale("waiting.scale", scale);
            if (!(beta > 0 && beta <= 1)) {
                throw new IllegalArgumentException(
                    "waiting.beta = " + beta + ": expected 0 < beta <= 1");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            double u = 1 - rng.nextDouble();
            if (beta == 1) {
                return -scale * Math.log(u);
            }
            double v = 1 - rng.nextDouble();
            double ratio = Math.sin(beta * Math.PI * (1 - v)) / Math.sin(beta * Math.PI * v);
            return -scale * Math.log(u) * Math.pow(ratio, 1 / beta);
        }

        @Override
        public double meanJumps(double time) {
            return Math.pow(time / scale, beta) / Gamma.gamma(1 + beta);
        }

        @Override
        public double renewalRate() {
            return Math.pow(scale, -beta);
        }

        @Override
        public boolean exact() {
            return true;
        }
    }

    /**
     * Pareto waiting times: P(tau &gt; t) = (t / t0)^(-beta) for t &gt; t0, 1 below.
     *
     * <p>Sampled by inversion, tau = t0 u^(-1/beta). Its Laplace transform behaves as
     * 1 - Gamma(1 - beta) (s t0)^beta for small s, so &lt;n(t)&gt; approaches
     * (t / t0)^beta / (Gamma(1 - beta) Gamma(1 + beta)) at t &gt;&gt; t0, the Mittag-Leffler
     * law with gamma = t0 Gamma(1 - beta)^(1/beta); the relative correction decays as
     * (t / t0)^(beta - 1). Only the asymptote is returned by {@link #meanJumps(double)}.
     *
     * @param scale t0 &gt; 0, the shortest waiting time
     * @param beta the index, 0 &lt; beta &lt; 1
     */
    record Pareto(double scale, double beta) implements WaitingTime {

        /**
         * @throws IllegalArgumentException if t0 or beta is out of range
         */
        public Pareto {
            checkScale("waiting.scale", scale);
            if (!(beta > 0 && beta < 1)) {
                throw new IllegalArgumentException(
                    "waiting.beta = " + beta + ": expected 0 < beta < 1");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return scale * Math.pow(1 - rng.nextDouble(), -1 / beta);
        }

        /**
         * @param time t
         * @return P(tau &gt; t)
         */
        public double survival(double time) {
            return time <= scale ? 1 : Math.pow(time / scale, -beta);
        }

        @Override
        public double meanJumps(double time) {
            return Math.pow(time / scale, beta)
                / (Gamma.gamma(1 - beta) * Gamma.gamma(1 + beta));
        }

        @Override
        public double renewalRate() {
            return Math.pow(scale, -beta) / Gamma.gamma(1 - beta);
        }

        @Override
        public boolean exact() {
            return false;
        }
    }

    private static void checkScale(String name, double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException(
                name + " = " + scale + ": expected a finite time > 0");
        }
    }
}
