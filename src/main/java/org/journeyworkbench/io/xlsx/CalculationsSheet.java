package org.journeyworkbench.io.xlsx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * The Level 2 chain line by line, as formulas over the Assumptions sheet's named cells: each target
 * group's standard journey, then for each initiative the cases it takes on, the journey they no longer make
 * (avoided costs), the repeat journeys avoided, the alternative route and the cost lines. The journey may
 * be any shape, so a "flow" block is generated from the arrows: the cases at a stage are the sum over its
 * incoming arrows of the cases at the arrow's start times its rate. Summary adds the Amount column up by
 * agency and part with SUMIFS.
 */
final class CalculationsSheet {
    static final String STANDARD = "Standard journey";
    static final String TAKE_UP = "Cases taken on";
    static final String AVOIDED = "Avoided journey";
    static final String REOFFENDING = "Reduced reoffending";
    static final String ALTERNATIVE = "Alternative route";
    static final String RUNNING = "Running cost";
    static final String SET_UP = "Set-up cost";
    static final int PART = 1;
    static final int AMOUNT = 6;
    static final int AGENCY_ID = 7;

    private final JourneyModel model;
    private final AssumptionsSheet names;
    private final List<String> order;
    private final Map<String, List<Transition>> incoming = new HashMap<>();
    private final Map<String, List<Transition>> outgoing = new HashMap<>();
    private SheetWriter w;
    private int r;
    private int firstDataRow;

    CalculationsSheet(JourneyModel model, AssumptionsSheet names) {
        this.model = model;
        this.names = names;
        for (Transition t : model.transitions()) {
            incoming.computeIfAbsent(t.to(), k -> new ArrayList<>()).add(t);
            outgoing.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
        }
        order = topologicalOrder();
    }

    int firstRow() {
        return firstDataRow;
    }

    int lastRow() {
        return Math.max(firstDataRow, r - 1);
    }

    void write(SheetWriter writer) {
        w = writer;
        w.text(0, 0, "Calculations", w.styles.title);
        w.text(1, 0, "The Level 2 logic line by line. Every figure is a formula over the Assumptions sheet; "
                + "Summary adds up the Amount column by agency and part.", w.styles.note);
        String[] head = {"Initiative / target group", "Part", "Stage or item", "Agency", "Cases a year",
                "Unit cost", "Amount", "Agency id"};
        for (int c = 0; c < head.length; c++) {
            w.text(3, c, head[c], w.styles.header);
        }
        r = 4;
        firstDataRow = r;
        Map<String, Map<String, String>> journeyCases = new HashMap<>();
        for (TargetGroup g : model.targetGroups()) {
            section("Target group: " + g.name() + " (referred by " + (g.referrer().isBlank() ? "—" : g.referrer())
                    + ")");
            journeyCases.put(g.id(), flow(g.name(), STANDARD, g, g.entryStage(), names.name(
                    "targetGroups." + g.id() + ".cases")));
        }
        for (Initiative i : model.initiatives()) {
            TargetGroup g = model.targetGroup(i.targetGroupId()).orElseThrow();
            section("Initiative: " + i.name());
            String taken = takenOn(i, g, journeyCases.get(g.id()));
            if (i.interventionStage() != null) {
                flow(i.name(), AVOIDED, g, i.interventionStage(), taken);
            }
            if (i.reoffending() != null) {
                String base = "initiatives." + i.id() + ".reoffending.";
                flow(i.name(), REOFFENDING, g, i.reoffending().repeatFromStage(), taken + "*"
                        + names.name(base + "repeatJourneysPerCase") + "*" + names.name(base + "reduction"));
            }
            for (String s : i.alternativeRoute()) {
                flow(i.name(), ALTERNATIVE, g, s, taken);
            }
            costLines(i, RUNNING, "runningCosts", i.runningCosts(), taken);
            costLines(i, SET_UP, "setUpCosts", i.setUpCosts(), taken);
        }
        w.sheet.createFreezePane(0, 4);
        int[] widths = {38, 20, 34, 14, 14, 14, 16, 12};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void section(String title) {
        r++;
        w.text(r++, 0, title, w.styles.subtitle);
    }

    /** The row of cases an initiative takes on; returns a reference to its Cases cell. */
    private String takenOn(Initiative i, TargetGroup g, Map<String, String> journeyCases) {
        String takeUp = names.name("initiatives." + i.id() + ".takeUp");
        String included = names.name("initiatives." + i.id() + ".enabled");
        String formula;
        if (i.takeUp().basis() == TakeUp.Basis.COUNT) {
            formula = takeUp + "*" + included;
        } else {
            String reaching = i.interventionStage() == null ? names.name("targetGroups." + g.id() + ".cases")
                    : journeyCases.getOrDefault(i.interventionStage(), "0");
            formula = takeUp + "*" + reaching + "*" + included;
        }
        w.text(r, 0, i.name(), null);
        w.text(r, PART, TAKE_UP, null);
        w.text(r, 2, i.interventionStage() == null ? "(works with the group's cases)"
                : "at " + stageName(i.interventionStage()), null);
        w.formula(r, 4, formula, w.styles.count);
        return SheetWriter.local(r++, 4);
    }

    /**
     * Rows for {@code start} and every stage its cases go on to, in journey order. The start row holds
     * {@code startCases}; returns each stage's Cases cell.
     */
    private Map<String, String> flow(String owner, String part, TargetGroup g, String start, String startCases) {
        Set<String> reach = reachableFrom(start);
        Map<String, String> cases = new LinkedHashMap<>();
        for (String s : order) {
            if (!reach.contains(s)) {
                continue;
            }
            String formula;
            if (s.equals(start)) {
                formula = startCases;
            } else {
                List<String> terms = new ArrayList<>();
                for (Transition t : incoming.getOrDefault(s, List.of())) {
                    if (cases.containsKey(t.from())) {
                        terms.add(cases.get(t.from()) + "*" + rate(g, t));
                    }
                }
                formula = String.join("+", terms);
            }
            Stage stage = model.stage(s).orElseThrow();
            w.text(r, 0, owner, null);
            w.text(r, PART, part, null);
            w.text(r, 2, stage.name(), null);
            w.text(r, 3, model.agency(stage.agencyId()).orElseThrow().name(), null);
            w.formula(r, 4, formula, w.styles.count);
            w.formula(r, 5, unitCost(g, s), w.styles.unitMoney);
            w.formula(r, AMOUNT, SheetWriter.local(r, 4) + "*" + SheetWriter.local(r, 5), w.styles.money);
            w.text(r, AGENCY_ID, stage.agencyId(), w.styles.note);
            cases.put(s, SheetWriter.local(r, 4));
            r++;
        }
        return cases;
    }

    private void costLines(Initiative i, String part, String kind, List<CostLine> lines, String taken) {
        for (CostLine line : lines) {
            String base = "initiatives." + i.id() + "." + kind + "." + line.id() + ".";
            // A fixed cost counts only while the initiative is included; a per-case one follows its cases.
            String quantity = names.name(base + "quantity") + (line.basis() == CostLine.Basis.PER_CASE
                    ? "*" + taken : "*" + names.name("initiatives." + i.id() + ".enabled"));
            w.text(r, 0, i.name(), null);
            w.text(r, PART, part, null);
            w.text(r, 2, line.label().isBlank() ? line.id() : line.label(), null);
            w.text(r, 3, model.agency(line.agencyId()).orElseThrow().name(), null);
            w.formula(r, 4, quantity, w.styles.count);
            w.formula(r, 5, names.name(base + "unitCost"), w.styles.unitMoney);
            w.formula(r, AMOUNT, SheetWriter.local(r, 4) + "*" + SheetWriter.local(r, 5), w.styles.money);
            w.text(r, AGENCY_ID, line.agencyId(), w.styles.note);
            r++;
        }
    }

    private String rate(TargetGroup g, Transition t) {
        String own = "targetGroups." + g.id() + ".rates." + t.id();
        return names.has(own) ? names.name(own) : names.name("transitions." + t.id() + ".rate");
    }

    private String unitCost(TargetGroup g, String stage) {
        String own = "targetGroups." + g.id() + ".unitCosts." + stage;
        return names.has(own) ? names.name(own) : names.name("stages." + stage + ".unitCost");
    }

    private String stageName(String id) {
        return model.stage(id).map(Stage::name).orElse(id);
    }

    private Set<String> reachableFrom(String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (seen.add(s)) {
                outgoing.getOrDefault(s, List.of()).forEach(t -> todo.add(t.to()));
            }
        }
        return seen;
    }

    private List<String> topologicalOrder() {
        Map<String, Integer> in = new HashMap<>();
        model.stages().forEach(s -> in.put(s.id(), 0));
        model.transitions().forEach(t -> in.merge(t.to(), 1, Integer::sum));
        Deque<String> ready = new ArrayDeque<>();
        model.stages().stream().map(Stage::id).filter(s -> in.get(s) == 0).forEach(ready::add);
        List<String> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String s = ready.poll();
            out.add(s);
            for (Transition t : outgoing.getOrDefault(s, List.of())) {
                if (in.merge(t.to(), -1, Integer::sum) == 0) {
                    ready.add(t.to());
                }
            }
        }
        return out;
    }
}
