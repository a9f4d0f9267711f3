package org.fracdyn.nn.train;

import java.nio.file.Path;
import java.util.List;
import org.fracdyn.nn.data.LabelledImages;
import org.fracdyn.nn.mlp.Mlp;

/**
 * What a {@link Trainer} run produced.
 *
 * @param model the trained network (owned by the caller from now on)
 * @param trainSplit the training images used
 * @param testSplit the held-out images
 * @param epochs one report per epoch, starting with epoch 0 (the initial network)
 * @param steps the number of optimiser steps taken
 * @param traceFile the CSV trace written during the run
 */
public record TrainingResult(Mlp model, LabelledImages trainSplit, LabelledImages testSplit,
                             List<EpochReport> epochs, long steps, Path traceFile) {

    /** @return the report of the last epoch */
    public EpochReport last() {
        return epochs.get(epochs.size() - 1);
    }
}
