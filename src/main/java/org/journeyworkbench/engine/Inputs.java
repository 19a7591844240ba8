package org.journeyworkbench.engine;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.Measure;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Reoffending;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * Every number of a model that can be changed, by address. Scenario overrides, the command line's
 * {@code --set}, the assumptions panel and the Excel Assumptions sheet all use these addresses:
 * <pre>
 * stages.ID.unitCost                 transitions.ID.rate
 * targetGroups.ID.cases              targetGroups.ID.rates.TRANSITION    targetGroups.ID.unitCosts.STAGE
 * initiatives.ID.takeUp              initiatives.ID.enabled (1 on, 0 off)
 * initiatives.ID.reoffending.reduction        initiatives.ID.reoffending.repeatJourneysPerCase
 * initiatives.ID.runningCosts.LINE.unitCost   initiatives.ID.runningCosts.LINE.quantity
 * initiatives.ID.setUpCosts.LINE.unitCost     initiatives.ID.setUpCosts.LINE.quantity
 * level1.terms.NAME.value            (constant terms only)
 * </pre>
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

    /** Every input of the model in the order a user reads the model: journey, groups, initiatives. */
    public static List<Input> list(JourneyModel model) {
        List<Input> out = new ArrayList<>();
        for (Stage s : model.stages()) {
            out.add(new Input("stages." + s.id() + ".unitCost", "Unit costs",
                    s.name() + " unit cost", InputKind.MONEY, s.unitCost()));
        }
        for (Transition t : model.transitions()) {
            out.add(new Input("transitions." + t.id() + ".rate", "Conversion rates",
                    transitionLabel(model, t), InputKind.RATE, t.rate()));
        }
        for (TargetGroup g : model.targetGroups()) {
            String group = "Target group: " + g.name();
            out.add(new Input("targetGroups." + g.id() + ".cases", group, "Cases a year", InputKind.COUNT,
                    g.cases()));
            g.rates().forEach((t, v) -> out.add(new Input("targetGroups." + g.id() + ".rates." + t, group,
                    model.transition(t).map(tr -> transitionLabel(model, tr)).orElse(t), InputKind.RATE, v)));
            g.unitCosts().forEach((s, v) -> out.add(new Input("targetGroups." + g.id() + ".unitCosts." + s, group,
                    model.stage(s).map(Stage::name).orElse(s) + " unit cost", InputKind.MONEY, v)));
        }
        for (Initiative i : model.initiatives()) {
            String group = "Initiative: " + i.name();
            String base = "initiatives." + i.id();
            boolean share = i.takeUp().basis() == TakeUp.Basis.SHARE;
            out.add(new Input(base + ".takeUp", group, share ? "Take-up (share of cases)" : "Take-up (cases a year)",
                    share ? InputKind.RATE : InputKind.COUNT, i.takeUp().value()));
            if (i.reoffending() != null) {
                out.add(new Input(base + ".reoffending.reduction", group, "Reduction in reoffending",
                        InputKind.RATE, i.reoffending().reduction()));
                out.add(new Input(base + ".reoffending.repeatJourneysPerCase", group,
                        "Repeat journeys a case a year", InputKind.COUNT, i.reoffending().repeatJourneysPerCase()));
            }
            costLines(out, group, base + ".runningCosts.", "Running cost", i.runningCosts());
            costLines(out, group, base + ".setUpCosts.", "Set-up cost", i.setUpCosts());
        }
        for (Level1Term term : model.level1().terms()) {
            if (term.measure() == Measure.CONSTANT) {
                out.add(new Input("level1.terms." + term.name() + ".value", "Level 1 terms",
                        term.name() + " " + term.label(), InputKind.MONEY, term.value()));
            }
        }
        return out;
    }

    private static void costLines(List<Input> out, String group, String prefix, String what, List<CostLine> lines) {
        for (CostLine line : lines) {
            String name = line.label().isBlank() ? line.id() : line.label();
            out.add(new Input(prefix + line.id() + ".unitCost", group, what + ": " + name + " (£ each)",
                    InputKind.MONEY, line.unitCost()));
            out.add(new Input(prefix + line.id() + ".quantity", group, what + ": " + name
                    + (line.basis() == CostLine.Basis.PER_CASE ? " (number per case)" : " (number)"),
                    InputKind.COUNT, line.quantity()));
        }
    }

    static String transitionLabel(JourneyModel model, Transition t) {
        if (!t.label().isBlank()) {
            return t.label();
        }
        String from = model.stage(t.from()).map(Stage::name).orElse(t.from());
        String to = model.stage(t.to()).map(Stage::name).orElse(t.to());
        return from + " → " + to;
    }

    /** The current value at an address. */
    public static double get(JourneyModel model, String address) {
        for (Input input : list(model)) {
            if (input.address().equals(address)) {
                return input.value();
            }
        }
        String[] p = address.split("\\.");
        if (p.length == 3 && p[0].equals("initiatives") && p[2].equals("enabled")) {
            return initiative(model, p[1], address).enabled() ? 1 : 0;
        }
        // A group rate or unit cost not overridden yet reads as the journey's default.
        if (p.length == 4 && p[0].equals("targetGroups")) {
            group(model, p[1], address);
            if (p[2].equals("rates")) {
                return transition(model, p[3], address).rate();
            }
            if (p[2].equals("unitCosts")) {
                return stage(model, p[3], address).unitCost();
            }
        }
        set(model, address, 0); // names the missing stage, group or line, if that is the problem
        throw unknown(address);
    }

    /** The model with the number at {@code address} set to {@code value}. */
    public static JourneyModel set(JourneyModel model, String address, double value) {
        String[] p = address == null ? new String[0] : address.split("\\.", -1);
        if (p.length < 3) {
            throw unknown(address);
        }
        try {
            return switch (p[0]) {
                case "stages" -> setStage(model, p, address, value);
                case "transitions" -> setTransition(model, p, address, value);
                case "targetGroups" -> setGroup(model, p, address, value);
                case "initiatives" -> setInitiative(model, p, address, value);
                case "level1" -> setTerm(model, p, address, value);
                default -> throw unknown(address);
            };
        } catch (ModelException e) {
            if (e.field().equals(address)) {
                throw e;
            }
            throw new ModelException(address, e.problem());
        }
    }

    private static JourneyModel setStage(JourneyModel m, String[] p, String address, double v) {
        stage(m, p[1], address);
        if (p.length == 3 && p[2].equals("unitCost")) {
            return m.withStage(p[1], s -> s.withUnitCost(v));
        }
        throw unknown(address);
    }

    private static JourneyModel setTransition(JourneyModel m, String[] p, String address, double v) {
        transition(m, p[1], address);
        if (p.length == 3 && p[2].equals("rate")) {
            return m.withTransition(p[1], t -> t.withRate(v));
        }
        throw unknown(address);
    }

    private static JourneyModel setGroup(JourneyModel m, String[] p, String address, double v) {
        group(m, p[1], address);
        if (p.length == 3 && p[2].equals("cases")) {
            return m.withTargetGroup(p[1], g -> g.withCases(v));
        }
        if (p.length == 4 && p[2].equals("rates")) {
            transition(m, p[3], address);
            return m.withTargetGroup(p[1], g -> g.withRate(p[3], v));
        }
        if (p.length == 4 && p[2].equals("unitCosts")) {
            stage(m, p[3], address);
            return m.withTargetGroup(p[1], g -> g.withUnitCost(p[3], v));
        }
        throw unknown(address);
    }

    private static JourneyModel setInitiative(JourneyModel m, String[] p, String address, double v) {
        Initiative i = initiative(m, p[1], address);
        if (p.length == 3 && p[2].equals("takeUp")) {
            return m.withInitiative(p[1], x -> x.withTakeUp(x.takeUp().withValue(v)));
        }
        if (p.length == 3 && p[2].equals("enabled")) {
            if (v != 0 && v != 1) {
                throw new ModelException(address, "must be 1 (on) or 0 (off)");
            }
            return m.withInitiative(p[1], x -> x.withEnabled(v == 1));
        }
        if (p.length == 4 && p[2].equals("reoffending")) {
            Reoffending r = i.reoffending();
            if (r == null) {
                throw new ModelException(address, "initiative \"" + i.name() + "\" has no reduced reoffending");
            }
            return switch (p[3]) {
                case "reduction" -> m.withInitiative(p[1], x -> x.withReoffending(r.withReduction(v)));
                case "repeatJourneysPerCase" ->
                        m.withInitiative(p[1], x -> x.withReoffending(r.withRepeatJourneysPerCase(v)));
                default -> throw unknown(address);
            };
        }
        if (p.length == 5 && (p[2].equals("runningCosts") || p[2].equals("setUpCosts"))) {
            boolean running = p[2].equals("runningCosts");
            List<CostLine> lines = new ArrayList<>(running ? i.runningCosts() : i.setUpCosts());
            int at = indexOfLine(lines, p[3]);
            if (at < 0) {
                throw new ModelException(address, "initiative \"" + i.name() + "\" has no cost line \"" + p[3] + "\"");
            }
            CostLine line = lines.get(at);
            lines.set(at, switch (p[4]) {
                case "unitCost" -> line.withUnitCost(v);
                case "quantity" -> line.withQuantity(v);
                default -> throw unknown(address);
            });
            return m.withInitiative(p[1], x -> running ? x.withRunningCosts(lines) : x.withSetUpCosts(lines));
        }
        throw unknown(address);
    }

    private static JourneyModel setTerm(JourneyModel m, String[] p, String address, double v) {
        if (p.length != 4 || !p[1].equals("terms") || !p[3].equals("value")) {
            throw unknown(address);
        }
        List<Level1Term> terms = new ArrayList<>(m.level1().terms());
        for (int k = 0; k < terms.size(); k++) {
            Level1Term t = terms.get(k);
            if (t.name().equals(p[2])) {
                if (t.measure() != Measure.CONSTANT) {
                    throw new ModelException(address, "term " + t.name() + " is computed from the journey, "
                            + "so it cannot be set; change its inputs instead");
                }
                terms.set(k, new Level1Term(t.name(), t.label(), t.measure(), v));
                return m.withLevel1(new org.journeyworkbench.model.Level1(terms, m.level1().formula()));
            }
        }
        throw new ModelException(address, "there is no Level 1 term \"" + p[2] + "\"");
    }

    private static int indexOfLine(List<CostLine> lines, String id) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
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

    private static ModelException unknown(String address) {
        return new ModelException(address == null ? "" : address, "is not an input address; addresses look like "
                + "stages.arrest.unitCost or targetGroups.asb.rates.callout-arrest (see docs/model-format.md)");
    }
}
