package org.fracdyn.validation.ctrw;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.ctrw.CtrwProblem;
import org.fracdyn.lattice.ctrw.CtrwResult;
import org.fracdyn.lattice.ctrw.CtrwSimulator;
import org.fracdyn.lattice.ctrw.JumpKernel;
import org.fracdyn.lattice.ctrw.WaitingTime;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;
import org.hipparchus.special.Gamma;

/**
 * The ensemble MSD of a CTRW with Mittag-Leffler waiting times is exactly the FFPE's,
 * &lt;x^2(t)&gt; = 2 D t^beta / Gamma(1 + beta) with D = sigma^2 / (2 gamma^beta), at every
 * time (the renewal process has &lt;n(t)&gt; = (t/gamma)^beta / Gamma(1 + beta) exactly;
 * REFERENCES.md "CTRW"). Measured: the largest |z| = |MSD - theory| / stderr over 16
 * log-spaced times from 0.01 gamma (mostly no jump yet) to 1e3 gamma.
 */
public final class CtrwMsdCheck extends ClaimCheck {

    private static final double BETA = 0.6;

    /** Creates the check. */
    public CtrwMsdCheck() {
        super("ctrw-msd", CheckGroup.CTRW,
            "The CTRW ensemble MSD equals 2 D t^beta / Gamma(1 + beta) at all times",
            Reference.exact(0, "max_m |z_m|, z the standard score of the measured MSD against "
                + "sigma^2 (t/gamma)^beta / Gamma(1 + beta) (exact for Mittag-Leffler waits)"),
            Tolerance.absolute(3.5, "Bonferroni over 16 times: P(max |z| > 3.5) <= 16 x 4.7e-4"
                + " = 0.75 % whatever the correlation between times"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        long walkers = context.full() ? 1_000_000 : 100_000;
        double[] times = CtrwProblem.logSpacedTimes(1e-2, 1e3, 3);
        CtrwProblem problem = CtrwProblem.of(1, new WaitingTime.MittagLeffler(1, BETA),
            new JumpKernel.Gaussian(1), walkers, times, context.seedFor(id()));
        CtrwResult result = CtrwSimulator.run(problem);

        double diffusion = problem.generalisedDiffusionCoefficient();
        double worst = 0;
        double[] theory = new double[times.length];
        StringBuilder details = new StringBuilder(String.format(Locale.ROOT,
            "%d walkers, beta = %.1f, gamma = sigma = 1, D = %.3g%nt, MSD, stderr, theory, z%n",
            walkers, BETA, diffusion));
        for (int m = 0; m < times.length; m++) {
            theory[m] = 2 * diffusion * Math.pow(times[m], BETA) / Gamma.gamma(1 + BETA);
            double z = (result.msd()[m] - theory[m]) / result.msdStderr()[m];
            worst = Math.max(worst, Math.abs(z));
            details.append(String.format(Locale.ROOT, "%.3g, %.5g, %.2g, %.5g, %.2f%n",
                times[m], result.msd()[m], result.msdStderr()[m], theory[m], z));
        }
        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "CTRW MSD, Mittag-Leffler waits, beta = %.1f",
                BETA))
            .xLabel("t / gamma").yLabel("<x^2>").logLog()
            .points("CTRW ensemble", times, result.msd())
            .reference("2 D t^beta / Gamma(1 + beta)", times, theory)
            .build();
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details.toString());
    }
}
