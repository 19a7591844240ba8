package org.journeyworkbench.engine.uncertainty;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;

/**
 * The result a sensitivity or simulation is about: the first-year net system saving, the NPV over the
 * appraisal period, or one agency's NPV. Read from the compiled calculation's headline cells, so it is the
 * same figure the results panel shows.
 */
public record Metric(Kind kind, String agencyId) {
    public enum Kind {
        /** Net system saving in the first year. */
        YEAR1,
        /** Net present value over the appraisal period. */
        NPV,
        /** One agency's net present value. */
        AGENCY_NPV
    }

    public Metric {
        if ((kind == Kind.AGENCY_NPV) != (agencyId != null)) {
            throw new IllegalArgumentException("an agency's NPV needs the agency, and only it");
        }
    }

    public static Metric year1() {
        return new Metric(Kind.YEAR1, null);
    }

    public static Metric npv() {
        return new Metric(Kind.NPV, null);
    }

    public static Metric agencyNpv(String agencyId) {
        return new Metric(Kind.AGENCY_NPV, agencyId);
    }

    /**
     * Reads {@code year1}, {@code npv} or {@code npv:AGENCY} (an agency id, such as {@code npv:police}), as
     * the command line's {@code --metric} takes it.
     *
     * @throws ModelException naming "metric" when it is none of these
     */
    public static Metric parse(String text, JourneyModel model) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("year1")) {
            return year1();
        }
        if (t.equals("npv")) {
            return npv();
        }
        if (t.startsWith("npv:")) {
            String id = t.substring(4).strip();
            for (Agency a : model.agencies()) {
                if (a.id().equalsIgnoreCase(id)) {
                    return agencyNpv(a.id());
                }
            }
            throw new ModelException("metric", "there is no agency with id \"" + id + "\"; the agencies are "
                    + String.join(", ", model.agencies().stream().map(Agency::id).toList()));
        }
        throw new ModelException("metric", "\"" + text + "\" is not a result: use year1, npv or npv:AGENCY "
                + "(e.g. npv:" + (model.agencies().isEmpty() ? "police" : model.agencies().get(0).id()) + ")");
    }

    /** As {@link #parse} takes it: "year1", "npv", "npv:police". */
    public String key() {
        return switch (kind) {
            case YEAR1 -> "year1";
            case NPV -> "npv";
            case AGENCY_NPV -> "npv:" + agencyId;
        };
    }

    /** In words: "First-year net saving", "NPV", "NPV to Police". */
    public String label(JourneyModel model) {
        return switch (kind) {
            case YEAR1 -> "First-year net saving";
            case NPV -> "NPV";
            case AGENCY_NPV -> "NPV to " + model.agency(agencyId).map(Agency::name).orElse(agencyId);
        };
    }

    /**
     * Where this metric is in a values array after {@link Calculation#evaluateHeadline}.
     *
     * @throws ModelException when the agency is not in the model
     */
    public int index(Calculation calc) {
        Calculation.HeadlineCells cells = calc.headlineCells();
        return switch (kind) {
            case YEAR1 -> calc.index(cells.year1NetSaving());
            case NPV -> calc.index(cells.npv());
            case AGENCY_NPV -> calc.index(cells.agencyNpv()[agencyPosition(calc.model(), agencyId)]);
        };
    }

    /** The agency's place in the model's list, which is the order of the NPV by agency cells. */
    static int agencyPosition(JourneyModel model, String agencyId) {
        for (int k = 0; k < model.agencies().size(); k++) {
            if (model.agencies().get(k).id().equals(agencyId)) {
                return k;
            }
        }
        throw new ModelException("metric", "there is no agency with id \"" + agencyId + "\"");
    }
}
