package org.journeyworkbench.engine.result;

import java.util.List;

/** One row an agency, in the model's order, and the Total row. */
public record CostBenefitSummary(List<SummaryRow> rows, SummaryRow total) {
    public static final List<String> COLUMNS =
            List.of("Agency", "Annual saving", "Annual cost", "Annual impact", "Set-up costs", "Year 1 impact");
    /**
     * The command line's CSV header keeps the first version's "Set up costs", the slides' own heading, so
     * scripts written against it keep working; everywhere a person reads it, it is "Set-up costs".
     */
    public static final List<String> CSV_COLUMNS =
            List.of("Agency", "Annual saving", "Annual cost", "Annual impact", "Set up costs", "Year 1 impact");

    public CostBenefitSummary {
        rows = List.copyOf(rows);
    }

    public SummaryRow row(String agencyId) {
        return rows.stream().filter(r -> r.agencyId().equals(agencyId)).findFirst().orElseThrow();
    }
}
