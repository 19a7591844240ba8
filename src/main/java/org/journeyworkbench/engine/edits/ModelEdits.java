package org.journeyworkbench.engine.edits;

import org.journeyworkbench.engine.inputs.InputAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * The diagram's structural edits, each leaving a whole model: adding gives fresh ids and safe defaults;
 * deleting takes what depends on the deleted thing with it (its arrows, overrides naming it) or, when
 * deleting would leave a target group or initiative pointing at nothing, refuses and says which.
 */
public final class ModelEdits {
    private ModelEdits() {
    }

    public static String freshId(String prefix, List<String> taken) {
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    public static JourneyModel addStage(JourneyModel m, String id, Position at) {
        if (m.agencies().isEmpty()) {
            throw new ModelException("agencies", "add an agency to the model before adding a stage");
        }
        List<Stage> stages = new ArrayList<>(m.stages());
        stages.add(new Stage(id, "New stage", m.agencies().get(0).id(), 0, "", 0, at));
        return m.withStages(stages);
    }

    /**
     * An arrow from one stage to another, with the share of cases left over (at most 10%), so the rates
     * out of the stage still add up to at most 100%.
     */
    public static JourneyModel connect(JourneyModel m, String from, String to) {
        double used = m.transitions().stream().filter(t -> t.from().equals(from)).mapToDouble(Transition::rate).sum();
        return connect(m, from, to, Math.max(0, Math.min(0.1, 1 - used)));
    }

    /** An arrow from one stage to another carrying {@code rate} (a fraction) of the cases reaching the first. */
    public static JourneyModel connect(JourneyModel m, String from, String to, double rate) {
        if (from.equals(to)) {
            throw new ModelException("transitions", "an arrow needs two different stages");
        }
        if (m.transitions().stream().anyMatch(t -> t.from().equals(from) && t.to().equals(to))) {
            throw new ModelException("transitions", "there is already an arrow from \"" + name(m, from) + "\" to \""
                    + name(m, to) + "\"");
        }
        List<Transition> arrows = new ArrayList<>(m.transitions());
        String id = freshId(from + "-" + to, m.transitions().stream().map(Transition::id).toList());
        arrows.add(new Transition(id, from, to, Math.round(rate * 1e6) / 1e6, ""));
        return m.withTransitions(arrows);
    }

    public static JourneyModel addTargetGroup(JourneyModel m, String id, String entryStage, Position at) {
        if (m.stages().isEmpty()) {
            throw new ModelException("stages", "add a stage first: a target group enters the journey at a stage");
        }
        String entry = entryStage != null ? entryStage : m.stages().get(0).id();
        List<TargetGroup> groups = new ArrayList<>(m.targetGroups());
        groups.add(new TargetGroup(id, "New target group", "", 100, entry, Map.of(), Map.of(), at));
        return m.withTargetGroups(groups);
    }

    public static JourneyModel addInitiative(JourneyModel m, String id, String groupId, Position at) {
        if (m.targetGroups().isEmpty()) {
            throw new ModelException("targetGroups", "add a target group first: an initiative works with one");
        }
        TargetGroup g = groupId == null ? m.targetGroups().get(0) : m.targetGroup(groupId).orElseThrow();
        List<Initiative> list = new ArrayList<>(m.initiatives());
        list.add(new Initiative(id, "New initiative", "", g.id(), g.entryStage(), TakeUp.share(0.5), List.of(),
                null, List.of(), List.of(), true, at));
        return m.withInitiatives(list);
    }

    /** Deletes a stage with its arrows; refuses while a target group or initiative still uses it. */
    public static JourneyModel deleteStage(JourneyModel m, String id) {
        List<String> users = new ArrayList<>();
        m.targetGroups().stream().filter(g -> g.entryStage().equals(id)).forEach(g -> users.add(g.name()));
        for (Initiative i : m.initiatives()) {
            boolean uses = id.equals(i.interventionStage()) || i.alternativeRoute().contains(id)
                    || (i.reoffending() != null && i.reoffending().repeatFromStage().equals(id));
            if (uses) {
                users.add(i.name());
            }
        }
        if (!users.isEmpty()) {
            throw new ModelException("stages[" + id + "]", "\"" + name(m, id) + "\" is used by "
                    + String.join(", ", users) + "; change or delete those first");
        }
        List<String> arrows = m.transitions().stream().filter(t -> t.from().equals(id) || t.to().equals(id))
                .map(Transition::id).toList();
        JourneyModel out = m.withoutStage(id);
        for (String t : arrows) {
            out = forgetTransition(out, t);
        }
        return forget(out, InputAddress.Owner.STAGE, id, g -> g.withoutUnitCost(id));
    }

    public static JourneyModel deleteTransition(JourneyModel m, String id) {
        JourneyModel out = m.withTransitions(m.transitions().stream().filter(t -> !t.id().equals(id)).toList());
        return forgetTransition(out, id);
    }

    /** Deletes a target group; refuses while an initiative works with it. */
    public static JourneyModel deleteTargetGroup(JourneyModel m, String id) {
        List<String> users = m.initiatives().stream().filter(i -> i.targetGroupId().equals(id))
                .map(Initiative::name).toList();
        if (!users.isEmpty()) {
            throw new ModelException("targetGroups[" + id + "]", "\"" + m.targetGroup(id).orElseThrow().name()
                    + "\" is the target group of " + String.join(", ", users) + "; change or delete those first");
        }
        return forget(m.withTargetGroups(m.targetGroups().stream().filter(g -> !g.id().equals(id)).toList()),
                InputAddress.Owner.TARGET_GROUP, id, g -> g);
    }

    public static JourneyModel deleteInitiative(JourneyModel m, String id) {
        JourneyModel out = m.withInitiatives(m.initiatives().stream().filter(i -> !i.id().equals(id)).toList());
        out = forget(out, InputAddress.Owner.INITIATIVE, id, g -> g);
        return out.withScenarios(out.scenarios().stream().map(s -> {
            Map<String, Boolean> switches = new LinkedHashMap<>(s.initiatives());
            switches.remove(id);
            return new Scenario(s.name(), s.description(), s.overrides(), switches, s.uncertainty());
        }).toList());
    }

    private static JourneyModel forgetTransition(JourneyModel m, String id) {
        return forget(m, InputAddress.Owner.TRANSITION, id, g -> g.withoutRate(id));
    }

    /** Removes scenario overrides of inputs that belong to the deleted thing, and tidies each group. */
    private static JourneyModel forget(JourneyModel m, InputAddress.Owner owner, String id,
                                       java.util.function.UnaryOperator<TargetGroup> tidyGroup) {
        Predicate<String> stale = text -> {
            InputAddress a = InputAddress.parseOrNull(text);
            return a != null && a.concerns(owner, id);
        };
        List<Scenario> scenarios = m.scenarios().stream().map(s -> {
            Map<String, Double> kept = new LinkedHashMap<>(s.overrides());
            kept.keySet().removeIf(stale);
            return new Scenario(s.name(), s.description(), kept, s.initiatives(), forget(s.uncertainty(), stale));
        }).toList();
        return m.withTargetGroups(m.targetGroups().stream().map(tidyGroup).toList()).withScenarios(scenarios)
                .withUncertainty(forget(m.uncertainty(), stale));
    }

    /** Drops the ranges and correlations of inputs that no longer exist. */
    private static org.journeyworkbench.model.Uncertainty forget(org.journeyworkbench.model.Uncertainty u,
                                                                 Predicate<String> stale) {
        org.journeyworkbench.model.Uncertainty out = u;
        for (String address : u.distributions().keySet()) {
            if (stale.test(address)) {
                out = out.withoutDistribution(address);
            }
        }
        for (var c : u.correlations()) {
            if (stale.test(c.first()) || stale.test(c.second())) {
                out = out.withoutCorrelation(c.first(), c.second());
            }
        }
        return out;
    }

    private static String name(JourneyModel m, String stageId) {
        return m.stage(stageId).map(Stage::name).orElse(stageId);
    }
}
