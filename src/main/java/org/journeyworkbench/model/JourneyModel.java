package org.journeyworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A whole model file: the agencies, the standard journey, the target groups and initiatives, the Level 1
 * formula and the named scenarios. Immutable; every edit returns a new model. Cross-references
 * (unknown stages, cycles, rates over 100%) are checked by {@code engine.ModelValidator}, so an editor may pass
 * through a half-built model on the way to a whole one.
 */
public record JourneyModel(String name, String notes, List<Agency> agencies, List<Stage> stages,
                           List<Transition> transitions, List<TargetGroup> targetGroups,
                           List<Initiative> initiatives, Level1 level1, List<Scenario> scenarios,
                           Appraisal appraisal, Uncertainty uncertainty, Workshop workshop) {
    /** A model appraised with the defaults (five years, Green Book rates). */
    public JourneyModel(String name, String notes, List<Agency> agencies, List<Stage> stages,
                        List<Transition> transitions, List<TargetGroup> targetGroups, List<Initiative> initiatives,
                        Level1 level1, List<Scenario> scenarios) {
        this(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios, null);
    }

    /** A model with no ranges on its inputs. */
    public JourneyModel(String name, String notes, List<Agency> agencies, List<Stage> stages,
                        List<Transition> transitions, List<TargetGroup> targetGroups, List<Initiative> initiatives,
                        Level1 level1, List<Scenario> scenarios, Appraisal appraisal) {
        this(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios, appraisal,
                null);
    }

    /** A model with no levers pinned for a workshop. */
    public JourneyModel(String name, String notes, List<Agency> agencies, List<Stage> stages,
                        List<Transition> transitions, List<TargetGroup> targetGroups, List<Initiative> initiatives,
                        Level1 level1, List<Scenario> scenarios, Appraisal appraisal, Uncertainty uncertainty) {
        this(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios, appraisal,
                uncertainty, null);
    }

    public JourneyModel {
        name = Checks.text("name", name);
        notes = Checks.optionalText(notes);
        agencies = Collections2.copy(agencies);
        stages = Collections2.copy(stages);
        transitions = Collections2.copy(transitions);
        targetGroups = Collections2.copy(targetGroups);
        initiatives = Collections2.copy(initiatives);
        level1 = level1 == null ? Level1.barnet() : level1;
        scenarios = Collections2.copy(scenarios);
        appraisal = appraisal == null ? Appraisal.defaults() : appraisal;
        uncertainty = uncertainty == null ? Uncertainty.none() : uncertainty;
        workshop = workshop == null ? Workshop.none() : workshop;
    }

    public JourneyModel withUncertainty(Uncertainty v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios,
                appraisal, v, workshop);
    }

    public JourneyModel withWorkshop(Workshop v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios,
                appraisal, uncertainty, v);
    }

    /** The ranges and correlations in force for a scenario: the model's, with the scenario's laid over them. */
    public Uncertainty uncertainty(Scenario scenario) {
        return scenario == null ? uncertainty : uncertainty.overriddenBy(scenario.uncertainty());
    }

    public JourneyModel withAppraisal(Appraisal v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios,
                v, uncertainty, workshop);
    }

    private static final IdIndex<Stage> STAGES = new IdIndex<>(Stage::id);
    private static final IdIndex<Transition> TRANSITIONS = new IdIndex<>(Transition::id);
    private static final IdIndex<TargetGroup> GROUPS = new IdIndex<>(TargetGroup::id);
    private static final IdIndex<Initiative> INITIATIVES = new IdIndex<>(Initiative::id);

    public Optional<Agency> agency(String id) {
        return find(agencies, a -> a.id().equals(id));
    }

    public Optional<Stage> stage(String id) {
        return STAGES.find(stages, id);
    }

    public Optional<Transition> transition(String id) {
        return TRANSITIONS.find(transitions, id);
    }

    public Optional<TargetGroup> targetGroup(String id) {
        return GROUPS.find(targetGroups, id);
    }

    public Optional<Initiative> initiative(String id) {
        return INITIATIVES.find(initiatives, id);
    }

    public Optional<Scenario> scenario(String scenarioName) {
        return find(scenarios, s -> s.name().equalsIgnoreCase(scenarioName));
    }

    public JourneyModel withName(String v) {
        return new JourneyModel(v, notes, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withNotes(String v) {
        return new JourneyModel(name, v, agencies, stages, transitions, targetGroups, initiatives, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withAgencies(List<Agency> v) {
        return new JourneyModel(name, notes, v, stages, transitions, targetGroups, initiatives, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withStages(List<Stage> v) {
        return new JourneyModel(name, notes, agencies, v, transitions, targetGroups, initiatives, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withTransitions(List<Transition> v) {
        return new JourneyModel(name, notes, agencies, stages, v, targetGroups, initiatives, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withTargetGroups(List<TargetGroup> v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, v, initiatives, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withInitiatives(List<Initiative> v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, targetGroups, v, level1, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withLevel1(Level1 v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, targetGroups, initiatives, v, scenarios, appraisal, uncertainty, workshop);
    }

    public JourneyModel withScenarios(List<Scenario> v) {
        return new JourneyModel(name, notes, agencies, stages, transitions, targetGroups, initiatives, level1, v, appraisal, uncertainty, workshop);
    }

    public JourneyModel withStage(String id, UnaryOperator<Stage> edit) {
        return withStages(replace(stages, s -> s.id().equals(id), edit, "stage", id));
    }

    public JourneyModel withTransition(String id, UnaryOperator<Transition> edit) {
        return withTransitions(replace(transitions, t -> t.id().equals(id), edit, "transition", id));
    }

    public JourneyModel withTargetGroup(String id, UnaryOperator<TargetGroup> edit) {
        return withTargetGroups(replace(targetGroups, g -> g.id().equals(id), edit, "target group", id));
    }

    public JourneyModel withInitiative(String id, UnaryOperator<Initiative> edit) {
        return withInitiatives(replace(initiatives, i -> i.id().equals(id), edit, "initiative", id));
    }

    /** Removes a stage and every arrow into or out of it, as one edit. */
    public JourneyModel withoutStage(String id) {
        List<Stage> keptStages = stages.stream().filter(s -> !s.id().equals(id)).toList();
        List<Transition> keptArrows = transitions.stream()
                .filter(t -> !t.from().equals(id) && !t.to().equals(id)).toList();
        return withStages(keptStages).withTransitions(keptArrows);
    }

    private static <T> Optional<T> find(List<T> list, Predicate<T> match) {
        for (T t : list) {
            if (match.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> match, UnaryOperator<T> edit, String kind,
                                       String id) {
        List<T> copy = new ArrayList<>(list.size());
        boolean found = false;
        for (T t : list) {
            if (match.test(t)) {
                copy.add(edit.apply(t));
                found = true;
            } else {
                copy.add(t);
            }
        }
        if (!found) {
            throw new ModelException(kind, "there is no " + kind + " with id \"" + id + "\"");
        }
        return copy;
    }
}
