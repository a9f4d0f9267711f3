package org.fracdyn.validation.lattice;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.fracdyn.lattice.percolation.CrossingEvent;
import org.fracdyn.lattice.percolation.NewmanZiff;
import org.fracdyn.lattice.percolation.NewmanZiffResult;
import org.fracdyn.lattice.percolation.PercolationKind;
import org.fracdyn.lattice.percolation.Thresholds;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The square-lattice site percolation threshold by the Newman-Ziff algorithm (Phys. Rev. E 64
 * (2001) 016706): on an L x L torus, p_c is estimated as the p at which the probability of
 * wrapping along either axis equals its exact value at criticality, 0.690473725 (Pinson,
 * J. Stat. Phys. 75 (1994) 1167); the estimate converges as L^(-2 - 1/nu).
 */
public final class ThresholdCheck extends ClaimCheck {

    /** Creates the check. */
    public ThresholdCheck() {
        super("square-site-threshold", CheckGroup.LATTICE,
            "Newman-Ziff gives the square-lattice site percolation threshold",
            new Reference(0.59274605079210, 2e-14, "0.59274605079210(2) (Jacobsen, J. Phys. A "
                + "48 (2015) 454003)"),
            new Tolerance(1e-4, 0, 3, "3 standard errors (the Bernoulli error of R(p) over "
                + "the sweeps divided by dR/dp) plus 1e-4 for the finite-size shift, which "
                + "falls as L^-2.75"));
    }

    @Override
    protected Observation measure(CheckContext context) {
        int size = context.full() ? 256 : 64;
        int sweeps = context.full() ? 20_000 : 4_000;
        NewmanZiffResult result = new NewmanZiff(
            Lattice.cube(LatticeKind.SQUARE, size, Boundary.PERIODIC), PercolationKind.SITE)
            .run(sweeps, context.seedFor(id()), Runtime.getRuntime().availableProcessors());
        double estimate = result.solve(CrossingEvent.EITHER, Thresholds.PINSON_EITHER, 0.5, 0.7);
        double step = 1e-3;
        double slope = (result.probability(CrossingEvent.EITHER, estimate + step)
            - result.probability(CrossingEvent.EITHER, estimate - step)) / (2 * step);
        double error = result.standardError(CrossingEvent.EITHER, estimate) / slope;

        int points = 41;
        double[] p = new double[points];
        double[] wrap = new double[points];
        for (int i = 0; i < points; i++) {
            p[i] = 0.56 + 0.065 * i / (points - 1);
            wrap[i] = result.probability(CrossingEvent.EITHER, p[i]);
        }
        LineChartSpec chart = LineChartSpec.builder()
            .title(String.format(Locale.ROOT, "Wrapping probability, %d x %d torus", size,
                size))
            .xLabel("p").yLabel("R_either(p)")
            .line("Newman-Ziff, " + sweeps + " sweeps", p, wrap)
            .horizontalLine(Thresholds.PINSON_EITHER, "Pinson 0.6905")
            .verticalLine(0.59274605079210, "Jacobsen p_c")
            .build();
        String details = String.format(Locale.ROOT, "L = %d, %d sweeps: p = %.6f +- %.2g where "
            + "R_either = 0.690473725; dR/dp = %.1f", size, sweeps, estimate, error, slope);
        return new Observation(new Measurement(estimate, error),
            List.of(Figures.write(context, id(), chart)), details);
    }
}
