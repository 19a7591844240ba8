package org.journeyworkbench.engine.result;

import java.util.List;

/**
 * The appraisal of one scenario over its period (docs/model-format.md states the conventions).
 *
 * @param bcr           PV benefits / PV costs, or null when PV costs are 0
 * @param paybackYear   the first year at whose end the cumulative discounted net is at least 0, or null
 * @param valueForMoney Poor, Low, Medium, High or Very high from the BCR, or null when there is no BCR
 */
public record AppraisalResult(String priceBase, String firstYear, List<AppraisalYear> years, double pvBenefits,
                              double pvCosts, double npv, Double bcr, Integer paybackYear, String valueForMoney,
                              List<AgencyAppraisal> byAgency) {
    public AppraisalResult {
        years = List.copyOf(years);
        byAgency = List.copyOf(byAgency);
    }

    public AgencyAppraisal agency(String agencyId) {
        return byAgency.stream().filter(a -> a.agencyId().equals(agencyId)).findFirst().orElseThrow();
    }

    /** One year of the appraisal; money in the price base, undiscounted unless it says present value. */
    public record AppraisalYear(int year, String label, double benefits, double costs, double net,
                                double discountFactor, double presentValue, double cumulativePresentValue,
                                double grossBenefits, double deadweight, double optimismBiasOnBenefits,
                                double grossCosts, double optimismBiasOnCosts, ByAgency benefitsByAgency,
                                ByAgency costsByAgency) {
    }

    /** Who saves and who pays over the period. */
    public record AgencyAppraisal(String agencyId, String agency, double pvBenefits, double pvCosts, double npv) {
    }
}
