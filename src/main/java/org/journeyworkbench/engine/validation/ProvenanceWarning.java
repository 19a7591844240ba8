package org.journeyworkbench.engine.validation;

/**
 * Something a business case reviewer would query about where a figure comes from. A warning never stops a
 * calculation; it is listed in the Checks panel, by {@code check} and on the workbook's cover.
 *
 * @param address the input it concerns (as {@code --set} and scenario overrides write it), or a model field
 * @param message what is wrong and what to do, in a programme officer's words
 */
public record ProvenanceWarning(Kind kind, String address, String message) {
    /** The kinds of warning, each with a heading for lists. */
    public enum Kind {
        COST_WITHOUT_SOURCE("Cost with no source"),
        COST_WITHOUT_PRICE_YEAR("Cost with no price year"),
        NOT_UPRATED("Cost that cannot be uprated"),
        OLD_COST("Old cost"),
        RED_CONFIDENCE("Low-confidence figure"),
        COUNTED_TWICE("Likely double counting"),
        SAME_ENTRY_TWICE("Same library entry at two stages"),
        RATE_WITHOUT_SOURCE("Rate or take-up with no source");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** "Old cost: Arrest unit cost (stages.arrest.unitCost) is priced in 2002-03, …". */
    @Override
    public String toString() {
        return kind.heading() + ": " + message;
    }
}
