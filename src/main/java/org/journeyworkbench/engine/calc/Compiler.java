package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journeyworkbench.engine.Formula;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.PriceBase;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.Measure;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;

/**
 * Compiles a model into its calculation: the first year (the Level 2 chain of every target group and
 * initiative, subtotals, the Cost/Benefit Summary, the Level 1 terms and formula) here, the years after
 * it in {@link AppraisalCompiler}. This class is the one description of the rules; see docs/decisions/engine.md.
 */
final class Compiler {
    static final String STANDARD = "Standard journey";
    static final String TAKE_UP = "Cases taken on";

    private final JourneyModel m;
    private final JourneyGraph graph;
    private final InputSlots slots;
    private final Builder b = new Builder();
    private final Layout layout;
    private final Reach reach;
    private final PriceBase prices;

    Compiler(JourneyModel model, JourneyGraph graph, List<Scenario> scenarios, Deflator deflator) {
        this.m = model;
        this.graph = graph;
        this.slots = slots(model, scenarios);
        layout = new Layout(model, graph);
        reach = new Reach(graph);
        prices = PriceBase.of(model, deflator);
    }

    /** Every input of the model, then any a scenario sets that the base case leaves to a default. */
    private static InputSlots slots(JourneyModel m, List<Scenario> scenarios) {
        InputSlots s = new InputSlots();
        List<Input> inputs = Inputs.list(m);
        for (Input in : inputs) {
            s.add(in, -1);
        }
        // Followers: an initiative without its own optimism bias, and profile years past the listed ones.
        for (Initiative i : m.initiatives()) {
            if (i.optimismBias() == null) {
                for (boolean costs : new boolean[] {true, false}) {
                    int own = s.find(InputAddress.initiativeOptimismBias(i.id(), costs));
                    s.setFollows(own, s.find(InputAddress.appraisalOptimismBias(costs)));
                }
            }
        }
        int horizon = horizon(m, scenarios);
        for (Initiative i : m.initiatives()) {
            for (Profile.Kind kind : Profile.Kind.values()) {
                profileSlots(s, m, i, kind, horizon, scenarios);
            }
        }
        for (Scenario sc : scenarios) {
            for (String address : sc.overrides().keySet()) {
                if (s.find(address) < 0) {
                    extraSlot(s, m, address);
                }
            }
        }
        return s;
    }

    private static void profileSlots(InputSlots s, JourneyModel m, Initiative i, Profile.Kind kind, int horizon,
                                     List<Scenario> scenarios) {
        int years = horizon;
        for (Scenario sc : scenarios) {
            for (String address : sc.overrides().keySet()) {
                InputAddress a = parseOrNull(address);
                if (a != null && kind == a.profileKind() && a.id().equals(i.id())) {
                    years = Math.max(years, a.index() + 1);
                }
            }
        }
        int listed = i.profile().list(kind).size();
        int previous = -1;
        for (int y = 0; y < years; y++) {
            InputAddress a = InputAddress.profile(i.id(), kind, y);
            int slot = s.find(a);
            if (slot < 0) {
                slot = s.add(new Input(a, "Initiative: " + i.name(), kind.label() + " profile, "
                        + Inputs.yearLabel(m.appraisal(), y), InputKind.MULTIPLIER, i.profile().value(kind, y)), -1);
            }
            // Past the listed years, each year follows the one before, so a list continues with its last value
            // however a scenario (or a workbook cell) lengthens it. Set-up continues with 0 instead.
            if (y >= listed && kind != Profile.Kind.SET_UP_COSTS) {
                s.setFollows(slot, previous);
            }
            previous = slot;
        }
    }

    /** A group rate or unit cost that only a scenario sets: follows the journey's own until set. */
    private static void extraSlot(InputSlots s, JourneyModel m, String address) {
        InputAddress a = parseOrNull(address);
        if (a == null) {
            return;
        }
        if (a.target() == InputAddress.Target.GROUP_RATE && m.targetGroup(a.id()).isPresent()
                && m.transition(a.key()).isPresent()) {
            int parent = s.find(InputAddress.transitionRate(a.key()));
            String group = "Target group: " + m.targetGroup(a.id()).get().name();
            s.add(new Input(a, group, Inputs.transitionLabel(m, m.transition(a.key()).get()), InputKind.RATE,
                    m.transition(a.key()).get().rate()), parent);
        } else if (a.target() == InputAddress.Target.GROUP_UNIT_COST && m.targetGroup(a.id()).isPresent()
                && m.stage(a.key()).isPresent()) {
            int parent = s.find(InputAddress.stageUnitCost(a.key()));
            String group = "Target group: " + m.targetGroup(a.id()).get().name();
            s.add(new Input(a, group, m.stage(a.key()).get().name() + " unit cost", InputKind.MONEY,
                    m.stage(a.key()).get().unitCost()), parent);
        }
    }

    private static InputAddress parseOrNull(String address) {
        try {
            return InputAddress.parse(address);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The most years any scenario appraises over: the workbook has a column for each. */
    static int horizon(JourneyModel m, List<Scenario> scenarios) {
        int h = m.appraisal().years();
        String years = InputAddress.years().toString();
        for (Scenario s : scenarios) {
            Double v = s.overrides().get(years);
            if (v != null && v == Math.rint(v) && v >= 1 && v <= org.journeyworkbench.model.Appraisal.MAX_YEARS) {
                h = Math.max(h, v.intValue());
            }
        }
        return h;
    }

    Calculation compile(List<Scenario> scenarios) {
        rateAndCostSlots();
        prices();
        for (int g = 0; g < m.targetGroups().size(); g++) {
            group(g);
        }
        for (int i = 0; i < m.initiatives().size(); i++) {
            initiative(i);
        }
        measures();
        summary();
        level1();
        int firstYearCells = b.cells.size();
        new AppraisalCompiler(m, slots, b, layout, horizon(m, scenarios)).compile();
        Program program = new Program(b.lines, b.cells, firstYearCells);
        return new Calculation(m, graph, slots, program, layout, prices.deflator());
    }

    // ---- one price base ----

    /**
     * Each cost priced in a year other than the price base is restated in the base's prices: a factor
     * {@code index(base) / index(priceYear)} over the deflator table, and the cost times it, which every line
     * using the cost refers to. Costs in the base's prices, or that cannot be uprated, are used as entered.
     */
    private void prices() {
        layout.upratedCell = new int[slots.size()];
        Arrays.fill(layout.upratedCell, -1);
        for (int s = 0; s < slots.size(); s++) {
            Input in = slots.input(s);
            if (in.kind() != InputKind.MONEY || !Inputs.hasPriceYear(in.at())) {
                continue;
            }
            PriceYear year = Inputs.source(m, in.at()).year();
            if (!prices.uprates(year)) {
                continue;
            }
            int factor = b.cell(new Expr.Div(new Expr.PriceIndex(prices.year(), prices.deflator().index(prices.year())),
                    new Expr.PriceIndex(year, prices.deflator().index(year))));
            int value = b.cell(Expr.mul(Expr.in(s), Expr.ref(factor)));
            b.lines.add(new Line(Line.Block.PRICES, "Price base " + prices.year().label(), in.address(),
                    in.label() + " (" + year.label() + " prices)", -1, Line.Unit.FACTOR, new int[] {factor, value}));
            layout.upratedCell[s] = value;
        }
    }

    /** A cost as the calculation uses it: in the price base's prices. */
    private Expr cost(int slot) {
        int cell = slot < layout.upratedCell.length ? layout.upratedCell[slot] : -1;
        return cell >= 0 ? Expr.ref(cell) : Expr.in(slot);
    }

    // ---- target groups: the standard journey ----

    /** The journey's rate and unit cost slots, and the few a target group has of its own. */
    private void rateAndCostSlots() {
        for (int t = 0; t < graph.transitionIds.length; t++) {
            layout.defaultRateSlot[t] = slots.find(InputAddress.transitionRate(graph.transitionIds[t]));
        }
        for (int s = 0; s < graph.stageCount; s++) {
            layout.defaultCostSlot[s] = slots.find(InputAddress.stageUnitCost(graph.stageIds[s]));
        }
        for (int slot = 0; slot < slots.size(); slot++) {
            InputAddress a = slots.input(slot).at();
            if (a.target() == InputAddress.Target.GROUP_RATE) {
                Integer t = graph.transitionIndex.get(a.key());
                if (t != null) {
                    layout.ownRateSlot.put((long) layout.groupIndex(a.id()) * graph.transitionIds.length + t, slot);
                }
            } else if (a.target() == InputAddress.Target.GROUP_UNIT_COST) {
                Integer st = graph.stageIndex.get(a.key());
                if (st != null) {
                    layout.ownCostSlot.put((long) layout.groupIndex(a.id()) * graph.stageCount + st, slot);
                }
            }
        }
    }

    private void group(int g) {
        TargetGroup group = m.targetGroups().get(g);
        int entry = graph.stage(group.entryStage());
        layout.standardCases[g] = flow(g, group.name(), STANDARD, entry,
                Expr.in(slots.find(InputAddress.groupCases(group.id()))), null);
    }

    /**
     * Lines for {@code start} and every stage its cases go on to, in journey order: the start holds
     * {@code startCases}, every other stage the sum over its arrows of the cases before times the rate.
     * Touches only the stages the cases reach.
     *
     * @param amounts where to add each line's amount cell by agency, or null
     * @return each reached stage's cases cell
     */
    private Layout.StageCells flow(int g, String owner, String part, int start, Expr startCases,
                                   List<List<Expr>> amounts) {
        int[] reached = reach.from(start);
        int[] cells = new int[reached.length];
        for (int k = 0; k < reached.length; k++) {
            int s = reached[k];
            Expr casesExpr;
            if (s == start) {
                casesExpr = startCases;
            } else {
                List<Expr> in = new ArrayList<>();
                for (int t : graph.incoming[s]) {
                    int before = reach.cell(graph.transitionFrom[t]);
                    if (before >= 0) {
                        in.add(Expr.mul(Expr.ref(before), Expr.in(layout.rateSlot(g, t))));
                    }
                }
                casesExpr = b.sum(in, owner, graph.stageNames[s] + " cases");
            }
            int c = b.cell(casesExpr);
            int unit = b.cell(cost(layout.costSlot(g, s)));
            int amount = b.cell(Expr.mul(Expr.ref(c), Expr.ref(unit)));
            b.line(Line.Block.JOURNEY, owner, part, graph.stageNames[s], graph.stageAgency[s], c, unit, amount);
            cells[k] = c;
            reach.setCell(s, c);
            if (amounts != null) {
                amounts.get(graph.stageAgency[s]).add(Expr.ref(amount));
            }
        }
        reach.clear(reached);
        return new Layout.StageCells(reached, cells);
    }

    // ---- initiatives ----

    private void initiative(int k) {
        Initiative i = m.initiatives().get(k);
        int g = layout.groupIndex(i.targetGroupId());
        TargetGroup group = m.targetGroups().get(g);
        String owner = i.name();
        int takeUp = slots.find(InputAddress.takeUp(i.id()));
        int enabled = slots.find(InputAddress.enabled(i.id()));
        int stage = i.interventionStage() == null ? -1 : graph.stage(i.interventionStage());
        Expr reaching;
        if (stage < 0) {
            reaching = Expr.in(slots.find(InputAddress.groupCases(group.id())));
        } else {
            int c = layout.standardCases[g].cellAt(stage);
            reaching = c >= 0 ? Expr.ref(c) : Expr.ZERO;
        }
        layout.reaching[k] = reaching;
        Expr takenExpr = i.takeUp().basis() == TakeUp.Basis.COUNT ? Expr.mul(Expr.in(takeUp), Expr.in(enabled))
                : Expr.mul(Expr.in(takeUp), reaching, Expr.in(enabled));
        int taken = b.cell(takenExpr);
        b.line(Line.Block.JOURNEY, owner, TAKE_UP, stage < 0 ? "(works with the group's cases)"
                : "at " + graph.stageNames[stage], -1, taken, -1, -1);
        layout.taken[k] = taken;

        List<List<List<Expr>>> parts = new ArrayList<>();
        for (int c = 0; c < Component.values().length; c++) {
            parts.add(perAgency());
        }
        if (stage >= 0) {
            layout.avoidedCases[k] = flow(g, owner, Component.AVOIDED.label(), stage, Expr.ref(taken),
                    parts.get(Component.AVOIDED.ordinal()));
        }
        if (i.reoffending() != null) {
            Expr start = Expr.mul(Expr.ref(taken), Expr.in(slots.find(InputAddress.reoffendingRepeats(i.id()))),
                    Expr.in(slots.find(InputAddress.reoffendingReduction(i.id()))));
            flow(g, owner, Component.REOFFENDING.label(), graph.stage(i.reoffending().repeatFromStage()), start,
                    parts.get(Component.REOFFENDING.ordinal()));
        }
        for (String s : i.alternativeRoute()) {
            flow(g, owner, Component.ALTERNATIVE.label(), graph.stage(s), Expr.ref(taken),
                    parts.get(Component.ALTERNATIVE.ordinal()));
        }
        costLines(i, true, taken, enabled, parts);
        costLines(i, false, taken, enabled, parts);
        for (Component c : Component.values()) {
            List<List<Expr>> byAgency = parts.get(c.ordinal());
            for (int a = 0; a < graph.agencyCount; a++) {
                if (!byAgency.get(a).isEmpty()) {
                    int cell = b.cell(b.sum(byAgency.get(a), owner, c.label()));
                    b.line(Line.Block.SUBTOTAL, owner, c.label(), "Subtotal", a, -1, -1, cell);
                    layout.component[k][c.ordinal()][a] = cell;
                }
            }
        }
    }

    private void costLines(Initiative i, boolean running, int taken, int enabled, List<List<List<Expr>>> parts) {
        for (CostLine line : running ? i.runningCosts() : i.setUpCosts()) {
            int qtySlot = slots.find(InputAddress.costLine(i.id(), running, line.id(), true));
            int unitSlot = slots.find(InputAddress.costLine(i.id(), running, line.id(), false));
            boolean perCase = line.basis() == CostLine.Basis.PER_CASE;
            // A fixed cost counts only while the initiative is included; a per-case one follows its cases.
            int qty = b.cell(Expr.mul(Expr.in(qtySlot), perCase ? Expr.ref(taken) : Expr.in(enabled)));
            int unit = b.cell(cost(unitSlot));
            int amount = b.cell(Expr.mul(Expr.ref(qty), Expr.ref(unit)));
            int agency = graph.agencyIndex.get(line.agencyId());
            Component c = !running ? Component.SET_UP : perCase ? Component.RUNNING_PER_CASE : Component.RUNNING_FIXED;
            b.line(Line.Block.JOURNEY, i.name(), running ? "Running cost" : "Set-up cost",
                    line.label().isBlank() ? line.id() : line.label(), agency, qty, unit, amount);
            parts.get(c.ordinal()).get(agency).add(Expr.ref(amount));
        }
    }

    private List<List<Expr>> perAgency() {
        List<List<Expr>> out = new ArrayList<>();
        for (int a = 0; a < graph.agencyCount; a++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    // ---- totals: measures by agency, the summary, Level 1 ----

    private void measures() {
        for (Measure measure : Layout.SUMMED) {
            for (int a = 0; a < graph.agencyCount; a++) {
                List<Expr> terms = new ArrayList<>();
                for (int k = 0; k < m.initiatives().size(); k++) {
                    for (Component c : Component.values()) {
                        int cell = layout.component[k][c.ordinal()][a];
                        if (c.measure() == measure && cell >= 0) {
                            terms.add(Expr.ref(cell));
                        }
                    }
                }
                String label = switch (measure) {
                    case AVOIDED_JOURNEY_COSTS -> "Avoided journeys";
                    case REDUCED_REOFFENDING -> "Reduced reoffending";
                    case RUNNING_COSTS -> "Running costs";
                    case SET_UP_COSTS -> "Set-up costs";
                    case CONSTANT -> "Constant";
                };
                int cell = b.cell(b.sum(terms, "All initiatives", label));
                b.line(Line.Block.SUBTOTAL, "All initiatives", label, "Total", a, -1, -1, cell);
                layout.measure[measure.ordinal()][a] = cell;
            }
        }
    }

    private void summary() {
        int agencies = graph.agencyCount;
        List<List<Expr>> columns = new ArrayList<>();
        for (int col = 0; col < 5; col++) {
            columns.add(new ArrayList<>());
        }
        for (int a = 0; a < agencies; a++) {
            int[] row = summaryRow(Expr.add(ref(Measure.AVOIDED_JOURNEY_COSTS, a), ref(Measure.REDUCED_REOFFENDING, a)),
                    ref(Measure.RUNNING_COSTS, a), ref(Measure.SET_UP_COSTS, a));
            b.line(Line.Block.SUMMARY, m.agencies().get(a).name(), "", "", a, row);
            layout.summary[a] = row;
            for (int col = 0; col < 5; col++) {
                columns.get(col).add(Expr.ref(row[col]));
            }
        }
        int[] total = new int[5];
        for (int col = 0; col < 5; col++) {
            total[col] = b.cell(b.sum(columns.get(col), "Total", "Summary column " + (col + 1)));
        }
        b.line(Line.Block.SUMMARY, "Total", "", "", -1, total);
        layout.summaryTotal = total;
    }

    /** Annual saving, annual cost (negative), annual impact, set-up costs (negative), year 1 impact. */
    private int[] summaryRow(Expr saving, Expr cost, Expr setUp) {
        int s = b.cell(saving);
        int c = b.cell(new Expr.Neg(cost));
        int impact = b.cell(Expr.add(Expr.ref(s), Expr.ref(c)));
        int u = b.cell(new Expr.Neg(setUp));
        int year1 = b.cell(Expr.add(Expr.ref(impact), Expr.ref(u)));
        return new int[] {s, c, impact, u, year1};
    }

    private Expr ref(Measure measure, int agency) {
        return Expr.ref(layout.measure[measure.ordinal()][agency]);
    }

    private void level1() {
        List<Level1Term> terms = m.level1().terms();
        java.util.Map<String, Expr> byName = new java.util.HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            Level1Term term = terms.get(t);
            Expr e;
            if (term.measure() == Measure.CONSTANT) {
                e = Expr.in(slots.find(InputAddress.termValue(term.name())));
            } else {
                List<Expr> parts = new ArrayList<>();
                for (int a = 0; a < graph.agencyCount; a++) {
                    parts.add(ref(term.measure(), a));
                }
                e = b.sum(parts, term.name(), term.label());
            }
            int cell = b.cell(e);
            b.line(Line.Block.TERM, term.name(), "", term.label(), -1, cell);
            layout.term[t] = cell;
            byName.put(term.name(), Expr.ref(cell));
        }
        Formula formula = Formula.parse(m.level1().formula())
                .requireKnownTerms(terms.stream().map(Level1Term::name).toList());
        int net = b.cell(formula.toExpr(byName::get));
        b.line(Line.Block.TERM, "Net system saving", "", m.level1().formula(), -1, net);
        layout.net = net;
    }
}
