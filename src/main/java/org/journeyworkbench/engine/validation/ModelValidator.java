package org.journeyworkbench.engine.validation;

import org.journeyworkbench.engine.Formula;

import org.journeyworkbench.engine.inputs.Inputs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.journeyworkbench.engine.calc.JourneyGraph;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.TargetGroup;

/**
 * Checks what the records cannot check alone: ids unique, every reference pointing at something that
 * exists, rates out of a stage at most 100%, the journey acyclic, the formula well formed. The journey's
 * own checks happen while {@link JourneyGraph} indexes it, so the engine pays for them once.
 */
public final class ModelValidator {
    private ModelValidator() {
    }

    /** Throws the first problem found, in plain words, naming the field. */
    public static void requireValid(JourneyModel model) {
        List<ModelException> problems = problems(model);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** Every problem found (after the first journey problem, the rest of the journey is not checked). */
    public static List<ModelException> problems(JourneyModel model) {
        List<ModelException> out = new ArrayList<>();
        JourneyGraph graph;
        double[] rates = JourneyGraph.rates(model);
        try {
            graph = JourneyGraph.of(model);
            String rateProblem = graph.rateSumProblem(rates);
            if (rateProblem != null) {
                throw new ModelException("transitions", rateProblem);
            }
        } catch (ModelException e) {
            out.add(e);
            return out;
        }
        checkReferences(model, graph, out);
        if (!out.isEmpty()) {
            return out;
        }
        java.util.Map<String, Integer> arrow = new java.util.HashMap<>();
        for (int t = 0; t < model.transitions().size(); t++) {
            arrow.put(model.transitions().get(t).id(), t);
        }
        for (TargetGroup g : model.targetGroups()) {
            double[] own = rates.clone();
            g.rates().forEach((t, v) -> own[arrow.get(t)] = v);
            String problem = graph.rateSumProblem(own);
            if (problem != null) {
                out.add(new ModelException("targetGroups[" + g.id() + "].rates",
                        problem.replace("\" add up", "\" for target group \"" + g.name() + "\" add up")));
            }
        }
        try {
            Formula.parse(model.level1().formula())
                    .requireKnownTerms(model.level1().terms().stream().map(Level1Term::name).toList());
        } catch (ModelException e) {
            out.add(e);
        }
        for (Scenario s : model.scenarios()) {
            if (s.name().strip().equalsIgnoreCase(Scenario.BASE_NAME)) {
                out.add(new ModelException("scenarios[" + s.name() + "]", "\"" + Scenario.BASE_NAME + "\" is the name of "
                        + "the model without any scenario; give this scenario another name"));
            }
        }
        for (Scenario s : model.scenarios()) {
            for (Map.Entry<String, Double> o : s.overrides().entrySet()) {
                try {
                    Inputs.set(model, o.getKey(), o.getValue());
                } catch (ModelException e) {
                    out.add(new ModelException("scenarios[" + s.name() + "].overrides." + o.getKey(), e.problem()));
                }
            }
        }
        return out;
    }

    private static void checkReferences(JourneyModel model, JourneyGraph graph, List<ModelException> out) {
        Set<String> stages = graph.stageIds();
        Set<String> agencies = graph.agencyIds();
        Set<String> groups = unique(model.targetGroups(), TargetGroup::id, "targetGroups", "target group", out);
        unique(model.initiatives(), Initiative::id, "initiatives", "initiative", out);
        unique(model.scenarios(), s -> s.name().toLowerCase(), "scenarios", "scenario", out);
        unique(model.level1().terms(), Level1Term::name, "level1.terms", "term", out);
        for (TargetGroup g : model.targetGroups()) {
            String where = "targetGroups[" + g.id() + "]";
            refers(stages, g.entryStage(), where + ".entryStage", "stage", out);
            g.rates().keySet().forEach(t -> refers(graph.transitionIdSet(), t, where + ".rates", "transition",
                    out));
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
