package org.fracdyn.lattice.enumerate;

import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Validation;
import org.fracdyn.lattice.observe.WalkObservables;
import org.fracdyn.lattice.walk.Ant;

/**
 * Exact enumeration of a walk on a finite medium: the occupation probabilities P(s, t) are
 * iterated with the master equation of the ant, with no sampling noise.
 *
 * <p>Blind ant: P(s, t+1) = P(s, t) (1 - deg(s)/k) + sum over neighbours n of P(n, t)/k, with k
 * the slot count. Myopic ant: P(s, t+1) = sum over neighbours n of P(n, t)/deg(n). Reference:
 * Majid, Ben-Avraham, Havlin and Stanley, Phys. Rev. B 30 (1984) 1626.
 *
 * <p>Observables: <r^2(t)> = sum_s P(s, t) |x_s - x_0|^2 and P0(t) = P(start, t). The number
 * of distinct sites visited is a property of paths and is not available (NaN). The medium must
 * not be periodic (the displacement is taken from coordinates). Cost: O(t_max * bonds) time and
 * two double arrays of the site count.
 */
public final class ExactEnumeration {

    private ExactEnumeration() {
    }

    /**
     * @param medium a finite, non-periodic medium with coordinates
     * @param start the start site
     * @param ant blind or myopic
     * @param times sample times, increasing, each at least 0
     * @return MSD and P0 at the times (errors 0, S(t) NaN)
     */
    public static WalkObservables run(GraphMedium medium, int start, Ant ant, long[] times) {
        if (medium.isPeriodic()) {
            throw new IllegalArgumentException("medium is periodic: exact enumeration takes "
                    + "displacements from coordinates and needs an open medium");
        }
        Validation.requireInRange("start", start, 0, medium.siteCount() - 1);
        int n = medium.siteCount();
        Validation.requireFitsInHeap("exact enumeration arrays", 24L * n);
        int dim = medium.dimension();
        int k = medium.maxDegree();
        int[] table = medium.neighbourTable();
        byte[] degree = medium.degreeTable();

        double[] r2 = new double[n];
        double[] x0 = new double[Math.max(dim, 1)];
        double[] x = new double[Math.max(dim, 1)];
        medium.coordinates(start, x0);
        for (int s = 0; s < n; s++) {
            medium.coordinates(s, x);
            double sum = 0;
            for (int a = 0; a < dim; a++) {
                sum += (x[a] - x0[a]) * (x[a] - x0[a]);
            }
            r2[s] = sum;
        }

        double[] p = new double[n];
        double[] next = new double[n];
        p[start] = 1;
        int nt = times.length;
        double[] msd = new double[nt];
        double[] p0 = new double[nt];
        long t = 0;
        for (int i = 0; i < nt; i++) {
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times[" + i + "] = " + times[i]
                        + ": expected increasing times");
            }
            while (t < times[i]) {
                java.util.Arrays.fill(next, 0);
                for (int s = 0; s < n; s++) {
                    double ps = p[s];
                    if (ps == 0) {
                        continue;
                    }
                    int d = degree[s];
                    double share;
                    if (ant == Ant.BLIND) {
                        share = ps / k;
                        next[s] += ps - d * share;
                    } else {
                        share = d > 0 ? ps / d : 0;
                        if (d == 0) {
                            next[s] += ps;
                        }
                    }
                    int base = s * k;
                    for (int slot = 0; slot < d; slot++) {
                        next[table[base + slot]] += share;
                    }
                }
                double[] tmp = p;
                p = next;
                next = tmp;
                t++;
            }
            double m = 0;
            for (int s = 0; s < n; s++) {
                m += p[s] * r2[s];
            }
            msd[i] = dim > 0 ? m : Double.NaN;
            p0[i] = p[start];
        }
        double[] zeros = new double[nt];
        double[] nan = new double[nt];
        java.util.Arrays.fill(nan, Double.NaN);
        return new WalkObservables(times.clone(), msd, zeros, p0, zeros.clone(), nan,
                nan.clone(), 0, 1, java.util.List.of());
    }
}
