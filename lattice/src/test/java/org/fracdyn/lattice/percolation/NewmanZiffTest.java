package org.fracdyn.lattice.percolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fracdyn.lattice.medium.Boundary;
import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.LatticeKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Thresholds from Newman-Ziff sweeps against published values.
 *
 * <p>The wrapping-probability method (Newman and Ziff, PRL 85 (2000) 4104): on the L x L torus
 * R_L^(e)(p) at the universal value R^(e)(p_c) = 0.690473725 (Pinson 1994) gives p_c with a
 * finite-size error of order L^(-11/4), far below the statistical error at these sizes. The
 * statistical error of p is sigma_R / R'(p) with sigma_R = sqrt(R (1 - R) / sweeps) and the
 * slope R' taken from the same curve; the tests allow 4 sigma_p.
 */
class NewmanZiffTest {

    private static double statisticalErrorOfRoot(NewmanZiffResult r, CrossingEvent e, double p) {
        double h = 2e-3;
        double slope = (r.probability(e, p + h) - r.probability(e, p - h)) / (2 * h);
        return r.standardError(e, p) / slope;
    }

    private static void assertThreshold(LatticeKind kind, PercolationKind perc, int size,
            int sweeps, double reference) {
        Lattice lattice = Lattice.cube(kind, size, Boundary.PERIODIC);
        NewmanZiffResult r = new NewmanZiff(lattice, perc).run(sweeps, 2026 + size, 2);
        double pc = r.solve(CrossingEvent.EITHER, Thresholds.PINSON_EITHER, 0.3, 0.8);
        double sigma = statisticalErrorOfRoot(r, CrossingEvent.EITHER, pc);
        assertTrue(sigma < 0.01, "sigma_p = " + sigma);
        assertEquals(reference, pc, 4 * sigma, kind + " " + perc + " p_c at L = " + size
                + " (sigma " + sigma + ")");
    }

    @Test
    void squareSiteThresholdFromWrappingProbabilityAtL64() {
        // Reference 0.59274605079210(2), Jacobsen 2015.
        assertThreshold(LatticeKind.SQUARE, PercolationKind.SITE, 64, 300,
                Thresholds.SQUARE_SITE);
    }

    @Test
    void squareSiteThresholdFromTheCrossingOfSpanningProbabilities() {
        // Open L x L squares, spanning along axis 0: the curves of L = 32 and 64 cross near
        // p_c. Error of the crossing: sqrt(sigma_a^2 + sigma_b^2) / (R'_b - R'_a), with the
        // Bernoulli errors and the slopes of the same curves; 4 sigma allowed (the finite-size
        // shift of the crossing at these sizes is below 1e-3, Ziff 1992).
        int sweeps = 1000;
        NewmanZiffResult a = new NewmanZiff(Lattice.cube(LatticeKind.SQUARE, 32, Boundary.OPEN),
                PercolationKind.SITE).run(sweeps, 1, 2);
        NewmanZiffResult b = new NewmanZiff(Lattice.cube(LatticeKind.SQUARE, 64, Boundary.OPEN),
                PercolationKind.SITE).run(sweeps, 2, 2);
        CrossingEvent e = CrossingEvent.AXIS_0;
        double p = NewmanZiffResult.crossing(a, b, e, 0.5, 0.7);
        double h = 2e-3;
        double slopeA = (a.probability(e, p + h) - a.probability(e, p - h)) / (2 * h);
        double slopeB = (b.probability(e, p + h) - b.probability(e, p - h)) / (2 * h);
        double sigma = Math.hypot(a.standardError(e, p), b.standardError(e, p))
                / (slopeB - slopeA);
        assertTrue(sigma > 0 && sigma < 0.01, "sigma = " + sigma);
        assertEquals(Thresholds.SQUARE_SITE, p, 4 * sigma, "crossing (sigma " + sigma + ")");
    }

    @Test
    void squareBondThresholdIsOneHalf() {
        // Exact, Kesten 1980. The torus wrapping probabilities are universal (Pinson 1994).
        assertThreshold(LatticeKind.SQUARE, PercolationKind.BOND, 64, 300, 0.5);
    }

    @Tag("slow")
    @Test
    void squareSiteThresholdAtL256WithinTwoThousandths() {
        assertThreshold(LatticeKind.SQUARE, PercolationKind.SITE, 256, 400,
                Thresholds.SQUARE_SITE);
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 256, Boundary.PERIODIC);
        NewmanZiffResult r = new NewmanZiff(lattice, PercolationKind.SITE).run(400, 99, 2);
        double pc = r.solve(CrossingEvent.EITHER, Thresholds.PINSON_EITHER, 0.3, 0.8);
        assertEquals(Thresholds.SQUARE_SITE, pc, 0.002);
    }

    @Test
    void triangularSiteSpanningOfTheHexRhombusIsExactlyOneHalfAtOneHalf() {
        // On the L x L rhombus of the triangular lattice exactly one of "occupied left-right
        // crossing" and "vacant top-bottom crossing" happens (the Hex theorem); at p = 1/2 the
        // colour swap and the axis exchange map one onto the other, so R(1/2) = 1/2 exactly
        // for every L: the self-duality behind p_c = 1/2 (Sykes and Essam 1964).
        Lattice lattice = Lattice.cube(LatticeKind.TRIANGULAR, 32, Boundary.OPEN);
        int sweeps = 2000;
        NewmanZiffResult r = new NewmanZiff(lattice, PercolationKind.SITE).run(sweeps, 5, 2);
        double sigma = Math.sqrt(0.25 / sweeps);
        assertEquals(0.5, r.probability(CrossingEvent.AXIS_0, 0.5), 4 * sigma);
    }

    @Test
    void torusWrappingProbabilitiesAtThresholdMatchPinson() {
        // Pinson 1994 (values as used by Newman and Ziff 2001): 0.521058290 along one axis,
        // 0.690473725 along either, 0.351642855 along both. 1000 sweeps at L = 48: sigma_R is
        // at most 0.016; the finite-size deviation at L = 48 is of order 1e-3 (NZ 2001).
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 48, Boundary.PERIODIC);
        int sweeps = 1000;
        NewmanZiffResult r = new NewmanZiff(lattice, PercolationKind.SITE).run(sweeps, 77, 2);
        double p = Thresholds.SQUARE_SITE;
        double[][] cases = {
            {CrossingEvent.AXIS_0.ordinal(), Thresholds.PINSON_ONE_AXIS},
            {CrossingEvent.EITHER.ordinal(), Thresholds.PINSON_EITHER},
            {CrossingEvent.ALL.ordinal(), Thresholds.PINSON_BOTH},
        };
        for (double[] c : cases) {
            CrossingEvent e = CrossingEvent.values()[(int) c[0]];
            double sigma = Math.sqrt(c[1] * (1 - c[1]) / sweeps);
            assertEquals(c[1], r.probability(e, p), 4 * sigma + 2e-3, e.toString());
        }
    }

    @Test
    void largestClusterFractionIsExactAtTheEnds() {
        Lattice lattice = Lattice.cube(LatticeKind.SIMPLE_CUBIC, 8, Boundary.OPEN);
        NewmanZiffResult r = new NewmanZiff(lattice, PercolationKind.SITE).run(20, 1, 1);
        assertEquals(1.0, r.largestClusterFraction(1.0), 0);
        assertEquals(0.0, r.largestClusterFraction(0.0), 0);
        assertEquals(1.0, r.probability(CrossingEvent.ALL, 1.0), 0);
        // One site of the 512 occupied cannot span an 8 x 8 x 8 cube; all 512 always do.
        assertEquals(0.0, r.microcanonical(CrossingEvent.EITHER, 1), 0);
        assertEquals(1.0, r.microcanonical(CrossingEvent.ALL, 512), 0);
    }

    @Test
    void threadCountDoesNotChangeTheCounts() {
        Lattice lattice = Lattice.cube(LatticeKind.SQUARE, 16, Boundary.OPEN);
        NewmanZiffResult one = new NewmanZiff(lattice, PercolationKind.BOND).run(37, 3, 1);
        NewmanZiffResult two = new NewmanZiff(lattice, PercolationKind.BOND).run(37, 3, 2);
        for (double p = 0.3; p < 0.7; p += 0.05) {
            assertEquals(one.probability(CrossingEvent.AXIS_0, p),
                    two.probability(CrossingEvent.AXIS_0, p), 0);
            assertEquals(one.largestClusterFraction(p), two.largestClusterFraction(p), 0);
        }
    }
}
