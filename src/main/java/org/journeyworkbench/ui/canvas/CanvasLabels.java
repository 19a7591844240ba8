package org.journeyworkbench.ui.canvas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.TargetGroupResult;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.ui.Figures;

/**
 * What the diagram's boxes and arrows say, for the option a result is of and the target group in view: its
 * unit costs, rates, cases, take-up, and "Switched off" for an initiative it leaves out. Plain Java, tested
 * without JavaFX; the renderer and the picture writer only put these texts on their shapes.
 *
 * @param stages      by stage id
 * @param groups      by target group id
 * @param initiatives by initiative id
 * @param arrows      by transition id: the rate followed, a line break, the cases carried
 * @param arrowTips   by transition id: the rate of each group, when the groups in view follow different ones
 */
public record CanvasLabels(Map<String, BoxText> stages, Map<String, BoxText> groups, Map<String, BoxText> initiatives,
                           Map<String, String> arrows, Map<String, String> arrowTips) {
    /** What an arrow says instead of a rate when the groups in view follow different rates. */
    public static final String VARIES = "varies by group";

    /** A box's three lines. */
    public record BoxText(String heading, String second, String third) {
    }

    /**
     * The model as the named option sees it: the base case itself, or a scenario's overrides and switches
     * applied. The model unchanged if it has no such scenario (or its overrides cannot be applied).
     */
    public static JourneyModel shown(JourneyModel model, String scenarioName) {
        if (ScenarioEdits.isBase(scenarioName)) {
            return model;
        }
        try {
            Scenario s = ScenarioEdits.scenario(model, scenarioName);
            return Inputs.apply(model, s);
        } catch (ModelException e) {
            return model;
        }
    }

    /**
     * Every label, for {@code result}'s option and all target groups.
     *
     * @param model the model (the base case); the result's scenario is applied to it here
     */
    public static CanvasLabels of(JourneyModel model, Result result) {
        return ofShown(shown(model, result.scenario()), result, null);
    }

    /** Every label, from a model with the option already applied ({@link #shown}), for one group or all (null). */
    static CanvasLabels ofShown(JourneyModel m, Result result, String group) {
        Map<String, String> agencyNames = new HashMap<>();
        m.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        Flows flows = group == null ? Flows.all(result) : Flows.of(m, result, group);
        Map<String, BoxText> stages = new LinkedHashMap<>();
        for (Stage s : m.stages()) {
            double was = flows.before.getOrDefault(s.id(), 0.0);
            double now = flows.after.getOrDefault(s.id(), 0.0);
            stages.put(s.id(), new BoxText(s.name(), Money.formatUnit(s.unitCost()) + " a case · "
                    + agencyNames.get(s.agencyId()), beforeAfter(was, now) + " cases a year"));
        }
        Map<String, BoxText> groups = new LinkedHashMap<>();
        for (TargetGroup g : m.targetGroups()) {
            groups.put(g.id(), new BoxText(g.name(), g.referrer().isBlank() ? "Target group"
                    : "Referred by " + g.referrer(), Figures.cases(g.cases()) + " cases a year"));
        }
        Map<String, BoxText> initiatives = new LinkedHashMap<>();
        for (Initiative i : m.initiatives()) {
            InitiativeResult ir = result.initiatives().stream().filter(x -> x.initiativeId().equals(i.id()))
                    .findFirst().orElse(null);
            initiatives.put(i.id(), new BoxText(i.name(), takeUpText(i, ir), impactText(i, ir)));
        }
        Map<String, String> arrows = new LinkedHashMap<>();
        Map<String, String> tips = new LinkedHashMap<>();
        for (Transition t : m.transitions()) {
            double was = flows.before.getOrDefault("t:" + t.id(), 0.0);
            double now = flows.after.getOrDefault("t:" + t.id(), 0.0);
            Map<String, Double> rates = ratesInView(m, result, t, group);
            String rate;
            if (rates.isEmpty()) {
                rate = Percent.format(group == null ? t.rate() : m.targetGroup(group).map(g -> g.rates()
                        .getOrDefault(t.id(), t.rate())).orElse(t.rate()));
            } else if (rates.values().stream().distinct().count() == 1) {
                rate = Percent.format(rates.values().iterator().next());
            } else {
                rate = VARIES;
                StringBuilder tip = new StringBuilder("The groups follow different rates here:");
                rates.forEach((name, r) -> tip.append("\n").append(name).append(": ").append(Percent.format(r)));
                tips.put(t.id(), tip.toString());
            }
            arrows.put(t.id(), rate + "\n" + beforeAfter(was, now) + " cases");
        }
        return new CanvasLabels(stages, groups, initiatives, arrows, tips);
    }

    /** "56", or "56 → 0" when the initiatives change it. */
    private static String beforeAfter(double was, double now) {
        return Figures.cases(was) + (Math.abs(was - now) > 1e-9 ? " → " + Figures.cases(now) : "");
    }

    /** "Takes 100 (50%) cases off a year", "Works with 50 cases a year", or "Switched off". */
    static String takeUpText(Initiative i, InitiativeResult ir) {
        if (!i.enabled() || ir == null || !ir.enabled()) {
            return "Switched off";
        }
        String share = i.takeUp().basis() == TakeUp.Basis.SHARE ? " (" + Percent.format(i.takeUp().value()) + ")"
                : "";
        return (i.interventionStage() == null ? "Works with " : "Takes ") + Figures.cases(ir.casesTakenOn())
                + share + (i.interventionStage() == null ? " cases a year" : " cases off a year");
    }

    /** "Saves £49,694 · costs £0", or nothing for an initiative switched off. */
    static String impactText(Initiative i, InitiativeResult ir) {
        if (!i.enabled() || ir == null || !ir.enabled()) {
            return "";
        }
        return "Saves " + Money.format(ir.annualSaving()) + " · costs " + Money.format(ir.annualCost());
    }

    /**
     * The rate each group in view follows on this arrow, by group name: only groups whose cases reach its
     * start (a rate no case follows says nothing). Empty when none reaches it.
     */
    static Map<String, Double> ratesInView(JourneyModel m, Result r, Transition t, String group) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<TargetGroupResult> results = r.targetGroups();
        for (int k = 0; k < m.targetGroups().size(); k++) {
            TargetGroup g = m.targetGroups().get(k);
            if (group != null && !group.equals(g.id())) {
                continue;
            }
            // The results are in the model's order: looked up by place, not searched (groups × groups).
            TargetGroupResult x = k < results.size() && results.get(k).targetGroupId().equals(g.id()) ? results.get(k)
                    : results.stream().filter(y -> y.targetGroupId().equals(g.id())).findFirst().orElse(null);
            Double reaching = x == null ? null : x.casesAtStage().get(t.from());
            if (reaching != null && reaching > 0) {
                out.put(g.name(), g.rates().getOrDefault(t.id(), t.rate()));
            }
        }
        return out;
    }

    /** Cases at each stage (and on each arrow, keyed "t:ID") without the initiatives and with them. */
    private record Flows(Map<String, Double> before, Map<String, Double> after) {
        static Flows all(Result r) {
            Map<String, Double> before = new HashMap<>();
            for (TargetGroupResult g : r.targetGroups()) {
                g.casesAtStage().forEach((k, v) -> before.merge(k, v, Double::sum));
                g.casesOnTransition().forEach((k, v) -> before.merge("t:" + k, v, Double::sum));
            }
            Map<String, Double> after = new HashMap<>(r.casesAtStage());
            r.casesOnTransition().forEach((k, v) -> after.put("t:" + k, v));
            return new Flows(before, after);
        }

        /**
         * One group's cases. The engine reports cases after the initiatives for all groups together, so a
         * group's are its own journey less what its initiatives take off (and plus what they send down an
         * alternative route); an arrow carries its share of what reaches its end.
         */
        static Flows of(JourneyModel m, Result r, String group) {
            Map<String, Double> before = new HashMap<>();
            TargetGroupResult gr = r.targetGroups().stream().filter(x -> x.targetGroupId().equals(group))
                    .findFirst().orElse(null);
            if (gr == null) {
                return new Flows(before, new HashMap<>());
            }
            gr.casesAtStage().forEach(before::put);
            Map<String, Double> after = new HashMap<>(before);
            for (Initiative i : m.initiatives()) {
                InitiativeResult ir = r.initiatives().stream().filter(x -> x.initiativeId().equals(i.id()))
                        .findFirst().orElse(null);
                if (!i.targetGroupId().equals(group) || ir == null || !ir.enabled()) {
                    continue;
                }
                ir.casesAvoidedAtStage().forEach((k, v) -> after.merge(k, -v, Double::sum));
                i.alternativeRoute().forEach(s -> after.merge(s, ir.casesTakenOn(), Double::sum));
            }
            for (Transition t : m.transitions()) {
                double was = gr.casesOnTransition().getOrDefault(t.id(), 0.0);
                before.put("t:" + t.id(), was);
                double reachedBefore = gr.casesAtStage().getOrDefault(t.to(), 0.0);
                double share = reachedBefore > 0 ? was / reachedBefore : 0;
                after.put("t:" + t.id(), Math.max(0, after.getOrDefault(t.to(), 0.0)) * share);
            }
            after.replaceAll((k, v) -> Math.max(0, v));
            return new Flows(before, after);
        }
    }
}
