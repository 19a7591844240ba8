package org.journeyworkbench.model;

import java.util.List;

/**
 * One proposal that works with one target group.
 *
 * @param interventionStage the stage at which cases taken on leave the standard journey (its cost and
 *                          everything after it avoided), or null when the initiative works with the cases
 *                          without taking them off the journey (Personalisation)
 * @param alternativeRoute  stages whose cost to go is incurred instead, per case taken on
 * @param reoffending       fewer repeat journeys, or null
 * @param runningCosts      costs a year, by agency
 * @param setUpCosts        one-off costs, by agency
 * @param enabled           whether the base case includes it (a scenario can switch it)
 */
public record Initiative(String id, String name, String description, String targetGroupId,
                         String interventionStage, TakeUp takeUp, List<String> alternativeRoute,
                         Reoffending reoffending, List<CostLine> runningCosts, List<CostLine> setUpCosts,
                         boolean enabled, Position position) {
    public Initiative {
        Checks.id("initiative id", id);
        String where = "initiatives[" + id + "]";
        name = Checks.text(where + ".name", name);
        description = Checks.optionalText(description);
        Checks.id(where + ".targetGroup", targetGroupId);
        if (interventionStage != null && interventionStage.isBlank()) {
            interventionStage = null;
        }
        if (interventionStage != null) {
            Checks.id(where + ".interventionStage", interventionStage);
        }
        if (takeUp == null) {
            throw new ModelException(where + ".takeUp", "is required: how many cases the initiative takes on");
        }
        alternativeRoute = Collections2.copy(alternativeRoute);
        runningCosts = Collections2.copy(runningCosts);
        setUpCosts = Collections2.copy(setUpCosts);
        alternativeRoute.forEach(s -> Checks.id(where + ".alternativeRoute", s));
    }

    public Initiative withTakeUp(TakeUp v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, v, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withReoffending(Reoffending v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                v, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withRunningCosts(List<CostLine> v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, v, setUpCosts, enabled, position);
    }

    public Initiative withSetUpCosts(List<CostLine> v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, v, enabled, position);
    }

    public Initiative withEnabled(boolean v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, v, position);
    }

    public Initiative withName(String v) {
        return new Initiative(id, v, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withDescription(String v) {
        return new Initiative(id, name, v, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withTargetGroup(String v) {
        return new Initiative(id, name, description, v, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withInterventionStage(String v) {
        return new Initiative(id, name, description, targetGroupId, v, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withAlternativeRoute(List<String> v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, v,
                reoffending, runningCosts, setUpCosts, enabled, position);
    }

    public Initiative withPosition(Position v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, v);
    }
}
