package org.journeyworkbench.engine.result;

/**
 * One row of the Cost/Benefit Summary, in the slides' signs: costs negative.
 * Annual impact = saving + cost; Year 1 impact = annual impact + set-up costs.
 */
public record SummaryRow(String agencyId, String agency, double annualSaving, double annualCost,
                         double annualImpact, double setUpCosts, double year1Impact) {
    static SummaryRow of(String agencyId, String agency, double saving, double cost, double setUp) {
        double annualCost = 0.0 - cost; // 0.0 - x, not -x: no "-0" in exports
        double setUpCosts = 0.0 - setUp;
        double impact = saving + annualCost;
        return new SummaryRow(agencyId, agency, saving, annualCost, impact, setUpCosts, impact + setUpCosts);
    }
}
