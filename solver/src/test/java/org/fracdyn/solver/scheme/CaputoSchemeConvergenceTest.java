package org.fracdyn.solver.scheme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.fracdyn.solver.mesh.TimeMesh;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Observed orders of every scheme on manufactured solutions with exact Caputo derivatives,
 * C_D^alpha t^p = Gamma(p + 1) / Gamma(p + 1 - alpha) t^(p - alpha) (p &gt; 0), of the problem
 * C_D^alpha y = -y + f(t): the reaction term makes the L2-1sigma scheme evaluate its operator
 * at sigma, the source of its O(tau^2) error (with f alone it is of order 3 - alpha). The observed
 * order is log2(E_N / E_2N) of the max error over the mesh, taken on the two finest pairs;
 * the bounds are the proven orders minus 0.2 (pre-asymptotic slack, as OrdinaryDiffEq.jl's
 * "within 0.2 of theory").
 */
class CaputoSchemeConvergenceTest {

    private static final int[] STEPS = {64, 128, 256, 512};

    static Stream<Arguments> smoothCases() {
        return Stream.of(SchemeFactory.values()).flatMap(
            f -> Stream.of(0.3, 0.5, 0.8).map(alpha -> Arguments.of(f, alpha)));
    }

    /** y = t^3 on the uniform mesh: L1 order 2 - alpha, L2-1sigma order 2. */
    @ParameterizedTest(name = "{0} alpha={1}")
    @MethodSource("smoothCases")
    void smoothSolutionOnUniformMesh(SchemeFactory factory, double alpha) {
        double expected = factory.isL1() ? 2 - alpha : 2;
        double order = observedOrder(factory, alpha, 1.0, power(3, alpha), t -> t * t * t,
            "t^3 uniform");
        assertTrue(order >= expected - 0.2, "order " + order + " < " + expected + " - 0.2");
    }

    /**
     * y = t^3 on the graded mesh the scheme is meant for: r = (2 - alpha)/alpha for L1 (order
     * 2 - alpha), r = 2/alpha for L2-1sigma (the target: at least 1.8).
     */
    @ParameterizedTest(name = "{0} alpha={1}")
    @MethodSource("smoothCases")
    void smoothSolutionOnGradedMesh(SchemeFactory factory, double alpha) {
        double expected = factory.isL1() ? 2 - alpha : 2;
        double grading = factory.isL1() ? (2 - alpha) / alpha : 2 / alpha;
        double order = observedOrder(factory, alpha, grading, power(3, alpha), t -> t * t * t,
            "t^3 graded");
        assertTrue(order >= expected - 0.2, "order " + order + " < " + expected + " - 0.2");
    }

    /**
     * y = exp(t), with C_D^alpha exp(t) = sum_{k&gt;=1} t^(k-alpha) / Gamma(k + 1 - alpha) (the
     * term-by-term derivative of the exponential series, summed to double precision): a
     * smooth solution with no polynomial structure the schemes could reproduce exactly.
     */
    @ParameterizedTest(name = "{0} alpha={1}")
    @MethodSource("smoothCases")
    void exponentialSolutionOnUniformMesh(SchemeFactory factory, double alpha) {
        double expected = factory.isL1() ? 2 - alpha : 2;
        double order = observedOrder(factory, alpha, 1.0, t -> caputoOfExp(t, alpha), Math::exp,
            "exp(t) uniform");
        assertTrue(order >= expected - 0.2, "order " + order + " < " + expected + " - 0.2");
    }

    static double caputoOfExp(double t, double alpha) {
        if (t == 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 1; k < 60; k++) {
            double term = Math.exp((k - alpha) * Math.log(t) - Gamma.logGamma(k + 1 - alpha));
            sum += term;
            if (term < 1e-18 * sum) {
                break;
            }
        }
        return sum;
    }

    static Stream<Arguments> layerCases() {
        return Stream.of(SchemeFactory.values()).flatMap(f -> Stream.of(
            Arguments.of(f, 0.4, 1.0), Arguments.of(f, 0.4, 3.0), Arguments.of(f, 0.4, 5.0),
            Arguments.of(f, 0.6, 2.5), Arguments.of(f, 0.6, 4.0)));
    }

    /**
     * y = t^alpha + t^3 (the generic t^alpha layer of a Caputo solution) on t_n = (n/N)^r:
     * L1 order min(r alpha, 2 - alpha) (Stynes, O'Riordan and Gracia 2017), L2-1sigma order
     * min(r alpha, 2) (Chen and Stynes 2019).
     */
    @ParameterizedTest(name = "{0} alpha={1} r={2}")
    @MethodSource("layerCases")
    void initialLayerOnGradedMesh(SchemeFactory factory, double alpha, double grading) {
        double expected = Math.min(grading * alpha, factory.isL1() ? 2 - alpha : 2);
        DoubleUnaryOperator source = t -> Gamma.gamma(1 + alpha) + power(3, alpha).applyAsDouble(t);
        double order = observedOrder(factory, alpha, grading, source,
            t -> Math.pow(t, alpha) + t * t * t, "t^a+t^3 r=" + grading);
        assertTrue(order >= expected - 0.2, "order " + order + " < " + expected + " - 0.2");
    }

    /** f = C_D^alpha t^p. */
    static DoubleUnaryOperator power(int p, double alpha) {
        double factor = Gamma.gamma(p + 1) / Gamma.gamma(p + 1 - alpha);
        return t -> factor * Math.pow(t, p - alpha);
    }

    private static double observedOrder(SchemeFactory factory, double alpha, double grading,
        DoubleUnaryOperator source, DoubleUnaryOperator exact, String label) {
        double[] errors = new double[STEPS.length];
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-16s %-20s alpha=%.2f r=%.2f%n",
            factory, label, alpha, grading));
        double order = Double.POSITIVE_INFINITY;
        for (int i = 0; i < STEPS.length; i++) {
            TimeMesh mesh = TimeMesh.graded(1.0, STEPS[i], grading);
            CaputoScheme scheme = factory.create(alpha, mesh, 1);
            DoubleUnaryOperator forcing = t -> source.applyAsDouble(t) + exact.applyAsDouble(t);
            double[][] levels = FractionalOde.solve(scheme, new double[] {1.0},
                new double[] {exact.applyAsDouble(0)}, forcing);
            double[] values = new double[levels.length];
            for (int n = 0; n < levels.length; n++) {
                values[n] = levels[n][0];
            }
            errors[i] = FractionalOde.maxError(scheme, values, exact);
            double rate = i == 0 ? Double.NaN : Math.log(errors[i - 1] / errors[i]) / Math.log(2);
            if (i >= STEPS.length - 2) {
                order = Math.min(order, rate);
            }
            table.append(String.format(Locale.ROOT, "   N=%5d  max err=%.3e  order=%.3f%n",
                STEPS[i], errors[i], rate));
        }
        System.out.print(table);
        return order;
    }
}
