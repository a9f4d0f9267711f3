package org.fracdyn.lattice.estimate;

import java.util.Arrays;

/**
 * The mass-radius estimate of the fractal dimension: M(r) ~ r^d_f.
 *
 * <p>M(r) is the number of points within Euclidean distance r of a centre (typically the seed
 * of a cluster or a corner of a deterministic fractal). The counts are taken at radii spaced
 * evenly in ln r, {@code radiiPerDecade} per decade, over [r_min, r_max], and d_f is the
 * exponent of {@link PowerLawFit} on them. The radii must stay well inside the object: M(r)
 * saturates at the total mass beyond its extent, and is lattice-dominated for r of a few
 * spacings. Mandelbrot, The Fractal Geometry of Nature (1982); Stauffer and Aharony,
 * Introduction to Percolation Theory (1994), sec. 2.4.
 */
public final class MassRadius {

    private MassRadius() {
    }

    /**
     * @param points the point set, points[i] = coordinates of point i (any dimension)
     * @param centre the centre, of the same dimension
     * @param minRadius r_min &gt; 0
     * @param maxRadius r_max &gt; r_min
     * @param radiiPerDecade the radii per decade, &gt;= 2
     * @return the power-law fit of M(r); its exponent is d_f
     */
    public static PowerLawFit fit(double[][] points, double[] centre, double minRadius,
                                  double maxRadius, int radiiPerDecade) {
        double[] radii = radii(minRadius, maxRadius, radiiPerDecade);
        double[] mass = masses(points, centre, radii);
        return PowerLawFit.fit(LogSeries.raw(radii, mass, FitWindow.of(minRadius,
            maxRadius * (1 + 1e-12))), FitWindow.of(minRadius, maxRadius));
    }

    /**
     * The same for integer site coordinates.
     *
     * @param sites sites[i] = lattice coordinates of site i
     * @param centre the centre
     * @param minRadius r_min &gt; 0
     * @param maxRadius r_max &gt; r_min
     * @param radiiPerDecade the radii per decade, &gt;= 2
     * @return the fit
     */
    public static PowerLawFit fit(int[][] sites, double[] centre, double minRadius,
                                  double maxRadius, int radiiPerDecade) {
        return fit(toDouble(sites), centre, minRadius, maxRadius, radiiPerDecade);
    }

    /**
     * d_f from M(r) averaged over several centres: the exponent of the mean mass curve
     * (M(r) summed over the centres, then fitted as in {@link #fit(double[][], double[],
     * double, double, int)}), with the spread (sample standard deviation) of the centres'
     * own exponents as its error. One centre's exponent on a random cluster scatters far more
     * than its least-squares error (the mass curve's points are correlated); centres on one
     * cluster are correlated too, so the error of the average lies between spread/sqrt(K) and
     * the spread: the spread is the conservative choice.
     *
     * @param points the point set
     * @param centres K &gt;= 2 centres, each of the points' dimension
     * @param minRadius r_min &gt; 0
     * @param maxRadius r_max &gt; r_min
     * @param radiiPerDecade the radii per decade, &gt;= 2
     * @return d_f and its error as the spread between centres, with the number of centres
     */
    public static Averaged fitOverCentres(double[][] points, double[][] centres,
                                          double minRadius, double maxRadius,
                                          int radiiPerDecade) {
        if (centres == null || centres.length < 2) {
            throw new IllegalArgumentException("massRadius.centres = "
                + (centres == null ? 0 : centres.length) + ": expected at least 2 centres");
        }
        double[] radii = radii(minRadius, maxRadius, radiiPerDecade);
        double[] total = new double[radii.length];
        double[] exponents = new double[centres.length];
        FitWindow all = FitWindow.of(minRadius, maxRadius * (1 + 1e-12));
        FitWindow window = FitWindow.of(minRadius, maxRadius);
        for (int c = 0; c < centres.length; c++) {
            double[] mass = masses(points, centres[c], radii);
            for (int j = 0; j < radii.length; j++) {
                total[j] += mass[j];
            }
            exponents[c] = PowerLawFit.fit(LogSeries.raw(radii, mass, all), window).exponent();
        }

        double value = PowerLawFit.fit(LogSeries.raw(radii, total, all), window).exponent();
        double mean = 0;
        for (double e : exponents) {
            mean += e / exponents.length;
        }
        double variance = 0;
        for (double e : exponents) {
            variance += (e - mean) * (e - mean) / (exponents.length - 1);
        }
        return new Averaged(value, Math.sqrt(variance), centres.length);
    }

    /**
     * A mass-radius d_f averaged over centres.
     *
     * @param dimension the exponent of the centre-averaged M(r)
     * @param spread the standard deviation of the single centres' exponents
     * @param centres the number of centres
     */
    public record Averaged(double dimension, double spread, int centres) {
    }

    /**
     * M(r) at given radii.
     *
     * @param points the points
     * @param centre the centre
     * @param radii the radii
     * @return the counts, as doubles
     */
    public static double[] masses(double[][] points, double[] centre, double[] radii) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("massRadius.points: expected a non-empty set");
        }
        double[] distance = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != centre.length) {
                throw new IllegalArgumentException("massRadius.points[" + i + "] dimension = "
                    + points[i].length + ": expected the centre's dimension " + centre.length);
            }
            double sum = 0;
            for (int k = 0; k < centre.length; k++) {
                double d = points[i][k] - centre[k];
                sum += d * d;
            }
            distance[i] = Math.sqrt(sum);
        }
        Arrays.sort(distance);

        double[] mass = new double[radii.length];
        for (int j = 0; j < radii.length; j++) {
            int index = Arrays.binarySearch(distance, radii[j]);
            if (index >= 0) {
                while (index + 1 < distance.length && distance[index + 1] == radii[j]) {
                    index++;
                }
                mass[j] = index + 1;
            } else {
                mass[j] = -index - 1;
            }
        }
        return mass;
    }

    static double[] radii(double minRadius, double maxRadius, int perDecade) {
        Checks.positive("massRadius.minRadius", minRadius);
        if (!(maxRadius > minRadius)) {
            throw new IllegalArgumentException("massRadius.maxRadius = " + maxRadius
                + ": expected a number > minRadius = " + minRadius);
        }
        Checks.atLeast("massRadius.radiiPerDecade", perDecade, 2);
        int count = (int) Math.floor(Math.log10(maxRadius / minRadius) * perDecade + 1e-9) + 1;
        Checks.atLeast("massRadius radii in [minRadius, maxRadius]", count, 3);
        double[] radii = new double[count];
        for (int j = 0; j < count; j++) {
            radii[j] = minRadius * Math.pow(10, (double) j / perDecade);
        }
        return radii;
    }

    static double[][] toDouble(int[][] sites) {
        double[][] points = new double[sites.length][];
        for (int i = 0; i < sites.length; i++) {
            points[i] = new double[sites[i].length];
            for (int k = 0; k < sites[i].length; k++) {
                points[i][k] = sites[i][k];
            }
        }
        return points;
    }
}
