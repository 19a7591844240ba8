package org.journeyworkbench.engine.prices;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeyworkbench.model.PriceYear;

/**
 * One entry of a unit-cost library: a cost per unit to an agency, the year its prices are in, where it comes
 * from, and the library's notes (which flag quirks: show them, don't hide them).
 *
 * @param sourceYear  the year the source was published, or 0
 * @param library     the name of the library it belongs to
 * @param attribution the credit its licence asks for wherever the figure is shown, or empty
 */
public record UnitCost(String id, String name, String agency, String unit, double value, PriceYear priceYear,
                       String source, int sourceYear, String notes, String library, String attribution) {
    private static final Pattern RAG = Pattern.compile("\\bRAG\\s+([RAG])\\b");

    /** A confidence rating the library gives (GMCA's RAG), read from the notes. */
    public enum Confidence {
        RED("Red"), AMBER("Amber"), GREEN("Green"), NOT_RATED("");

        private final String label;

        Confidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public UnitCost {
        notes = notes == null ? "" : notes.strip();
        attribution = attribution == null ? "" : attribution;
    }

    public Confidence confidence() {
        Matcher m = RAG.matcher(notes);
        if (!m.find()) {
            return Confidence.NOT_RATED;
        }
        return switch (m.group(1)) {
            case "R" -> Confidence.RED;
            case "A" -> Confidence.AMBER;
            default -> Confidence.GREEN;
        };
    }

    /**
     * Whether the figure covers several agencies' costs at once ("all agencies", "includes CJS response"), so
     * pricing a stage with it beside the agencies' own stage costs counts them twice.
     */
    public boolean coversSeveralAgencies() {
        String text = (name + " " + agency + " " + notes).toLowerCase(Locale.ROOT);
        return text.contains("all agencies") || text.contains("all cj agencies")
                || text.contains("includes cjs response") || agency.strip().equalsIgnoreCase("multiple");
    }

    /** "GMCA (New Economy) Unit Cost Database v1.4 (Mar 2015), CR7.0; original: …, 2006-07 prices". */
    public String citation() {
        return source + (priceYear.isKnown() ? ", " + priceYear.label() + " prices" : "");
    }

    /** Whether the entry's name, agency, unit, source or notes contain every word of {@code query}. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = (id + " " + name + " " + agency + " " + unit + " " + source + " " + notes + " "
                + priceYear.label()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
