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
 * @param profile           how take-up, running and set-up costs fall over the appraisal years
 * @param deadweight        the share of its benefits that would have happened anyway
 * @param optimismBias      its own optimism bias, or null to use the model's
 * @param deadweightSource  where the deadweight comes from (a source only)
 */
public record Initiative(String id, String name, String description, String targetGroupId,
                         String interventionStage, TakeUp takeUp, List<String> alternativeRoute,
                         Reoffending reoffending, List<CostLine> runningCosts, List<CostLine> setUpCosts,
                         boolean enabled, Position position, Profile profile, double deadweight,
                         OptimismBias optimismBias, Provenance deadweightSource) {
    /** An initiative with a flat profile, no deadweight and the model's optimism bias. */
    public Initiative(String id, String name, String description, String targetGroupId, String interventionStage,
                      TakeUp takeUp, List<String> alternativeRoute, Reoffending reoffending,
                      List<CostLine> runningCosts, List<CostLine> setUpCosts, boolean enabled, Position position) {
        this(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute, reoffending,
                runningCosts, setUpCosts, enabled, position, Profile.flat(), 0, null);
    }

    /** An initiative with no source given for its deadweight. */
    public Initiative(String id, String name, String description, String targetGroupId, String interventionStage,
                      TakeUp takeUp, List<String> alternativeRoute, Reoffending reoffending,
                      List<CostLine> runningCosts, List<CostLine> setUpCosts, boolean enabled, Position position,
                      Profile profile, double deadweight, OptimismBias optimismBias) {
        this(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute, reoffending,
                runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias, Provenance.NONE);
    }

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
        profile = profile == null ? Profile.flat() : profile;
        Checks.rate(where + ".deadweight", deadweight);
        deadweightSource = Checks.sourceOnly(where + ".deadweightSource", deadweightSource, "a deadweight");
    }

    /** The optimism bias that applies: its own, or else the model's. */
    public OptimismBias optimismBias(Appraisal appraisal) {
        return optimismBias != null ? optimismBias : appraisal.optimismBias();
    }

    public Initiative withProfile(Profile v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, v, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withDeadweight(double v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, v, optimismBias, deadweightSource);
    }

    public Initiative withOptimismBias(OptimismBias v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, v, deadweightSource);
    }

    public Initiative withTakeUp(TakeUp v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, v, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withReoffending(Reoffending v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                v, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias, deadweightSource);
    }

    public Initiative withRunningCosts(List<CostLine> v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, v, setUpCosts, enabled, position, profile, deadweight, optimismBias, deadweightSource);
    }

    public Initiative withSetUpCosts(List<CostLine> v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, v, enabled, position, profile, deadweight, optimismBias, deadweightSource);
    }

    public Initiative withEnabled(boolean v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, v, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withName(String v) {
        return new Initiative(id, v, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withDescription(String v) {
        return new Initiative(id, name, v, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withTargetGroup(String v) {
        return new Initiative(id, name, description, v, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withInterventionStage(String v) {
        return new Initiative(id, name, description, targetGroupId, v, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withAlternativeRoute(List<String> v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, v,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias,
                deadweightSource);
    }

    public Initiative withDeadweightSource(Provenance v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, position, profile, deadweight, optimismBias, v);
    }

    public Initiative withPosition(Position v) {
        return new Initiative(id, name, description, targetGroupId, interventionStage, takeUp, alternativeRoute,
                reoffending, runningCosts, setUpCosts, enabled, v, profile, deadweight, optimismBias, deadweightSource);
    }
}
