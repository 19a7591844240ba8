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
 * What the diagram's boxes and arrows say, for the option a result is of: its unit costs, rates, cases,
 * take-up, and "Switched off" for an initiative it leaves out. Plain Java, tested without JavaFX; the
 * renderer only puts these texts on its nodes.
 *
 * @param stages      by stage id
 * @param groups      by target group id
 * @param initiatives by initiative id
 * @param arrows      by transition id: the rate(s) followed, a line break, the cases carried
 */
public record CanvasLabels(Map<String, BoxText> stages, Map<String, BoxText> groups, Map<String, BoxText> initiatives,
                           Map<String, String> arrows) {

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
     * Every label, for {@code result}'s option.
     *
     * @param model the model (the base case); the result's scenario is applied to it here
     */
    public static CanvasLabels of(JourneyModel model, Result result) {
        return ofShown(shown(model, result.scenario()), result);
    }

    /** Every label, from a model with the option already applied ({@link #shown}). */
    static CanvasLabels ofShown(JourneyModel m, Result result) {
        Map<String, String> agencyNames = new HashMap<>();
        m.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        Map<String, Double> before = casesWithoutInitiatives(result);
        Map<String, BoxText> stages = new LinkedHashMap<>();
        for (Stage s : m.stages()) {
            double was = before.getOrDefault(s.id(), 0.0);
            double now = result.casesAtStage().getOrDefault(s.id(), 0.0);
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
        for (Transition t : m.transitions()) {
            double was = before.getOrDefault("t:" + t.id(), 0.0);
            double now = result.casesOnTransition().getOrDefault(t.id(), 0.0);
            arrows.put(t.id(), ratesFollowed(m, result, t) + "\n" + beforeAfter(was, now) + " cases");
        }
        return new CanvasLabels(stages, groups, initiatives, arrows);
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
     * The rates the cases on this arrow actually follow: each target group reaching its start uses its own
     * rate or the journey's default. "50%" when they agree, "10–50%" when they differ, so the cases shown
     * are never read against a default no group uses.
     */
    static String ratesFollowed(JourneyModel m, Result r, Transition t) {
        double min = Double.MAX_VALUE;
        double max = -1;
        List<TargetGroupResult> results = r.targetGroups();
        for (int k = 0; k < m.targetGroups().size(); k++) {
            TargetGroup g = m.targetGroups().get(k);
            // The results are in the model's order: looked up by place, not searched (groups × groups).
            TargetGroupResult x = k < results.size() && results.get(k).targetGroupId().equals(g.id()) ? results.get(k)
                    : results.stream().filter(y -> y.targetGroupId().equals(g.id())).findFirst().orElse(null);
            Double reaching = x == null ? null : x.casesAtStage().get(t.from());
            if (reaching != null && reaching > 0) {
                double rate = g.rates().getOrDefault(t.id(), t.rate());
                min = Math.min(min, rate);
                max = Math.max(max, rate);
            }
        }
        if (max < 0 || Math.abs(max - min) < 1e-12) {
            return Percent.format(max < 0 ? t.rate() : max);
        }
        return Percent.format(min).replace("%", "") + "–" + Percent.format(max);
    }

    /** Cases at each stage (and on each arrow, keyed "t:ID") across all groups, with no initiative. */
    private static Map<String, Double> casesWithoutInitiatives(Result r) {
        Map<String, Double> out = new HashMap<>();
        for (TargetGroupResult g : r.targetGroups()) {
            g.casesAtStage().forEach((k, v) -> out.merge(k, v, Double::sum));
            g.casesOnTransition().forEach((k, v) -> out.merge("t:" + k, v, Double::sum));
        }
        return out;
    }
}
