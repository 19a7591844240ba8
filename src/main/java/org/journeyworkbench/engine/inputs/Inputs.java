package org.journeyworkbench.engine.inputs;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.Measure;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.OptimismBias;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.model.Reoffending;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * Every number of a model that can be changed, by {@link InputAddress}. Scenario overrides, the command
 * line's {@code --set}, the assumptions panel and the Excel Assumptions sheet all use these addresses
 * (listed in docs/model-format.md). Reading and writing one input is a direct lookup, never a list of all.
 */
public final class Inputs {
    private Inputs() {
    }

    /** The model with the scenario's overrides and switches applied; the base case returns it unchanged. */
    public static JourneyModel apply(JourneyModel model, Scenario scenario) {
        if (scenario == null) {
            return model;
        }
        JourneyModel out = model;
        for (var e : scenario.overrides().entrySet()) {
            out = set(out, e.getKey(), e.getValue());
        }
        for (var e : scenario.initiatives().entrySet()) {
            boolean on = e.getValue();
            out = out.withInitiative(e.getKey(), i -> i.withEnabled(on));
        }
        return out;
    }

    /**
     * Every input of the model in the order a user reads the model: journey, groups, initiatives (each with
     * its switch, appraisal settings and profile year by year over the period), Level 1 constants, appraisal.
     */
    public static List<Input> list(JourneyModel model) {
        List<Input> out = new ArrayList<>();
        java.util.Map<String, String> stageNames = new java.util.HashMap<>();
        for (Stage s : model.stages()) {
            stageNames.putIfAbsent(s.id(), s.name());
        }
        java.util.Map<String, Transition> arrows = new java.util.HashMap<>();
        for (Transition t : model.transitions()) {
            arrows.putIfAbsent(t.id(), t);
        }
        for (Stage s : model.stages()) {
            out.add(new Input(InputAddress.stageUnitCost(s.id()), "Unit costs", s.name() + " unit cost",
                    InputKind.MONEY, s.unitCost()));
        }
        for (Transition t : model.transitions()) {
            out.add(new Input(InputAddress.transitionRate(t.id()), "Conversion rates", label(stageNames, t),
                    InputKind.RATE, t.rate()));
        }
        for (TargetGroup g : model.targetGroups()) {
            String group = "Target group: " + g.name();
            out.add(new Input(InputAddress.groupCases(g.id()), group, "Cases a year", InputKind.COUNT, g.cases()));
            g.rates().forEach((t, v) -> out.add(new Input(InputAddress.groupRate(g.id(), t), group,
                    arrows.containsKey(t) ? label(stageNames, arrows.get(t)) : t, InputKind.RATE, v)));
            g.unitCosts().forEach((s, v) -> out.add(new Input(InputAddress.groupUnitCost(g.id(), s), group,
                    stageNames.getOrDefault(s, s) + " unit cost", InputKind.MONEY, v)));
        }
        for (Initiative i : model.initiatives()) {
            initiative(out, model, i);
        }
        for (Level1Term term : model.level1().terms()) {
            if (term.measure() == Measure.CONSTANT) {
                out.add(new Input(InputAddress.termValue(term.name()), "Level 1 terms",
                        term.name() + " " + term.label(), InputKind.MONEY, term.value()));
            }
        }
        appraisal(out, model.appraisal());
        return out;
    }

    private static void initiative(List<Input> out, JourneyModel model, Initiative i) {
        String group = "Initiative: " + i.name();
        String id = i.id();
        out.add(new Input(InputAddress.enabled(id), group, "Included (1 yes, 0 no)", InputKind.SWITCH,
                i.enabled() ? 1 : 0));
        boolean share = i.takeUp().basis() == TakeUp.Basis.SHARE;
        out.add(new Input(InputAddress.takeUp(id), group, share ? "Take-up (share of cases)"
                : "Take-up (cases a year)", share ? InputKind.RATE : InputKind.COUNT, i.takeUp().value()));
        if (i.reoffending() != null) {
            out.add(new Input(InputAddress.reoffendingReduction(id), group, "Reduction in reoffending",
                    InputKind.RATE, i.reoffending().reduction()));
            out.add(new Input(InputAddress.reoffendingRepeats(id), group, "Repeat journeys a case a year",
                    InputKind.COUNT, i.reoffending().repeatJourneysPerCase()));
        }
        costLines(out, group, i, true);
        costLines(out, group, i, false);
        out.add(new Input(InputAddress.deadweight(id), group, "Deadweight (share of benefits that would happen "
                + "anyway)", InputKind.RATE, i.deadweight()));
        OptimismBias ob = i.optimismBias(model.appraisal());
        String own = i.optimismBias() == null ? " (the model's)" : "";
        out.add(new Input(InputAddress.initiativeOptimismBias(id, true), group, "Optimism bias on costs" + own,
                InputKind.MULTIPLIER, ob.costs()));
        out.add(new Input(InputAddress.initiativeOptimismBias(id, false), group, "Optimism bias on benefits" + own,
                InputKind.RATE, ob.benefits()));
        for (Profile.Kind kind : Profile.Kind.values()) {
            for (int y = 0; y < model.appraisal().years(); y++) {
                out.add(new Input(InputAddress.profile(id, kind, y), group, kind.label() + " profile, "
                        + yearLabel(model.appraisal(), y), InputKind.MULTIPLIER, i.profile().value(kind, y)));
            }
        }
    }

    private static void appraisal(List<Input> out, Appraisal a) {
        String group = "Appraisal";
        out.add(new Input(InputAddress.years(), group, "Appraisal period (years)", InputKind.YEARS, a.years()));
        for (int b = 0; b < a.discountRates().size(); b++) {
            int from = a.discountRates().get(b).fromYear();
            out.add(new Input(InputAddress.discountRate(b), group, "Discount rate from year " + from,
                    InputKind.RATE, a.discountRates().get(b).rate()));
        }
        out.add(new Input(InputAddress.appraisalOptimismBias(true), group, "Optimism bias on costs",
                InputKind.MULTIPLIER, a.optimismBias().costs()));
        out.add(new Input(InputAddress.appraisalOptimismBias(false), group, "Optimism bias on benefits",
                InputKind.RATE, a.optimismBias().benefits()));
    }

    /** "year 0 (2013-14)" when the model names its first year, else "year 0". */
    public static String yearLabel(Appraisal a, int year) {
        return "year " + year + (a.firstYear().isBlank() ? "" : " (" + FinancialYears.plus(a.firstYear(), year)
                + ")");
    }

    private static void costLines(List<Input> out, String group, Initiative i, boolean running) {
        String what = running ? "Running cost" : "Set-up cost";
        for (CostLine line : running ? i.runningCosts() : i.setUpCosts()) {
            String name = line.label().isBlank() ? line.id() : line.label();
            out.add(new Input(InputAddress.costLine(i.id(), running, line.id(), false), group,
                    what + ": " + name + " (£ each)", InputKind.MONEY, line.unitCost()));
            out.add(new Input(InputAddress.costLine(i.id(), running, line.id(), true), group, what + ": " + name
                    + (line.basis() == CostLine.Basis.PER_CASE ? " (number per case)" : " (number)"),
                    InputKind.COUNT, line.quantity()));
        }
    }

    /** An arrow's label, or "From → To" from the stages' names. */
    private static String label(java.util.Map<String, String> stageNames, Transition t) {
        if (!t.label().isBlank()) {
            return t.label();
        }
        return stageNames.getOrDefault(t.from(), t.from()) + " → " + stageNames.getOrDefault(t.to(), t.to());
    }

    public static String transitionLabel(JourneyModel model, Transition t) {
        if (!t.label().isBlank()) {
            return t.label();
        }
        String from = model.stage(t.from()).map(Stage::name).orElse(t.from());
        String to = model.stage(t.to()).map(Stage::name).orElse(t.to());
        return from + " → " + to;
    }

    /** The current value at an address. */
    public static double get(JourneyModel model, String address) {
        return get(model, InputAddress.parse(address));
    }

    /** The current value at an address; a group rate or unit cost not overridden reads as the journey's. */
    public static double get(JourneyModel m, InputAddress a) {
        String at = a.toString();
        return switch (a.target()) {
            case STAGE_UNIT_COST -> stage(m, a.id(), at).unitCost();
            case TRANSITION_RATE -> transition(m, a.id(), at).rate();
            case GROUP_CASES -> group(m, a.id(), at).cases();
            case GROUP_RATE -> {
                TargetGroup g = group(m, a.id(), at);
                Double own = g.rates().get(a.key());
                yield own != null ? own : transition(m, a.key(), at).rate();
            }
            case GROUP_UNIT_COST -> {
                TargetGroup g = group(m, a.id(), at);
                Double own = g.unitCosts().get(a.key());
                yield own != null ? own : stage(m, a.key(), at).unitCost();
            }
            case TAKE_UP -> initiative(m, a.id(), at).takeUp().value();
            case ENABLED -> initiative(m, a.id(), at).enabled() ? 1 : 0;
            case REOFFENDING_REDUCTION -> reoffending(m, a, at).reduction();
            case REOFFENDING_REPEATS -> reoffending(m, a, at).repeatJourneysPerCase();
            case RUNNING_UNIT_COST, SET_UP_UNIT_COST -> line(m, a, at).unitCost();
            case RUNNING_QUANTITY, SET_UP_QUANTITY -> line(m, a, at).quantity();
            case DEADWEIGHT -> initiative(m, a.id(), at).deadweight();
            case OPTIMISM_BIAS_COSTS -> initiative(m, a.id(), at).optimismBias(m.appraisal()).costs();
            case OPTIMISM_BIAS_BENEFITS -> initiative(m, a.id(), at).optimismBias(m.appraisal()).benefits();
            case PROFILE_TAKE_UP, PROFILE_RUNNING_COSTS, PROFILE_SET_UP_COSTS ->
                    initiative(m, a.id(), at).profile().value(a.profileKind(), year(a, at));
            case TERM_VALUE -> constantTerm(m, a, at).value();
            case YEARS -> m.appraisal().years();
            case DISCOUNT_RATE -> band(m, a, at);
            case APPRAISAL_OB_COSTS -> m.appraisal().optimismBias().costs();
            case APPRAISAL_OB_BENEFITS -> m.appraisal().optimismBias().benefits();
        };
    }

    /** The model with the number at {@code address} set to {@code value}. */
    public static JourneyModel set(JourneyModel model, String address, double value) {
        return set(model, InputAddress.parse(address), value);
    }

    /**
     * The model with the number at {@code a} set to {@code value}.
     *
     * @throws ModelException naming the address when there is no such input or the value cannot be taken
     */
    public static JourneyModel set(JourneyModel m, InputAddress a, double v) {
        String at = a.toString();
        get(m, a); // names the missing stage, group, line or term first
        try {
            return switch (a.target()) {
                case STAGE_UNIT_COST -> m.withStage(a.id(), s -> s.withUnitCost(v));
                case TRANSITION_RATE -> m.withTransition(a.id(), t -> t.withRate(v));
                case GROUP_CASES -> m.withTargetGroup(a.id(), g -> g.withCases(v));
                case GROUP_RATE -> m.withTargetGroup(a.id(), g -> g.withRate(a.key(), v));
                case GROUP_UNIT_COST -> m.withTargetGroup(a.id(), g -> g.withUnitCost(a.key(), v));
                case TAKE_UP -> m.withInitiative(a.id(), x -> x.withTakeUp(x.takeUp().withValue(v)));
                case ENABLED -> {
                    if (v != 0 && v != 1) {
                        throw new ModelException(at, "must be 1 (on) or 0 (off)");
                    }
                    yield m.withInitiative(a.id(), x -> x.withEnabled(v == 1));
                }
                case REOFFENDING_REDUCTION -> m.withInitiative(a.id(), x -> x.withReoffending(
                        x.reoffending().withReduction(v)));
                case REOFFENDING_REPEATS -> m.withInitiative(a.id(), x -> x.withReoffending(
                        x.reoffending().withRepeatJourneysPerCase(v)));
                case RUNNING_UNIT_COST, RUNNING_QUANTITY, SET_UP_UNIT_COST, SET_UP_QUANTITY -> setLine(m, a, v);
                case DEADWEIGHT -> m.withInitiative(a.id(), x -> x.withDeadweight(v));
                case OPTIMISM_BIAS_COSTS -> m.withInitiative(a.id(), x -> x.withOptimismBias(
                        x.optimismBias(m.appraisal()).withCosts(v)));
                case OPTIMISM_BIAS_BENEFITS -> m.withInitiative(a.id(), x -> x.withOptimismBias(
                        x.optimismBias(m.appraisal()).withBenefits(v)));
                case PROFILE_TAKE_UP, PROFILE_RUNNING_COSTS, PROFILE_SET_UP_COSTS -> m.withInitiative(a.id(),
                        x -> x.withProfile(x.profile().with(a.profileKind(), a.index(), v)));
                case TERM_VALUE -> setTerm(m, a, v);
                case YEARS -> {
                    if (v != Math.rint(v)) {
                        throw new ModelException(at, "the appraisal period is a whole number of years (it is " + v
                                + ")");
                    }
                    yield m.withAppraisal(m.appraisal().withYears((int) Math.max(Integer.MIN_VALUE,
                            Math.min(Integer.MAX_VALUE, v))));
                }
                case DISCOUNT_RATE -> m.withAppraisal(m.appraisal().withDiscountRate(a.index(), v));
                case APPRAISAL_OB_COSTS -> m.withAppraisal(m.appraisal().withOptimismBias(
                        m.appraisal().optimismBias().withCosts(v)));
                case APPRAISAL_OB_BENEFITS -> m.withAppraisal(m.appraisal().withOptimismBias(
                        m.appraisal().optimismBias().withBenefits(v)));
            };
        } catch (ModelException e) {
            if (e.field().equals(at)) {
                throw e;
            }
            throw new ModelException(at, e.problem());
        }
    }

    /** Where the input at an address comes from: see {@link #source(JourneyModel, InputAddress)}. */
    public static Provenance source(JourneyModel model, String address) {
        return source(model, InputAddress.parse(address));
    }

    /**
     * Where the input at {@code a} comes from, so the workbook and the window can cite it: its source and, for
     * money, its price year; {@link Provenance#NONE} when nobody has said, or for inputs that keep no source
     * (the switch, optimism bias, profiles, Level 1 constants, the appraisal's own settings). A stage's unit
     * cost has the stage's source and price year; a cost line's unit cost and quantity share the line's; a
     * group's rate or unit cost that follows the journey's has the journey's (the arrow's or the stage's).
     *
     * @throws ModelException naming the address when there is no such input
     */
    public static Provenance source(JourneyModel m, InputAddress a) {
        String at = a.toString();
        get(m, a); // names the missing stage, group, line or year first
        return switch (a.target()) {
            case STAGE_UNIT_COST -> stage(m, a.id(), at).provenance();
            case TRANSITION_RATE -> transition(m, a.id(), at).source();
            case GROUP_CASES -> group(m, a.id(), at).casesSource();
            case GROUP_RATE -> {
                TargetGroup g = group(m, a.id(), at);
                yield g.rates().containsKey(a.key()) ? g.rateSource(a.key()) : transition(m, a.key(), at).source();
            }
            case GROUP_UNIT_COST -> {
                TargetGroup g = group(m, a.id(), at);
                yield g.unitCosts().containsKey(a.key()) ? g.unitCostSource(a.key())
                        : stage(m, a.key(), at).provenance();
            }
            case TAKE_UP -> initiative(m, a.id(), at).takeUp().source();
            case REOFFENDING_REDUCTION, REOFFENDING_REPEATS -> reoffending(m, a, at).source();
            case RUNNING_UNIT_COST, RUNNING_QUANTITY, SET_UP_UNIT_COST, SET_UP_QUANTITY -> line(m, a, at).source();
            case DEADWEIGHT -> initiative(m, a.id(), at).deadweightSource();
            case ENABLED, OPTIMISM_BIAS_COSTS, OPTIMISM_BIAS_BENEFITS, PROFILE_TAKE_UP, PROFILE_RUNNING_COSTS,
                    PROFILE_SET_UP_COSTS, TERM_VALUE, YEARS, DISCOUNT_RATE, APPRAISAL_OB_COSTS,
                    APPRAISAL_OB_BENEFITS -> Provenance.NONE;
        };
    }

    /** Whether the model keeps a source for the input at {@code a} (so {@link #withSource} can set it). */
    public static boolean hasSource(InputAddress a) {
        return switch (a.target()) {
            case STAGE_UNIT_COST, TRANSITION_RATE, GROUP_CASES, GROUP_RATE, GROUP_UNIT_COST, TAKE_UP,
                    REOFFENDING_REDUCTION, REOFFENDING_REPEATS, RUNNING_UNIT_COST, RUNNING_QUANTITY,
                    SET_UP_UNIT_COST, SET_UP_QUANTITY, DEADWEIGHT -> true;
            default -> false;
        };
    }

    /**
     * Whether the source of the input at {@code a} carries a price year: money, and a cost line's quantity,
     * which shares its line's source.
     */
    public static boolean hasPriceYear(InputAddress a) {
        return switch (a.target()) {
            case STAGE_UNIT_COST, GROUP_UNIT_COST, RUNNING_UNIT_COST, RUNNING_QUANTITY, SET_UP_UNIT_COST,
                    SET_UP_QUANTITY -> true;
            default -> false;
        };
    }

    /**
     * The model with the source of the input at {@code a} set to {@code p} ({@link Provenance#NONE} clears it).
     * It is the base model's, never a scenario override: a scenario changes figures, not where they come from.
     * A cost line's unit cost and quantity share one source, as the reoffending reduction and repeat journeys do.
     *
     * @throws ModelException naming the address when there is no such input, when it keeps no source, when a
     *                        price year is given for something that is not money, or when a group's rate or
     *                        unit cost follows the journey's (give it its own first, or cite the journey's)
     */
    public static JourneyModel withSource(JourneyModel m, InputAddress a, Provenance p) {
        String at = a.toString();
        get(m, a);
        Provenance v = Provenance.orNone(p);
        try {
            return switch (a.target()) {
                case STAGE_UNIT_COST -> m.withStage(a.id(), s -> s.withProvenance(v));
                case TRANSITION_RATE -> m.withTransition(a.id(), t -> t.withSource(v));
                case GROUP_CASES -> m.withTargetGroup(a.id(), g -> g.withCasesSource(v));
                case GROUP_RATE -> m.withTargetGroup(a.id(), g -> g.withRateSource(a.key(), v));
                case GROUP_UNIT_COST -> m.withTargetGroup(a.id(), g -> g.withUnitCostSource(a.key(), v));
                case TAKE_UP -> m.withInitiative(a.id(), x -> x.withTakeUp(x.takeUp().withSource(v)));
                case REOFFENDING_REDUCTION, REOFFENDING_REPEATS -> m.withInitiative(a.id(),
                        x -> x.withReoffending(x.reoffending().withSource(v)));
                case RUNNING_UNIT_COST, RUNNING_QUANTITY, SET_UP_UNIT_COST, SET_UP_QUANTITY -> {
                    boolean running = a.target() == InputAddress.Target.RUNNING_UNIT_COST
                            || a.target() == InputAddress.Target.RUNNING_QUANTITY;
                    Initiative i = m.initiative(a.id()).orElseThrow();
                    List<CostLine> lines = new ArrayList<>(running ? i.runningCosts() : i.setUpCosts());
                    lines.replaceAll(line -> line.id().equals(a.key()) ? line.withSource(v) : line);
                    yield m.withInitiative(a.id(), x -> running ? x.withRunningCosts(lines)
                            : x.withSetUpCosts(lines));
                }
                case DEADWEIGHT -> m.withInitiative(a.id(), x -> x.withDeadweightSource(v));
                default -> throw new ModelException(at, "the model keeps no source for this input");
            };
        } catch (ModelException e) {
            if (e.field().equals(at)) {
                throw e;
            }
            throw new ModelException(at, e.problem());
        }
    }

    private static JourneyModel setLine(JourneyModel m, InputAddress a, double v) {
        boolean running = a.target() == InputAddress.Target.RUNNING_UNIT_COST
                || a.target() == InputAddress.Target.RUNNING_QUANTITY;
        boolean quantity = a.target() == InputAddress.Target.RUNNING_QUANTITY
                || a.target() == InputAddress.Target.SET_UP_QUANTITY;
        Initiative i = m.initiative(a.id()).orElseThrow();
        List<CostLine> lines = new ArrayList<>(running ? i.runningCosts() : i.setUpCosts());
        for (int k = 0; k < lines.size(); k++) {
            CostLine line = lines.get(k);
            if (line.id().equals(a.key())) {
                lines.set(k, quantity ? line.withQuantity(v) : line.withUnitCost(v));
            }
        }
        return m.withInitiative(a.id(), x -> running ? x.withRunningCosts(lines) : x.withSetUpCosts(lines));
    }

    private static JourneyModel setTerm(JourneyModel m, InputAddress a, double v) {
        List<Level1Term> terms = new ArrayList<>(m.level1().terms());
        for (int k = 0; k < terms.size(); k++) {
            Level1Term t = terms.get(k);
            if (t.name().equals(a.id())) {
                terms.set(k, new Level1Term(t.name(), t.label(), t.measure(), v));
            }
        }
        return m.withLevel1(new Level1(terms, m.level1().formula()));
    }

    private static Reoffending reoffending(JourneyModel m, InputAddress a, String at) {
        Initiative i = initiative(m, a.id(), at);
        if (i.reoffending() == null) {
            throw new ModelException(at, "initiative \"" + i.name() + "\" has no reduced reoffending");
        }
        return i.reoffending();
    }

    private static CostLine line(JourneyModel m, InputAddress a, String at) {
        Initiative i = initiative(m, a.id(), at);
        boolean running = a.target() == InputAddress.Target.RUNNING_UNIT_COST
                || a.target() == InputAddress.Target.RUNNING_QUANTITY;
        for (CostLine line : running ? i.runningCosts() : i.setUpCosts()) {
            if (line.id().equals(a.key())) {
                return line;
            }
        }
        throw new ModelException(at, "initiative \"" + i.name() + "\" has no cost line \"" + a.key() + "\"");
    }

    private static Level1Term constantTerm(JourneyModel m, InputAddress a, String at) {
        for (Level1Term t : m.level1().terms()) {
            if (t.name().equals(a.id())) {
                if (t.measure() != Measure.CONSTANT) {
                    throw new ModelException(at, "term " + t.name() + " is computed from the journey, "
                            + "so it cannot be set; change its inputs instead");
                }
                return t;
            }
        }
        throw new ModelException(at, "there is no Level 1 term \"" + a.id() + "\"");
    }

    private static int year(InputAddress a, String at) {
        if (a.index() >= Appraisal.MAX_YEARS) {
            throw new ModelException(at, "there is no appraisal year " + a.index() + "; the longest period is "
                    + Appraisal.MAX_YEARS + " years");
        }
        return a.index();
    }

    private static double band(JourneyModel m, InputAddress a, String at) {
        List<org.journeyworkbench.model.DiscountBand> bands = m.appraisal().discountRates();
        if (a.index() >= bands.size()) {
            throw new ModelException(at, "there is no discount rate band " + a.index() + "; the model has "
                    + bands.size() + " (numbered from 0)");
        }
        return bands.get(a.index()).rate();
    }

    private static Stage stage(JourneyModel m, String id, String address) {
        return m.stage(id).orElseThrow(() -> new ModelException(address, "there is no stage with id \"" + id + "\""));
    }

    private static Transition transition(JourneyModel m, String id, String address) {
        return m.transition(id).orElseThrow(
                () -> new ModelException(address, "there is no transition with id \"" + id + "\""));
    }

    private static TargetGroup group(JourneyModel m, String id, String address) {
        return m.targetGroup(id).orElseThrow(
                () -> new ModelException(address, "there is no target group with id \"" + id + "\""));
    }

    private static Initiative initiative(JourneyModel m, String id, String address) {
        return m.initiative(id).orElseThrow(
                () -> new ModelException(address, "there is no initiative with id \"" + id + "\""));
    }
}
