package org.journeyworkbench.model;

import java.util.List;

/** The Level 1 terms and the formula that nets them into the net system saving. */
public record Level1(List<Level1Term> terms, String formula) {
    public static final String BARNET_FORMULA = "(1A + 2A) - (3A + 4AB)";

    public Level1 {
        terms = Collections2.copy(terms);
        formula = formula == null ? "" : formula;
    }

    public Level1 withFormula(String value) {
        return new Level1(terms, value);
    }

    /** The Barnet reading: 1A avoided journeys, 2A reoffending, 3A running costs, 4AB set-up. */
    public static Level1 barnet() {
        return new Level1(List.of(
                new Level1Term("1A", "Annual savings from cases taken off the standard journey",
                        Measure.AVOIDED_JOURNEY_COSTS, 0),
                new Level1Term("2A", "Annual savings from reduced reoffending", Measure.REDUCED_REOFFENDING, 0),
                new Level1Term("3A", "Annual running costs of the initiatives", Measure.RUNNING_COSTS, 0),
                new Level1Term("4AB", "Set-up costs", Measure.SET_UP_COSTS, 0)), BARNET_FORMULA);
    }
}
