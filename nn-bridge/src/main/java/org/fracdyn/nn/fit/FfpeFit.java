package org.fracdyn.nn.fit;

import org.fracdyn.lattice.estimate.FitWindow;
import org.fracdyn.solver.special.MittagLeffler;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.Pair;

/**
 * A fit of the free time-fractional Fokker-Planck model to a weight trace: the order alpha and
 * the generalised diffusion coefficient D such that the model's mean squared displacement
 *
 * <pre>    MSD(t) = 2 D t^alpha / Gamma(1 + alpha)        0 &lt; alpha &lt;= 1</pre>
 *
 * (free space, point start, one effective coordinate; Metzler and Klafter, Phys. Rep. 339
 * (2000) 1-77, doi 10.1016/S0370-1573(00)00070-3, eq. 41) matches the squared displacement
 * R(t)^2 of the trace, the step playing the role of time (D in units of R^2 / step^alpha).
 *
 * <p>The fit is a least-squares problem in log space, minimising
 * sum_i (ln R_i^2 - ln MSD(t_i))^2 over the log-binned points of the window (the same bins as
 * the power-law fit, so each decade weighs the same), solved by Hipparchus'
 * Levenberg-Marquardt optimiser in the parameters (alpha, ln D) with alpha clamped to
 * [{@value #MIN_ALPHA}, 1]. A trace that grows faster than t^(1/2) (a ballistic stretch) has
 * no admissible alpha: the fit then sits at alpha = 1 and {@link #atBound()} is true.
 *
 * <p>Optionally ({@link #fitConfined}) with a confinement: a harmonic potential
 * V = k x^2 / 2 with friction gamma = 1 (so kT = D), started at x0 = 0, whose second moment is
 *
 * <pre>    MSD(t) = (D / k) (1 - E_alpha(-2 k t^alpha))</pre>
 *
 * (Metzler, Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563, doi
 * 10.1103/PhysRevLett.82.3563; DESIGN.md's harmonic second moment with x0 = 0), E_alpha the
 * Mittag-Leffler function ({@link MittagLeffler}); it tends to the free MSD as k -&gt; 0 and to
 * the plateau D / k. The Jacobian of the confined model is taken by central differences.
 *
 * @param alpha the fitted order, in (0, 1]
 * @param diffusion the fitted D &gt; 0, in R^2 / step^alpha
 * @param confinement the fitted k (per step^alpha), or NaN for the free model
 * @param residual the root-mean-square residual in ln(R^2) over the fitted points
 * @param points the number of log-binned points fitted
 * @param atBound whether alpha ended on the edge 1 (or the lower clamp)
 * @param window the window fitted
 */
public record FfpeFit(double alpha, double diffusion, double confinement, double residual,
                      int points, boolean atBound, FitWindow window) {

    /** The smallest alpha the optimiser may reach. */
    public static final double MIN_ALPHA = 1e-3;

    /** The range of ln k the confined fit may reach. */
    private static final double MIN_LOG_K = -60;
    private static final double MAX_LOG_K = 20;

    /**
     * The model's MSD at a time.
     *
     * @param time t &gt; 0 (steps)
     * @return 2 D t^alpha / Gamma(1 + alpha), or the confined MSD when k is not NaN
     */
    public double meanSquaredDisplacement(double time) {
        if (Double.isNaN(confinement)) {
            return 2 * diffusion * Math.pow(time, alpha) / Gamma.gamma(1 + alpha);
        }
        return Math.exp(logConfinedMsd(alpha, Math.log(diffusion), Math.log(confinement),
            Math.log(time)));
    }

    /** @return whether a confinement k was fitted */
    public boolean confined() {
        return !Double.isNaN(confinement);
    }

    /**
     * Fits the free model on log-binned points (ln t_k, ln R_k).
     *
     * @param logTimes the bin means of ln t
     * @param logDisplacements the bin means of ln R
     * @param window the window the points came from (recorded in the result)
     * @return the fit
     * @throws IllegalArgumentException with fewer than 3 points
     */
    public static FfpeFit fit(double[] logTimes, double[] logDisplacements, FitWindow window) {
        int n = logTimes.length;
        if (n < 3 || logDisplacements.length != n) {
            throw new IllegalArgumentException("ffpe.points = " + n
                + ": expected at least 3 log-binned points (and as many values)");
        }
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = 2 * logDisplacements[i];
        }

        double[] start = startingPoint(logTimes, target);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
            .start(start)
            .target(target)
            .model(point -> model(logTimes, point))
            .parameterValidator(FfpeFit::clamp)
            .maxEvaluations(10_000)
            .maxIterations(1_000)
            .build();
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
            .withCostRelativeTolerance(1e-14)
            .withParameterRelativeTolerance(1e-14)
            .optimize(problem);
        double[] best = optimum.getPoint().toArray();
        double alpha = best[0];
        double rms = optimum.getRMS();
        boolean atBound = alpha >= 1 - 1e-9 || alpha <= MIN_ALPHA + 1e-12;
        return new FfpeFit(alpha, Math.exp(best[1]), Double.NaN, rms, n, atBound, window);
    }

    /**
     * Fits the confined model (alpha, D, k) on log-binned points, started from the free fit
     * and a k that puts the plateau D / k at twice the largest R^2.
     *
     * @param logTimes the bin means of ln t
     * @param logDisplacements the bin means of ln R
     * @param window the window the points came from
     * @return the fit, with {@link #confinement()} set
     * @throws IllegalArgumentException with fewer than 4 points
     */
    public static FfpeFit fitConfined(double[] logTimes, double[] logDisplacements,
                                      FitWindow window) {
        int n = logTimes.length;
        if (n < 4 || logDisplacements.length != n) {
            throw new IllegalArgumentException("ffpe.points = " + n
                + ": expected at least 4 log-binned points for the confined model");
        }
        FfpeFit free = fit(logTimes, logDisplacements, window);
        double[] target = new double[n];
        double maxLogMsd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            target[i] = 2 * logDisplacements[i];
            maxLogMsd = Math.max(maxLogMsd, target[i]);
        }
        double logD = Math.log(free.diffusion());
        double logK = Math.max(MIN_LOG_K, Math.min(MAX_LOG_K, logD - maxLogMsd - Math.log(2)));
        double[] start = {Math.min(free.alpha(), 0.99), logD, logK};
        LeastSquaresProblem problem = new LeastSquaresBuilder()
            .start(start)
            .target(target)
            .model(point -> confinedModel(logTimes, point))
            .parameterValidator(FfpeFit::clampConfined)
            .maxEvaluations(10_000)
            .maxIterations(1_000)
            .build();
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
            .withCostRelativeTolerance(1e-14)
            .withParameterRelativeTolerance(1e-12)
            .optimize(problem);
        double[] best = optimum.getPoint().toArray();
        boolean atBound = best[0] >= 1 - 1e-9 || best[0] <= MIN_ALPHA + 1e-12;
        return new FfpeFit(best[0], Math.exp(best[1]), Math.exp(best[2]), optimum.getRMS(), n,
            atBound, window);
    }

    /** ln[(D / k) (1 - E_alpha(-2 k t^alpha))], with the series of 1 - E for tiny arguments. */
    static double logConfinedMsd(double alpha, double logD, double logK, double logT) {
        double x = 2 * Math.exp(logK + alpha * logT);
        double oneMinusE;
        if (x < 1e-4) {
            oneMinusE = x / Gamma.gamma(1 + alpha) - x * x / Gamma.gamma(1 + 2 * alpha);
        } else {
            oneMinusE = 1 - MittagLeffler.evaluate(alpha, -x);
        }
        return logD - logK + Math.log(oneMinusE);
    }

    private static Pair<RealVector, RealMatrix> confinedModel(double[] logTimes,
                                                              RealVector point) {
        double[] p = point.toArray();
        int n = logTimes.length;
        double[] value = new double[n];
        double[][] jacobian = new double[n][3];
        double[] steps = {1e-6, 1e-6, 1e-6};
        for (int i = 0; i < n; i++) {
            value[i] = logConfinedMsd(p[0], p[1], p[2], logTimes[i]);
        }
        for (int j = 0; j < 3; j++) {
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += steps[j];
            down[j] -= steps[j];
            if (j == 0 && up[0] > 1) {
                up[0] = p[0];
            }
            double width = up[j] - down[j];
            for (int i = 0; i < n; i++) {
                jacobian[i][j] = (logConfinedMsd(up[0], up[1], up[2], logTimes[i])
                    - logConfinedMsd(down[0], down[1], down[2], logTimes[i])) / width;
            }
        }
        return new Pair<>(new ArrayRealVector(value, false),
            new Array2DRowRealMatrix(jacobian, false));
    }

    private static RealVector clampConfined(RealVector point) {
        RealVector clamped = point.copy();
        clamped.setEntry(0, Math.max(MIN_ALPHA, Math.min(1, point.getEntry(0))));
        clamped.setEntry(2, Math.max(MIN_LOG_K, Math.min(MAX_LOG_K, point.getEntry(2))));
        return clamped;
    }

    /** A start from the straight line through the points, alpha clamped into range. */
    private static double[] startingPoint(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxx > 0 ? sxy / sxx : 0.5;
        double alpha = Math.max(0.05, Math.min(0.95, slope));
        double logD = my - alpha * mx + Gamma.logGamma(1 + alpha) - Math.log(2);
        return new double[] {alpha, logD};
    }

    /** ln MSD(t_i) = ln 2 + ln D + alpha ln t_i - ln Gamma(1 + alpha), and its Jacobian. */
    private static Pair<RealVector, RealMatrix> model(double[] logTimes, RealVector point) {
        double alpha = point.getEntry(0);
        double logD = point.getEntry(1);
        double logGamma = Gamma.logGamma(1 + alpha);
        double digamma = Gamma.digamma(1 + alpha);
        int n = logTimes.length;
        double[] value = new double[n];
        double[][] jacobian = new double[n][2];
        for (int i = 0; i < n; i++) {
            value[i] = Math.log(2) + logD + alpha * logTimes[i] - logGamma;
            jacobian[i][0] = logTimes[i] - digamma;
            jacobian[i][1] = 1;
        }
        return new Pair<>(new ArrayRealVector(value, false),
            new Array2DRowRealMatrix(jacobian, false));
    }

    private static RealVector clamp(RealVector point) {
        RealVector clamped = point.copy();
        clamped.setEntry(0, Math.max(MIN_ALPHA, Math.min(1, point.getEntry(0))));
        return clamped;
    }
}
