package org.fracdyn.validation;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.solver.solve.SchemeFactory;
import org.fracdyn.validation.bridge.LlcKnownModelCheck;
import org.fracdyn.validation.bridge.ModelComparisonCheck;
import org.fracdyn.validation.bridge.TraceFitCoverageCheck;
import org.fracdyn.validation.check.Check;
import org.fracdyn.validation.check.CheckContext;
import org.fracdyn.validation.ctrw.CtrwMsdCheck;
import org.fracdyn.validation.ctrw.CtrwProfileCheck;
import org.fracdyn.validation.lattice.GasketCheck;
import org.fracdyn.validation.lattice.PercolationCheck;
import org.fracdyn.validation.lattice.ThresholdCheck;
import org.fracdyn.validation.paper.PaperChecks;
import org.fracdyn.validation.solver.BoltzmannStationarityCheck;
import org.fracdyn.validation.solver.FastHistoryCheck;
import org.fracdyn.validation.solver.FreeMsdCheck;
import org.fracdyn.validation.solver.FreeMsdNdCheck;
import org.fracdyn.validation.solver.HarmonicMomentsCheck;
import org.fracdyn.validation.solver.MWrightProfileCheck;
import org.fracdyn.validation.solver.ManufacturedOrderCheck;
import org.fracdyn.validation.solver.MassConservationCheck;
import org.fracdyn.validation.solver.OrnsteinUhlenbeckCheck;
import org.fracdyn.validation.special.SpecialFunctionCheck;

/**
 * Every check fracdyn knows, in report order. The mode is passed to each check at run time;
 * the list is the same for the quick and the full run.
 */
public final class ValidationCatalogue {

    private ValidationCatalogue() {
    }

    /**
     * @return all checks, grouped as in the report
     */
    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.add(new FreeMsdCheck(0.5));
        checks.add(new FreeMsdCheck(0.8));
        checks.add(new FreeMsdNdCheck(2));
        checks.add(new FreeMsdNdCheck(3));
        for (double alpha : new double[] {0.5, 0.8}) {
            checks.add(new HarmonicMomentsCheck(HarmonicMomentsCheck.Moment.MEAN, alpha));
            checks.add(new HarmonicMomentsCheck(HarmonicMomentsCheck.Moment.SECOND_MOMENT,
                alpha));
        }
        checks.add(new BoltzmannStationarityCheck());
        checks.add(new MassConservationCheck());
        checks.add(new OrnsteinUhlenbeckCheck());
        checks.add(new MWrightProfileCheck(0.5));
        checks.add(new MWrightProfileCheck(0.75));

        SchemeFactory schemes = SchemeFactory.standard();
        checks.add(new ManufacturedOrderCheck(ManufacturedOrderCheck.Case.L1_UNIFORM, 0.5,
            schemes));
        checks.add(new ManufacturedOrderCheck(ManufacturedOrderCheck.Case.L1_UNIFORM, 0.8,
            schemes));
        checks.add(new ManufacturedOrderCheck(ManufacturedOrderCheck.Case.L1_GRADED, 0.5,
            schemes));
        checks.add(new ManufacturedOrderCheck(ManufacturedOrderCheck.Case.L21SIGMA_UNIFORM, 0.5,
            schemes));
        checks.add(new ManufacturedOrderCheck(ManufacturedOrderCheck.Case.SPACE, 0.5,
            schemes));
        checks.add(new FastHistoryCheck(schemes));

        for (SpecialFunctionCheck.Kind kind : SpecialFunctionCheck.Kind.values()) {
            checks.add(new SpecialFunctionCheck(kind));
        }

        for (GasketCheck.Quantity quantity : GasketCheck.Quantity.values()) {
            checks.add(new GasketCheck(quantity));
        }
        checks.add(new ThresholdCheck());
        checks.addAll(PercolationCheck.all());

        checks.add(new CtrwProfileCheck());
        checks.add(new CtrwMsdCheck());

        checks.add(new TraceFitCoverageCheck());
        checks.add(new ModelComparisonCheck());
        checks.add(new LlcKnownModelCheck(LlcKnownModelCheck.Model.REGULAR));
        checks.add(new LlcKnownModelCheck(LlcKnownModelCheck.Model.NORMAL_CROSSING));

        checks.addAll(PaperChecks.all());
        return checks;
    }

    /**
     * @param mode quick or full
     * @return a rough duration of the run on a 2-core machine, for the user to plan by
     *     (measured for the quick run; estimated from the parts for the full run)
     */
    public static String expectedDuration(CheckContext.Mode mode) {
        return mode == CheckContext.Mode.QUICK
            ? "about 2 minutes (the paper group trains one network for about 40 s)"
            : "30 to 40 minutes (the paper group trains six networks on 10,000 images for "
                + "about 20 minutes)";
    }
}
