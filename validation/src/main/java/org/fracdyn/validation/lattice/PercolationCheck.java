package org.fracdyn.validation.lattice;

import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.lattice.estimate.Estimate;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;

/**
 * The exponents of 2D site percolation on the square lattice, measured by a shared
 * {@link PercolationExperiment}, against the accepted values of REFERENCES.md:
 * d_f = 91/48 (exact), d_w = 2 + (t - beta)/nu = 2.8784(8) (derived from Grassberger's
 * t/nu = 0.9826(8), Physica A 262 (1999) 251, and beta/nu = 5/48), the Einstein relation
 * d_w - d_f = t/nu (the conductivity exponent; d_f = 2 - beta/nu), and the Alexander-Orbach
 * relation d_s = 2 d_f / d_w = 1.3173 (derived).
 */
public final class PercolationCheck extends ClaimCheck {

    /** What is checked. */
    public enum Quantity { FRACTAL, WALKER, EINSTEIN, SPECTRAL }

    private static final double DF = 91.0 / 48.0;
    private static final double DW = 2.8784;
    private static final double T_OVER_NU = 0.9826;

    private final Quantity quantity;
    private final PercolationExperiment experiment;

    private PercolationCheck(Quantity quantity, PercolationExperiment experiment) {
        super(id(quantity), CheckGroup.LATTICE, claim(quantity), reference(quantity),
            tolerance(quantity));
        this.quantity = quantity;
        this.experiment = experiment;
    }

    /** @return the four checks over one shared experiment */
    public static List<PercolationCheck> all() {
        PercolationExperiment experiment = new PercolationExperiment();
        return List.of(new PercolationCheck(Quantity.FRACTAL, experiment),
            new PercolationCheck(Quantity.WALKER, experiment),
            new PercolationCheck(Quantity.EINSTEIN, experiment),
            new PercolationCheck(Quantity.SPECTRAL, experiment));
    }

    private static String id(Quantity quantity) {
        return switch (quantity) {
            case FRACTAL -> "percolation-2d-fractal-dimension";
            case WALKER -> "percolation-2d-walker-dimension";
            case EINSTEIN -> "percolation-2d-einstein-relation";
            case SPECTRAL -> "percolation-2d-spectral-relation";
        };
    }

    private static String claim(Quantity quantity) {
        return switch (quantity) {
            case FRACTAL -> "The 2D percolation cluster at p_c has d_f = 91/48";
            case WALKER -> "Walkers on the 2D incipient infinite cluster have d_w = 2.8784";
            case EINSTEIN -> "Einstein relation: the measured d_w - d_f equals the conductivity "
                + "exponent t/nu = 0.9826";
            case SPECTRAL -> "Alexander-Orbach: 2 d_f / d_w from the measured d_f and d_w gives "
                + "d_s = 1.3173";
        };
    }

    private static Reference reference(Quantity quantity) {
        return switch (quantity) {
            case FRACTAL -> Reference.exact(DF, "91/48 = 1.895833, exact (den Nijs 1979; "
                + "REFERENCES.md)");
            case WALKER -> new Reference(DW, 0.0008, "2.8784(8), derived: d_w = 2 + (t - beta)/nu"
                + " with t/nu = 0.9826(8) (Grassberger, Physica A 262 (1999) 251) and beta/nu "
                + "= 5/48");
            case EINSTEIN -> new Reference(T_OVER_NU, 0.0008, "t/nu = 0.9826(8) (Grassberger, "
                + "Physica A 262 (1999) 251)");
            case SPECTRAL -> new Reference(2 * DF / DW, 0.0004, "1.3173, derived: 2 (91/48) / "
                + "2.8784 (REFERENCES.md)");
        };
    }

    private static Tolerance tolerance(Quantity quantity) {
        return switch (quantity) {
            case FRACTAL -> new Tolerance(0, 0.01, 3, "1 % for corrections to finite-size "
                + "scaling at L >= 16, plus 3 bootstrap standard errors over configurations");
            case WALKER -> new Tolerance(0, 0.04, 3, "effective exponents approach d_w from "
                + "below (2.82 at t = 1e3..1e5, 2.81 at 1e2..1e4: lattice module tests), so 4 %"
                + " plus 3 bootstrap standard errors over clusters");
            case EINSTEIN -> new Tolerance(0.1, 0, 3, "the bias of the effective d_w (about "
                + "0.07 low at quick sizes) and of d_f (about 0.01) plus 3 combined standard "
                + "errors");
            case SPECTRAL -> new Tolerance(0, 0.04, 3, "the d_w bias (up to 4 %) carried "
                + "through the ratio, plus 3 combined standard errors");
        };
    }

    @Override
    protected Observation measure(CheckContext context) {
        PercolationExperiment.Result r = experiment.result(context);
        Estimate df = r.fractal();
        Estimate dw = r.walker();
        Measurement measured = switch (quantity) {
            case FRACTAL -> new Measurement(df.value(), df.stderr());
            case WALKER -> new Measurement(dw.value(), dw.stderr());
            case EINSTEIN -> new Measurement(dw.value() - df.value(),
                Math.hypot(dw.stderr(), df.stderr()));
            case SPECTRAL -> new Measurement(2 * df.value() / dw.value(),
                2 * df.value() / dw.value() * Math.hypot(df.stderr() / df.value(),
                    dw.stderr() / dw.value()));
        };
        String details = String.format(Locale.ROOT, "d_f = %.4f +- %.2g [%.4f, %.4f]; d_w = "
            + "%.4f +- %.2g [%.4f, %.4f]; d_w - d_f = %.4f; 2 d_f / d_w = %.4f%n%s",
            df.value(), df.stderr(), df.low(), df.high(), dw.value(), dw.stderr(), dw.low(),
            dw.high(), dw.value() - df.value(), 2 * df.value() / dw.value(), r.settings());

        LineChartSpec chart;
        if (quantity == Quantity.FRACTAL) {
            chart = LineChartSpec.builder()
                .title("2D percolation at p_c: largest cluster").xLabel("L")
                .yLabel("mean largest-cluster mass").logLog()
                .points("measured", r.sizes(), r.meanMass())
                .reference("L^(91/48)", r.sizes(), GasketCheck.scaled(r.sizes(), r.meanMass(),
                    DF))
                .build();
        } else {
            chart = LineChartSpec.builder()
                .title("Myopic ants on the 2D incipient infinite cluster").xLabel("t")
                .yLabel("<r^2(t)>").logLog()
                .points("mean over clusters", r.times(), r.meanMsd())
                .reference("t^(2/2.8784)", r.times(), GasketCheck.scaled(r.times(),
                    r.meanMsd(), 2 / DW))
                .verticalLine(r.window().lower(), "fit from")
                .build();
        }
        return new Observation(measured, List.of(Figures.write(context, id(), chart)),
            details);
    }
}
