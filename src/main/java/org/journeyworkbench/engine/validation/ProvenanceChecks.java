package org.journeyworkbench.engine.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.PriceBase;
import org.journeyworkbench.engine.prices.UnitCost;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;

/**
 * Provenance checks: every figure of an OBC traceable to a source and stated in one price base. Unlike
 * {@link ModelValidator}'s errors, these never stop a calculation; they say what a reviewer would query.
 */
public final class ProvenanceChecks {
    /** Costs priced more than this many years before the price base are flagged, unless told otherwise. */
    public static final int DEFAULT_MAX_AGE = 10;

    private final JourneyModel model;
    private final PriceBase prices;
    private final UnitCostLibrary library;
    private final int maxAge;
    private final List<ProvenanceWarning> out = new ArrayList<>();

    private ProvenanceChecks(JourneyModel model, Deflator deflator, UnitCostLibrary library, int maxAge) {
        this.model = model;
        this.prices = PriceBase.of(model, deflator);
        this.library = library;
        this.maxAge = maxAge;
    }

    /** The warnings with the deflator and library in use and the default age. */
    public static List<ProvenanceWarning> check(JourneyModel model) {
        return check(model, Deflator.inUse(), UnitCostLibrary.inUse(), DEFAULT_MAX_AGE);
    }

    /**
     * @param library the library a cost's {@code libraryId} is looked up in (for its confidence and notes)
     * @param maxAge  how many years before the price base a cost may be priced before it is flagged
     */
    public static List<ProvenanceWarning> check(JourneyModel model, Deflator deflator, UnitCostLibrary library,
                                                int maxAge) {
        ProvenanceChecks c = new ProvenanceChecks(model, deflator, library, maxAge);
        c.run();
        return List.copyOf(c.out);
    }

    private void run() {
        boolean anyPriceYear = false;
        for (Input in : Inputs.list(model)) {
            InputAddress a = in.at();
            switch (a.target()) {
                case STAGE_UNIT_COST, GROUP_UNIT_COST, RUNNING_UNIT_COST, SET_UP_UNIT_COST -> {
                    Provenance p = Inputs.source(model, a);
                    anyPriceYear |= p.hasPriceYear();
                    cost(in, p);
                }
                case TRANSITION_RATE, GROUP_RATE, TAKE_UP, REOFFENDING_REDUCTION -> {
                    if (Inputs.source(model, a).source().isEmpty()) {
                        warn(ProvenanceWarning.Kind.RATE_WITHOUT_SOURCE, in, "no source is given");
                    }
                }
                default -> {
                }
            }
        }
        if (anyPriceYear && prices.baseProblem() != null) {
            out.add(new ProvenanceWarning(ProvenanceWarning.Kind.NOT_UPRATED, "appraisal.priceBase",
                    capitalised(prices.baseProblem()) + "; state the price base, e.g. 2012-13"));
        }
        stagesSharingOrDoubling();
    }

    private void cost(Input in, Provenance p) {
        if (p.source().isEmpty()) {
            warn(ProvenanceWarning.Kind.COST_WITHOUT_SOURCE, in, "no source is given");
        }
        PriceYear y = p.year();
        if (!y.isKnown()) {
            warn(ProvenanceWarning.Kind.COST_WITHOUT_PRICE_YEAR, in, "no price year is given, so it cannot be "
                    + "uprated to the price base");
            return;
        }
        String problem = prices.problem(y);
        if (problem != null) {
            warn(ProvenanceWarning.Kind.NOT_UPRATED, in, "its price year " + problem);
        }
        PriceYear base = prices.year();
        if (base.isKnown() && base.start() - y.start() > maxAge) {
            warn(ProvenanceWarning.Kind.OLD_COST, in, "priced in " + y.label() + ", " + (base.start() - y.start())
                    + " years before the price base " + base.label() + " (more than " + maxAge + "): uprating "
                    + "cannot make up for what has changed since; look for a newer figure");
        }
        UnitCost entry = library.find(p.libraryId()).orElse(null);
        if (entry != null && entry.confidence() == UnitCost.Confidence.RED) {
            warn(ProvenanceWarning.Kind.RED_CONFIDENCE, in, "picked from \"" + entry.name() + "\", which GMCA "
                    + "rates red (low confidence)" + (entry.notes().isEmpty() ? "" : ": " + entry.notes()));
        }
    }

    /** Double counting: an all-agencies figure beside the agencies' own stage costs; one entry at two stages. */
    private void stagesSharingOrDoubling() {
        Map<String, Integer> journey = journeys();
        Map<String, List<Stage>> byEntry = new LinkedHashMap<>();
        for (Stage s : model.stages()) {
            String id = s.provenance().libraryId();
            if (id.isEmpty()) {
                continue;
            }
            byEntry.computeIfAbsent(journey.get(s.id()) + "/" + id, k -> new ArrayList<>()).add(s);
            UnitCost entry = library.find(id).orElse(null);
            if (entry == null || !entry.coversSeveralAgencies()) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (Stage o : model.stages()) {
                if (o != s && o.unitCost() > 0 && journey.get(o.id()).equals(journey.get(s.id()))) {
                    others.add(o.name() + " (" + model.agency(o.agencyId()).map(x -> x.name()).orElse(o.agencyId())
                            + ")");
                }
            }
            if (!others.isEmpty()) {
                out.add(new ProvenanceWarning(ProvenanceWarning.Kind.COUNTED_TWICE,
                        InputAddress.stageUnitCost(s.id()).toString(), s.name() + " unit cost ("
                        + InputAddress.stageUnitCost(s.id()) + ") is priced with \"" + entry.name() + "\", which covers "
                        + "several agencies' costs" + (entry.notes().isEmpty() ? "" : " (library notes: "
                        + entry.notes() + ")") + ", while the journey also prices " + String.join(", ", others)
                        + " separately: the same costs may be counted twice"));
            }
        }
        for (List<Stage> same : byEntry.values()) {
            if (same.size() > 1) {
                String id = same.get(0).provenance().libraryId();
                out.add(new ProvenanceWarning(ProvenanceWarning.Kind.SAME_ENTRY_TWICE,
                        InputAddress.stageUnitCost(same.get(1).id()).toString(), "the library entry \"" + id
                        + "\" prices " + String.join(" and ", same.stream().map(s -> "\"" + s.name() + "\"").toList())
                        + " in one journey: a case passing both is costed twice"));
            }
        }
    }

    /** Stages joined by arrows (either way) are one journey: each stage's journey number. */
    private Map<String, Integer> journeys() {
        Map<String, String> parent = new HashMap<>();
        for (Stage s : model.stages()) {
            parent.put(s.id(), s.id());
        }
        for (Transition t : model.transitions()) {
            parent.put(root(parent, t.from()), root(parent, t.to()));
        }
        Map<String, Integer> number = new HashMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (Stage s : model.stages()) {
            out.put(s.id(), number.computeIfAbsent(root(parent, s.id()), r -> number.size()));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            // Path halving: without it a 10,000-stage chain walked the whole chain for every stage.
            String grand = parent.get(parent.get(r));
            parent.put(r, grand);
            r = grand;
        }
        return r;
    }

    private void warn(ProvenanceWarning.Kind kind, Input in, String what) {
        out.add(new ProvenanceWarning(kind, in.address(), in.label() + " (" + in.address() + "): " + what));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
