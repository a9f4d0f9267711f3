package org.fracdyn.lattice.percolation;

import org.fracdyn.lattice.medium.Lattice;
import org.fracdyn.lattice.medium.Validation;
import org.hipparchus.special.Gamma;

/**
 * The microcanonical results of {@link NewmanZiff} sweeps and their canonical values at any p.
 *
 * <p>Q(p) = sum_n B(N, n, p) Q_n with the binomial weights computed in log space,
 * ln B = ln N! - ln n! - ln (N-n)! + n ln p + (N-n) ln(1-p), and summed only where
 * ln B is within 40 of its maximum (the neglected weights are below e^-40 each).
 */
public final class NewmanZiffResult {

    private final Lattice lattice;
    private final PercolationKind kind;
    private final int sweeps;
    private final int occupationCount;
    private final int siteCount;
    private final long[][] counts;
    private final double[] logFactorial;

    NewmanZiffResult(Lattice lattice, PercolationKind kind, int sweeps, int occupationCount,
            int siteCount, long[][] counts) {
        this.lattice = lattice;
        this.kind = kind;
        this.sweeps = sweeps;
        this.occupationCount = occupationCount;
        this.siteCount = siteCount;
        this.counts = counts;
        this.logFactorial = new double[occupationCount + 1];
        for (int i = 0; i <= occupationCount; i++) {
            logFactorial[i] = Gamma.logGamma(i + 1.0);
        }
    }

    /** @return the lattice */
    public Lattice lattice() {
        return lattice;
    }

    /** @return site or bond */
    public PercolationKind kind() {
        return kind;
    }

    /** @return the number of sweeps */
    public int sweeps() {
        return sweeps;
    }

    /** @return N, the number of sites (site percolation) or bonds (bond percolation) */
    public int occupationCount() {
        return occupationCount;
    }

    /**
     * @param event the event
     * @param n an occupation number in {@code [0, N]}
     * @return the fraction of sweeps in which the event had happened at occupation {@code n}
     */
    public double microcanonical(CrossingEvent event, int n) {
        return counts[event.ordinal()][n] / (double) sweeps;
    }

    /**
     * @param event the event
     * @param p the occupation probability
     * @return the canonical crossing probability R(p)
     */
    public double probability(CrossingEvent event, double p) {
        return convolve(counts[event.ordinal()], p) / sweeps;
    }

    /**
     * A standard error of {@link #probability}: sqrt(R (1 - R) / sweeps), that of a mean of
     * {@code sweeps} Bernoulli variables (an upper bound, since the convolution averages
     * neighbouring, positively correlated n).
     *
     * @param event the event
     * @param p the occupation probability
     * @return the standard error
     */
    public double standardError(CrossingEvent event, double p) {
        double r = probability(event, p);
        return Math.sqrt(r * (1 - r) / sweeps);
    }

    /**
     * @param p the occupation probability
     * @return the mean fraction of sites in the largest cluster, P_max(p) / siteCount
     */
    public double largestClusterFraction(double p) {
        return convolve(counts[3], p) / sweeps / siteCount;
    }

    /**
     * Solves R(p) = target by bisection (R is non-decreasing in p).
     *
     * @param event the event
     * @param target the crossing probability to reach, in (0, 1)
     * @param low a p with R(low) below the target
     * @param high a p with R(high) above the target
     * @return p to within 1e-9
     */
    public double solve(CrossingEvent event, double target, double low, double high) {
        return bisect(p -> probability(event, p) - target, low, high, "target " + target);
    }

    /**
     * The crossing point of two sizes' curves, R_a(p) = R_b(p): the finite-size estimate of p_c.
     *
     * @param a one result
     * @param b another, at a different size
     * @param event the event
     * @param low lower end of the bracket
     * @param high upper end
     * @return the crossing p
     */
    public static double crossing(NewmanZiffResult a, NewmanZiffResult b, CrossingEvent event,
            double low, double high) {
        int sign = a.occupationCount < b.occupationCount ? -1 : 1;
        return bisect(p -> sign * (a.probability(event, p) - b.probability(event, p)),
                low, high, "crossing");
    }

    private static double bisect(java.util.function.DoubleUnaryOperator f, double low,
            double high, String what) {
        Validation.requireProbability("low", low);
        Validation.requireProbability("high", high);
        double fl = f.applyAsDouble(low);
        double fh = f.applyAsDouble(high);
        if (fl > 0 || fh < 0) {
            throw new IllegalArgumentException("bracket [" + low + ", " + high
                    + "] does not enclose the " + what + " (values " + fl + ", " + fh + ")");
        }
        double lo = low;
        double hi = high;
        while (hi - lo > 1e-9) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double convolve(long[] q, double p) {
        Validation.requireProbability("p", p);
        int nTotal = occupationCount;
        if (p == 0) {
            return q[0];
        }
        if (p == 1) {
            return q[nTotal];
        }
        double lp = Math.log(p);
        double lq = Math.log1p(-p);
        int mode = (int) Math.min(nTotal, Math.floor((nTotal + 1) * p));
        double logMax = logWeight(mode, lp, lq);
        double sum = 0;
        for (int n = mode; n <= nTotal; n++) {
            double lw = logWeight(n, lp, lq) - logMax;
            if (lw < -40) {
                break;
            }
            sum += Math.exp(lw) * q[n];
        }
        for (int n = mode - 1; n >= 0; n--) {
            double lw = logWeight(n, lp, lq) - logMax;
            if (lw < -40) {
                break;
            }
            sum += Math.exp(lw) * q[n];
        }
        return sum * Math.exp(logMax);
    }

    private double logWeight(int n, double lp, double lq) {
        return logFactorial[occupationCount] - logFactorial[n] - logFactorial[occupationCount - n]
                + n * lp + (occupationCount - n) * lq;
    }
}
