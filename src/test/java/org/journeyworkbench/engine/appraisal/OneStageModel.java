package org.journeyworkbench.engine.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.OptimismBias;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;

/**
 * A model small enough to appraise by hand: one stage costing the police £{@code unitCost} a case, a group of
 * {@code cases} a year entering there, and one initiative taking all of them off it (so its benefits are
 * cases × unit cost a year), with a fixed running cost a year and a one-off set-up cost borne by the council.
 */
record OneStageModel(double cases, double unitCost, double running, double setUp, int years,
                     List<DiscountBand> bands, Profile profile, double deadweight, OptimismBias bias) {
    static OneStageModel of(double annualBenefit, double running, double setUp, int years) {
        return new OneStageModel(annualBenefit / 100, 100, running, setUp, years, Appraisal.greenBookRates(),
                Profile.flat(), 0, OptimismBias.none());
    }

    OneStageModel withBands(List<DiscountBand> v) {
        return new OneStageModel(cases, unitCost, running, setUp, years, v, profile, deadweight, bias);
    }

    OneStageModel withProfile(Profile v) {
        return new OneStageModel(cases, unitCost, running, setUp, years, bands, v, deadweight, bias);
    }

    OneStageModel withDeadweight(double v) {
        return new OneStageModel(cases, unitCost, running, setUp, years, bands, profile, v, bias);
    }

    OneStageModel withBias(OptimismBias v) {
        return new OneStageModel(cases, unitCost, running, setUp, years, bands, profile, deadweight, v);
    }

    JourneyModel model() {
        List<CostLine> runningLines = new ArrayList<>();
        if (running > 0) {
            runningLines.add(new CostLine("staff", "Staff", "council", running, 1, CostLine.Basis.FIXED));
        }
        List<CostLine> setUpLines = new ArrayList<>();
        if (setUp > 0) {
            setUpLines.add(new CostLine("launch", "Launch", "council", setUp, 1, CostLine.Basis.FIXED));
        }
        Initiative i = new Initiative("diversion", "Diversion", "", "group", "stage", TakeUp.share(1), List.of(),
                null, runningLines, setUpLines, true, null, profile, deadweight, null);
        return new JourneyModel("Worked example", "", List.of(new Agency("police", "Police", "#1F4E9C"),
                new Agency("council", "Council", "#708090")),
                List.of(new Stage("stage", "Arrest", "police", unitCost, "", 0, null)), List.of(),
                List.of(new TargetGroup("group", "Group", "", cases, "stage", Map.of(), Map.of(), null)), List.of(i),
                null, List.of(), new Appraisal(years, bands, bias, "2024-25", "2025-26"));
    }
}
