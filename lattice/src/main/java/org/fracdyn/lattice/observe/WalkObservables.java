package org.fracdyn.lattice.observe;

/**
 * The observables of random walks on a medium, sampled at the times {@code times[i]} (in walker
 * steps): the mean square unwrapped displacement {@code <r^2(t)>} (in squared bond lengths), the
 * return probability {@code P0(t)} (the fraction of walkers on their start site), and the mean
 * number of distinct sites visited {@code S(t)} (including the start), each with its standard
 * error.
 *
 * <p>For one realisation of the medium the errors are those of a mean over walkers; averaged
 * over disorder realisations they are the spread between the realisations' means divided by
 * sqrt(realisations). Exact enumeration has zero error and no S(t) (NaN): S(t) is a property of
 * paths, not of the occupation probabilities.
 *
 * @param times sample times, increasing
 * @param msd mean square displacement
 * @param msdError its standard error
 * @param returnProbability P0(t)
 * @param returnError its standard error
 * @param distinct S(t), NaN when not measured
 * @param distinctError its standard error
 * @param walkers walkers per realisation (0 for exact enumeration)
 * @param realisations number of disorder realisations averaged
 * @param histograms displacement histograms at the requested times (possibly empty)
 */
public record WalkObservables(long[] times, double[] msd, double[] msdError,
        double[] returnProbability, double[] returnError, double[] distinct,
        double[] distinctError, long walkers, int realisations,
        java.util.List<DisplacementHistogram> histograms) {

    /** @return the number of sample times */
    public int size() {
        return times.length;
    }
}
