package org.fracdyn.validation.paper;

import java.util.List;

import org.fracdyn.validation.check.Check;

/** The checks of the paper's claims, sharing one set of training runs. */
public final class PaperChecks {

    private PaperChecks() {
    }

    /** @return the paper checks, in report order, over one shared {@link PaperExperiment} */
    public static List<Check> all() {
        PaperExperiment experiment = new PaperExperiment();
        return List.of(
            new SubdiffusionCheck(SubdiffusionCheck.Scope.NETWORK, experiment),
            new SubdiffusionCheck(SubdiffusionCheck.Scope.PER_LAYER, experiment),
            new PowerLawGrowthCheck(experiment),
            new SpectralBoundCheck(SpectralBoundCheck.Form.LATE, experiment),
            new SpectralBoundCheck(SpectralBoundCheck.Form.TIME_AVERAGE, experiment),
            new GeneralisationCheck(GeneralisationCheck.Part.LINEAR_IN_LLC, experiment),
            new GeneralisationCheck(GeneralisationCheck.Part.SPECTRAL_WEAKER, experiment));
    }
}
