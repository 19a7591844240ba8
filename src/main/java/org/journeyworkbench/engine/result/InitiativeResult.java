package org.journeyworkbench.engine.result;

import java.util.Map;

/**
 * What one initiative does in a scenario. Savings are positive; costs are positive amounts (the summary
 * shows them negative). A disabled initiative has zero everywhere.
 *
 * @param casesReachingStage  the group's cases reaching the intervention stage (or entering, without one)
 * @param casesAvoidedAtStage cases a year no longer reaching each stage of the standard journey
 * @param avoidedJourneyCosts savings from cases taken off the journey (1A)
 * @param reoffendingSavings  savings from fewer repeat journeys (2A)
 * @param alternativeRouteCosts costs of the route taken instead (part of 3A)
 * @param runningCosts        running costs a year (part of 3A)
 * @param setUpCosts          one-off set-up costs (4AB)
 */
public record InitiativeResult(String initiativeId, String name, boolean enabled, double casesReachingStage,
                               double casesTakenOn, Map<String, Double> casesAvoidedAtStage,
                               ByAgency avoidedJourneyCosts, ByAgency reoffendingSavings,
                               ByAgency alternativeRouteCosts, ByAgency runningCosts, ByAgency setUpCosts) {
    public double annualSaving() {
        return avoidedJourneyCosts.total() + reoffendingSavings.total();
    }

    public double annualCost() {
        return alternativeRouteCosts.total() + runningCosts.total();
    }
}
