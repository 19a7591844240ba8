package org.journeyworkbench.engine.result;

import java.util.List;
import java.util.Map;

/**
 * Everything the engine works out for one (model, scenario).
 *
 * @param casesAtStage      cases a year at each stage across all target groups, after the initiatives
 * @param casesOnTransition cases a year on each arrow across all target groups, after the initiatives
 * @param warnings          things that compute but look wrong (an initiative taking on more cases than reach it)
 * @param appraisal         the scenario over the appraisal years
 */
public record Result(String scenario, Map<String, Double> casesAtStage, Map<String, Double> casesOnTransition,
                     List<TargetGroupResult> targetGroups, List<InitiativeResult> initiatives, Level1Result level1,
                     CostBenefitSummary summary, List<String> warnings, AppraisalResult appraisal) {
    public Result {
        targetGroups = List.copyOf(targetGroups);
        initiatives = List.copyOf(initiatives);
        warnings = List.copyOf(warnings);
    }

    public double netSystemSaving() {
        return level1.netSystemSaving();
    }

    public InitiativeResult initiative(String id) {
        return initiatives.stream().filter(i -> i.initiativeId().equals(id)).findFirst().orElseThrow();
    }

    public TargetGroupResult targetGroup(String id) {
        return targetGroups.stream().filter(g -> g.targetGroupId().equals(id)).findFirst().orElseThrow();
    }
}
