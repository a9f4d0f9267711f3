package org.fracdyn.validation.special;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fracdyn.charts.AxisScale;
import org.fracdyn.charts.LineChartSpec;
import org.fracdyn.solver.special.MWright;
import org.fracdyn.solver.special.MittagLeffler;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.ClaimCheck;
import org.fracdyn.validation.check.Figures;
import org.fracdyn.validation.check.Measurement;
import org.fracdyn.validation.check.Reference;
import org.fracdyn.validation.check.Tolerance;
import org.hipparchus.special.Erf;

/**
 * fracdyn's special functions against independent values. The measured value is the largest
 * error scaled by max(1, |reference|) (relative above one, absolute below: the accuracy target
 * of {@link MittagLeffler}, which follows Garrappa, SIAM J. Numer. Anal. 53 (2015) 1350,
 * doi 10.1137/140971191).
 *
 * <ul>
 *   <li>Table: E_alpha(-x), E_{alpha,alpha}(-x) and E_{alpha,1+alpha}(-x) at the 33
 *   high-precision values of REFERENCES.md.</li>
 *   <li>Closed forms on dense grids: E_1(z) = e^z on [-50, 5]; E_{1/2}(-x) = e^{x^2} erfc x on
 *   [0, 30] (through the scaled erfc beyond x = 6); E_2(-x^2) = cos x on [0, 10];
 *   E_{alpha,1+alpha}(-x) = (1 - E_alpha(-x))/x for alpha = 0.3, 0.7 on [0.5, 50].</li>
 *   <li>M-Wright: the free 1D Green's function M_{alpha/2}(|x|/c)/(2c) at D = t = 1 against the
 *   REFERENCES.md table (alpha = 0.5, 0.75, 1).</li>
 * </ul>
 */
public final class SpecialFunctionCheck extends ClaimCheck {

    /** Which comparison. */
    public enum Kind { TABLE, CLOSED_FORMS, MWRIGHT_TABLE }

    private static final double[][] TABLE = {
        {0.3, 0.1, 0.89881153650272255, 0.27549390039535823, 1.0118846349727745},
        {0.3, 1, 0.45659440832969067, 0.077316799030089676, 0.54340559167030933},
        {0.3, 5, 0.13708086902027064, 0.0072751008031549119, 0.17258382619594587},
        {0.5, 0.1, 0.89645697996912664, 0.47454388555084362, 1.0354302003087336},
        {0.5, 1, 0.42758357615580700, 0.13660600739194928, 0.57241642384419300},
        {0.5, 5, 0.11070463773306863, 0.010666394882413155, 0.17785907245338627},
        {0.7, 0.1, 0.89756112693138678, 0.66666528870184917, 1.0243887306861322},
        {0.7, 1, 0.39961197811559938, 0.21039334638902371, 0.60038802188440062},
        {0.9, 0.1, 0.90175694244985940, 0.83462474715172490, 0.98243057550140597},
        {0.9, 1, 0.37606602142464188, 0.30814879777662194, 0.62393397857535812},
        {0.9, 5, 0.034431324804098424, 0.010212790452992134, 0.19311373503918032}};

    private static final double[] MW_X = {0, 0.5, 1, 2};
    private static final double[][] MW_TABLE = {
        {0.5, 0.40802446954913149, 0.28398440942038479, 0.19166770828534177,
            0.080625541727292928},
        {0.75, 0.34854892333100703, 0.27518395714061368, 0.20227634880526227,
            0.090439754755268370},
        {1, 0.28209479177387814, 0.26500353234402856, 0.21969564473386120,
            0.10377687435514868}};

    private final Kind kind;

    /** @param kind the comparison */
    public SpecialFunctionCheck(Kind kind) {
        super(switch (kind) {
            case TABLE -> "mittag-leffler-table";
            case CLOSED_FORMS -> "mittag-leffler-closed-forms";
            case MWRIGHT_TABLE -> "mwright-green-function-table";
        }, CheckGroup.SPECIAL_FUNCTIONS, switch (kind) {
            case TABLE -> "The Mittag-Leffler function matches 33 high-precision values of "
                + "E_alpha, E_{alpha,alpha} and E_{alpha,1+alpha}";
            case CLOSED_FORMS -> "The Mittag-Leffler function matches its closed forms "
                + "e^z, e^{x^2} erfc x, cos x and (1 - E_alpha)/x on dense grids";
            case MWRIGHT_TABLE -> "The M-Wright Green's function matches the high-precision "
                + "table at D = t = 1";
        }, Reference.exact(0, switch (kind) {
            case TABLE -> "REFERENCES.md 'Mittag-Leffler function' (power series at raised "
                + "precision, an integral representation and numerical inverse Laplace "
                + "transform agreeing far beyond double precision)";
            case CLOSED_FORMS -> "E_1(z) = e^z, E_{1/2}(-x) = e^{x^2} erfc(x), E_2(-x^2) = "
                + "cos x, E_{a,1+a}(-x) = (1 - E_a(-x))/x (exact identities)";
            case MWRIGHT_TABLE -> "REFERENCES.md 'Free subdiffusion in 1D' (series at raised "
                + "precision; alpha = 1 is the Gaussian 1/sqrt(4 pi) e^{-x^2/4})";
        }), Tolerance.absolute(kind == Kind.CLOSED_FORMS ? 1e-11 : 1e-12,
            kind == Kind.CLOSED_FORMS
                ? "the documented target 1e-12 max(1, |E|), times 10 for the rounding of the "
                    + "closed forms themselves (e^{x^2} erfc x near x = 6, the cancellation in "
                    + "1 - E_alpha)"
                : "the documented accuracy target of the special functions: 1e-12 max(1, |E|)"));
        this.kind = kind;
    }

    @Override
    protected Observation measure(CheckContext context) {
        return switch (kind) {
            case TABLE -> table(context);
            case CLOSED_FORMS -> closedForms(context);
            case MWRIGHT_TABLE -> mWright(context);
        };
    }

    private Observation table(CheckContext context) {
        double worst = 0;
        StringBuilder details = new StringBuilder("alpha, x, largest scaled error of the three\n");
        double[] index = new double[TABLE.length * 3];
        double[] errors = new double[TABLE.length * 3];
        for (int k = 0; k < TABLE.length; k++) {
            double alpha = TABLE[k][0];
            double x = TABLE[k][1];
            double[] computed = {MittagLeffler.evaluate(alpha, -x),
                MittagLeffler.evaluate(alpha, alpha, -x),
                MittagLeffler.evaluate(alpha, 1 + alpha, -x)};
            double row = 0;
            for (int j = 0; j < 3; j++) {
                double error = scaledError(computed[j], TABLE[k][2 + j]);
                index[3 * k + j] = 3 * k + j + 1;
                errors[3 * k + j] = Math.max(error, 1e-18);
                row = Math.max(row, error);
            }
            worst = Math.max(worst, row);
            details.append(String.format(Locale.ROOT, "%.1f, %.1f, %.2e%n", alpha, x, row));
        }
        LineChartSpec chart = LineChartSpec.builder()
            .title("Mittag-Leffler against the REFERENCES.md table")
            .xLabel("table entry").yLabel("error / max(1, |E|) (floored at 1e-18)")
            .yScale(AxisScale.LOG)
            .points("E_alpha, E_alpha,alpha, E_alpha,1+alpha", index, errors)
            .horizontalLine(1e-12, "tolerance")
            .build();
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart)), details.toString());
    }

    private Observation closedForms(CheckContext context) {
        int points = context.full() ? 20_000 : 2_000;
        List<double[]> curves = new ArrayList<>();
        String[] names = {"E_1(z) - e^z, z in [-50, 5]", "E_1/2(-x) - e^{x^2} erfc x, [0, 30]",
            "E_2(-x^2) - cos x, [0, 10]", "E_a,1+a(-x) - (1 - E_a(-x))/x, [0.5, 50]"};
        double[] worst = new double[names.length];
        double[] grid = new double[points];
        for (int c = 0; c < names.length; c++) {
            curves.add(new double[points]);
        }
        for (int i = 0; i < points; i++) {
            double u = (double) i / (points - 1);
            grid[i] = u;
            double z = -50 + 55 * u;
            double x = 30 * u;
            double y = 10 * u;
            double w = 0.5 + 49.5 * u;
            double[] errors = {
                scaledError(MittagLeffler.evaluate(1, z), Math.exp(z)),
                scaledError(MittagLeffler.evaluate(0.5, -x), halfOrder(x)),
                scaledError(MittagLeffler.evaluate(2, -y * y), Math.cos(y)),
                Math.max(
                    scaledError(MittagLeffler.evaluate(0.3, 1.3, -w),
                        (1 - MittagLeffler.evaluate(0.3, -w)) / w),
                    scaledError(MittagLeffler.evaluate(0.7, 1.7, -w),
                        (1 - MittagLeffler.evaluate(0.7, -w)) / w))};
            for (int c = 0; c < names.length; c++) {
                curves.get(c)[i] = Math.max(errors[c], 1e-18);
                worst[c] = Math.max(worst[c], errors[c]);
            }
        }
        LineChartSpec.Builder chart = LineChartSpec.builder()
            .title("Mittag-Leffler against closed forms")
            .xLabel("position in the interval (0 = left end, 1 = right end)")
            .yLabel("error / max(1, |E|) (floored at 1e-18)").yScale(AxisScale.LOG)
            .horizontalLine(1e-12, "1e-12");
        StringBuilder details = new StringBuilder();
        double largest = 0;
        for (int c = 0; c < names.length; c++) {
            chart.points(names[c], grid, curves.get(c));
            details.append(String.format(Locale.ROOT, "%s: largest %.2e%n", names[c], worst[c]));
            largest = Math.max(largest, worst[c]);
        }
        details.append(points).append(" points per interval");
        return new Observation(Measurement.exact(largest),
            List.of(Figures.write(context, id(), chart.build())), details.toString());
    }

    private Observation mWright(CheckContext context) {
        double worst = 0;
        StringBuilder details = new StringBuilder();
        LineChartSpec.Builder chart = LineChartSpec.builder()
            .title("Free Green's function M_{alpha/2}(|x|/c)/(2c) at D = t = 1")
            .xLabel("x").yLabel("P(x, 1)");
        double[] curveX = new double[161];
        for (int i = 0; i < curveX.length; i++) {
            curveX[i] = -4 + 8.0 * i / (curveX.length - 1);
        }
        for (double[] row : MW_TABLE) {
            double alpha = row[0];
            double[] reference = Arrays.copyOfRange(row, 1, row.length);
            for (int j = 0; j < MW_X.length; j++) {
                double error = scaledError(MWright.freeSubdiffusionDensity(alpha, 1, 1, MW_X[j]),
                    reference[j]);
                worst = Math.max(worst, error);
                details.append(String.format(Locale.ROOT, "alpha = %.2f, x = %.1f: error %.2e%n",
                    alpha, MW_X[j], error));
            }
            double[] curve = new double[curveX.length];
            for (int i = 0; i < curve.length; i++) {
                curve[i] = MWright.freeSubdiffusionDensity(alpha, 1, 1, curveX[i]);
            }
            String label = String.format(Locale.ROOT, "alpha = %.2f", alpha);
            chart.line(label, curveX, curve).points(label + " (table)", MW_X, reference);
        }
        return new Observation(Measurement.exact(worst),
            List.of(Figures.write(context, id(), chart.build())), details.toString());
    }

    private static double scaledError(double computed, double reference) {
        return Math.abs(computed - reference) / Math.max(1, Math.abs(reference));
    }

    /** e^{x^2} erfc(x), through the asymptotic series of the scaled erfc beyond x = 6. */
    private static double halfOrder(double x) {
        if (x <= 6) {
            return Math.exp(x * x) * Erf.erfc(x);
        }
        double inverse = 1 / (2 * x * x);
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 25; k++) {
            term *= -(2 * k - 1) * inverse;
            sum += term;
        }
        return sum / (x * Math.sqrt(Math.PI));
    }
}
