package org.fracdyn.lattice.walk;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fracdyn.lattice.medium.GraphMedium;
import org.fracdyn.lattice.medium.Validation;
import org.fracdyn.lattice.observe.WalkObservables;

/**
 * Averages walks over disorder realisations. Realisation {@code r} gets the seeds
 * {@code mediumSeed} and {@code walkSeed}, the {@code 2r}-th and {@code (2r+1)}-th
 * {@code nextLong()} of an L64X128MixRandom seeded with the master seed, so each realisation is
 * reproducible on its own. The result is the mean over realisations of each realisation's
 * walker averages, with the standard error sd/sqrt(R) of the spread between realisations
 * (NaN for a single realisation).
 */
public final class DisorderAverage {

    /** A medium with the sites walkers start on, made from a seed. */
    public interface Sample {
        /** @return the medium */
        GraphMedium medium();

        /** @return the start sites on it */
        int[] startSites();
    }

    /** Makes one realisation of the medium from its seed. */
    @FunctionalInterface
    public interface Source {
        /**
         * @param seed the realisation's seed
         * @return the medium and its start sites
         */
        Sample create(long seed);
    }

    /** Told after each realisation, for progress bars. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param done realisations finished
         * @param total realisations requested
         */
        void realisationDone(int done, int total);
    }

    private DisorderAverage() {
    }

    /**
     * @param medium a medium
     * @param starts its start sites
     * @return a sample
     */
    public static Sample sample(GraphMedium medium, int[] starts) {
        return new Sample() {
            @Override
            public GraphMedium medium() {
                return medium;
            }

            @Override
            public int[] startSites() {
                return starts;
            }
        };
    }

    /**
     * @param source makes the media
     * @param realisations number of realisations, at least 1
     * @param settings walk settings (its seed is the master seed)
     * @param listener progress, may be null
     * @return the averaged observables
     */
    public static WalkObservables run(Source source, int realisations, WalkSettings settings,
            Listener listener) {
        Validation.requireAtLeast("realisations", realisations, 1);
        RandomGenerator seeds = RandomGeneratorFactory.of("L64X128MixRandom")
                .create(settings.seed());
        int nt = settings.times().length;
        double[][] sum = new double[3][nt];
        double[][] sumSq = new double[3][nt];
        WalkObservables last = null;
        for (int r = 0; r < realisations; r++) {
            long mediumSeed = seeds.nextLong();
            long walkSeed = seeds.nextLong();
            Sample s = source.create(mediumSeed);
            last = RandomWalk.run(s.medium(), s.startSites(), settings.withSeed(walkSeed));
            double[][] v = {last.msd(), last.returnProbability(), last.distinct()};
            for (int q = 0; q < 3; q++) {
                for (int i = 0; i < nt; i++) {
                    sum[q][i] += v[q][i];
                    sumSq[q][i] += v[q][i] * v[q][i];
                }
            }
            if (listener != null) {
                listener.realisationDone(r + 1, realisations);
            }
        }
        double[][] mean = new double[3][nt];
        double[][] err = new double[3][nt];
        for (int q = 0; q < 3; q++) {
            for (int i = 0; i < nt; i++) {
                double m = sum[q][i] / realisations;
                mean[q][i] = m;
                if (realisations > 1) {
                    double var = Math.max(0, sumSq[q][i] / realisations - m * m)
                            * realisations / (realisations - 1.0);
                    err[q][i] = Math.sqrt(var / realisations);
                } else {
                    err[q][i] = Double.NaN;
                }
            }
        }
        return new WalkObservables(settings.times(), mean[0], err[0], mean[1], err[1], mean[2],
                err[2], settings.walkers(), realisations, java.util.List.of());
    }
}
