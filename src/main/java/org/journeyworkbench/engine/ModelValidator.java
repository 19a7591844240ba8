package org.journeyworkbench.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * Checks what the records cannot check alone: ids unique, every reference pointing at something that
 * exists, rates out of a stage at most 100%, the journey acyclic, the formula well formed.
 */
public final class ModelValidator {
    private static final double RATE_SLACK = 1e-9;

    private ModelValidator() {
    }

    /** Throws the first problem found, in plain words, naming the field. */
    public static void requireValid(JourneyModel model) {
        List<ModelException> problems = problems(model);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** The checks the engine needs before it can index the journey: ids, references and rate sums. */
    static void requireReferencesValid(JourneyModel model) {
        List<ModelException> out = new ArrayList<>();
        checkReferences(model, out);
        if (out.isEmpty()) {
            checkRateSums(model, out);
        }
        if (!out.isEmpty()) {
            throw out.get(0);
        }
    }

    /** Every problem found, first the ones a user is most likely to fix first. */
    public static List<ModelException> problems(JourneyModel model) {
        List<ModelException> out = new ArrayList<>();
        checkReferences(model, out);
        if (out.isEmpty()) {
            checkRateSums(model, out);
            try {
                new JourneyGraph(model);
            } catch (ModelException e) {
                out.add(e);
            }
            try {
                Formula.parse(model.level1().formula())
                        .requireKnownTerms(model.level1().terms().stream().map(Level1Term::name).toList());
            } catch (ModelException e) {
                out.add(e);
            }
            for (Scenario s : model.scenarios()) {
                s.overrides().forEach((address, value) -> {
                    try {
                        Inputs.set(model, address, value);
                    } catch (ModelException e) {
                        out.add(new ModelException("scenarios[" + s.name() + "].overrides." + address,
                                problemOf(e)));
                    }
                });
            }
        }
        return out;
    }

    private static String problemOf(ModelException e) {
        String prefix = e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    private static void checkReferences(JourneyModel model, List<ModelException> out) {
        Set<String> agencies = unique(model.agencies(), Agency::id, "agencies", "agency", out);
        Set<String> stages = unique(model.stages(), Stage::id, "stages", "stage", out);
        Set<String> transitions = unique(model.transitions(), Transition::id, "transitions", "transition", out);
        Set<String> groups = unique(model.targetGroups(), TargetGroup::id, "targetGroups", "target group", out);
        unique(model.initiatives(), Initiative::id, "initiatives", "initiative", out);
        unique(model.scenarios(), s -> s.name().toLowerCase(), "scenarios", "scenario", out);
        unique(model.level1().terms(), Level1Term::name, "level1.terms", "term", out);

        for (Stage s : model.stages()) {
            refers(agencies, s.agencyId(), "stages[" + s.id() + "].agency", "agency", out);
        }
        Set<String> pairs = new HashSet<>();
        for (Transition t : model.transitions()) {
            String where = "transitions[" + t.id() + "]";
            refers(stages, t.from(), where + ".from", "stage", out);
            refers(stages, t.to(), where + ".to", "stage", out);
            if (!pairs.add(t.from() + "\u0000" + t.to())) {
                out.add(new ModelException(where, "there is already an arrow from \"" + t.from() + "\" to \""
                        + t.to() + "\""));
            }
        }
        for (TargetGroup g : model.targetGroups()) {
            String where = "targetGroups[" + g.id() + "]";
            refers(stages, g.entryStage(), where + ".entryStage", "stage", out);
            g.rates().keySet().forEach(t -> refers(transitions, t, where + ".rates", "transition", out));
            g.unitCosts().keySet().forEach(s -> refers(stages, s, where + ".unitCosts", "stage", out));
        }
        for (Initiative i : model.initiatives()) {
            checkInitiative(i, groups, stages, agencies, out);
        }
        for (Scenario s : model.scenarios()) {
            s.initiatives().keySet().forEach(id -> {
                if (model.initiative(id).isEmpty()) {
                    out.add(new ModelException("scenarios[" + s.name() + "].initiatives",
                            "there is no initiative with id \"" + id + "\""));
                }
            });
        }
    }

    private static void checkInitiative(Initiative i, Set<String> groups, Set<String> stages, Set<String> agencies,
                                        List<ModelException> out) {
        String where = "initiatives[" + i.id() + "]";
        refers(groups, i.targetGroupId(), where + ".targetGroup", "target group", out);
        if (i.interventionStage() != null) {
            refers(stages, i.interventionStage(), where + ".interventionStage", "stage", out);
        }
        i.alternativeRoute().forEach(s -> refers(stages, s, where + ".alternativeRoute", "stage", out));
        if (i.reoffending() != null) {
            refers(stages, i.reoffending().repeatFromStage(), where + ".reoffending.repeatFromStage", "stage", out);
        }
        checkCostLines(i.runningCosts(), where + ".runningCosts", agencies, out);
        checkCostLines(i.setUpCosts(), where + ".setUpCosts", agencies, out);
    }

    private static void checkCostLines(List<CostLine> lines, String where, Set<String> agencies,
                                       List<ModelException> out) {
        unique(lines, CostLine::id, where, "cost line", out);
        for (CostLine line : lines) {
            refers(agencies, line.agencyId(), where + "[" + line.id() + "].agency", "agency", out);
        }
    }

    private static void checkRateSums(JourneyModel model, List<ModelException> out) {
        Map<String, List<Transition>> byStage = new HashMap<>();
        for (Transition t : model.transitions()) {
            byStage.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
        }
        List<TargetGroup> groups = new ArrayList<>();
        groups.add(null); // the journey's own defaults
        groups.addAll(model.targetGroups());
        for (TargetGroup g : groups) {
            for (Map.Entry<String, List<Transition>> e : byStage.entrySet()) {
                double sum = 0;
                for (Transition t : e.getValue()) {
                    sum += g == null ? t.rate() : g.rates().getOrDefault(t.id(), t.rate());
                }
                if (sum > 1 + RATE_SLACK) {
                    String stageName = model.stage(e.getKey()).map(Stage::name).orElse(e.getKey());
                    String field = g == null ? "transitions" : "targetGroups[" + g.id() + "].rates";
                    String whose = g == null ? "" : " for target group \"" + g.name() + "\"";
                    out.add(new ModelException(field, "the rates out of \"" + stageName + "\"" + whose
                            + " add up to " + Percent.format(sum) + "; they can be at most 100%"));
                }
            }
        }
    }

    private static <T> Set<String> unique(List<T> items, Function<T, String> id, String field, String kind,
                                          List<ModelException> out) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (!seen.add(key)) {
                out.add(new ModelException(field, "two " + kind + "s have the same id \"" + key
                        + "\"; each needs its own"));
            }
        }
        return seen;
    }

    private static void refers(Set<String> known, String id, String field, String kind, List<ModelException> out) {
        if (!known.contains(id)) {
            out.add(new ModelException(field, "there is no " + kind + " with id \"" + id + "\""));
        }
    }
}
