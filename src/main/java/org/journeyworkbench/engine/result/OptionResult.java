package org.journeyworkbench.engine.result;

import java.util.List;

/**
 * One option (the base case or a scenario) beside the others: its first-year net saving, its appraisal and
 * its difference from the base case. {@code bcr}, {@code paybackYear} and {@code valueForMoney} are null when
 * there is none.
 */
public record OptionResult(String name, String description, boolean baseCase, double year1NetSaving, double npv,
                           Double bcr, Integer paybackYear, String valueForMoney, double deltaYear1NetSaving,
                           double deltaNpv, List<AgencyNpv> byAgency) {
    public OptionResult {
        byAgency = List.copyOf(byAgency);
    }

    /** One agency's NPV in this option and its difference from the base case. */
    public record AgencyNpv(String agencyId, String agency, double npv, double deltaNpv) {
    }
}
