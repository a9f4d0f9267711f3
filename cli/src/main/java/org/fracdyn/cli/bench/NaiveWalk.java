package org.fracdyn.cli.bench;

import java.util.Random;

import org.fracdyn.lattice.medium.Medium;
import org.fracdyn.lattice.walk.Ant;

/**
 * The straightforward reference walker of {@code fracdyn bench lattice}: one blind ant at a
 * time, on one thread, through the {@link Medium} interface (a virtual call per neighbour and
 * per step vector), with {@link java.util.Random} and a double position vector. It measures
 * the same MSD as {@code RandomWalk} at the same sample times, so the two can be checked
 * against each other as well as timed.
 */
public final class NaiveWalk {

    private NaiveWalk() {
    }

    /**
     * @param medium the medium
     * @param startSites start sites, drawn uniformly per walker
     * @param ant blind or myopic
     * @param walkers the number of walkers
     * @param times sample times, increasing
     * @param seed the seed of the one generator
     * @return the MSD at the sample times
     */
    public static double[] msd(Medium medium, int[] startSites, Ant ant, long walkers,
                               long[] times, long seed) {
        Random random = new Random(seed);
        int dim = medium.dimension();
        double[] position = new double[dim];
        double[] step = new double[dim];
        double[] sum = new double[times.length];
        for (long w = 0; w < walkers; w++) {
            int site = startSites[random.nextInt(startSites.length)];
            java.util.Arrays.fill(position, 0);
            int next = 0;
            for (long t = 1; t <= times[times.length - 1]; t++) {
                int degree = medium.degree(site);
                int slot = ant == Ant.BLIND ? random.nextInt(medium.maxDegree())
                    : random.nextInt(degree);
                if (slot < degree) {
                    medium.stepVector(site, slot, step);
                    for (int a = 0; a < dim; a++) {
                        position[a] += step[a];
                    }
                    site = medium.neighbour(site, slot);
                }
                if (t == times[next]) {
                    double r2 = 0;
                    for (int a = 0; a < dim; a++) {
                        r2 += position[a] * position[a];
                    }
                    sum[next++] += r2;
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= walkers;
        }
        return sum;
    }
}
