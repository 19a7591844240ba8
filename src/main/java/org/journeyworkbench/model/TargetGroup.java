package org.journeyworkbench.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The people an initiative works with, with its own values where the slides say "variable subject to
 * target group".
 *
 * @param referrer        who refers them (free text, e.g. "Police, housing providers")
 * @param cases           cases a year entering the journey at {@code entryStage}
 * @param rates           conversion rates that differ from the journey's defaults, by transition id
 * @param unitCosts       unit costs that differ from the stages' defaults (sentence costs), by stage id
 * @param casesSource     where the cases a year come from (a source only)
 * @param rateSources     where the group's own rates come from, by transition id: only for rates in
 *                        {@code rates} (a rate that follows the journey's has the journey's source)
 * @param unitCostSources where the group's own unit costs come from and their price years, by stage id:
 *                        only for unit costs in {@code unitCosts}
 */
public record TargetGroup(String id, String name, String referrer, double cases, String entryStage,
                          Map<String, Double> rates, Map<String, Double> unitCosts, Position position,
                          Provenance casesSource, Map<String, Provenance> rateSources,
                          Map<String, Provenance> unitCostSources) {
    /** A group with no sources given. */
    public TargetGroup(String id, String name, String referrer, double cases, String entryStage,
                       Map<String, Double> rates, Map<String, Double> unitCosts, Position position) {
        this(id, name, referrer, cases, entryStage, rates, unitCosts, position, Provenance.NONE, Map.of(), Map.of());
    }

    public TargetGroup {
        Checks.id("target group id", id);
        String where = "targetGroups[" + id + "]";
        name = Checks.text(where + ".name", name);
        referrer = Checks.optionalText(referrer);
        Checks.cases(where + ".cases", cases);
        Checks.id(where + ".entryStage", entryStage);
        rates = Collections2.orderedCopy(rates);
        unitCosts = Collections2.orderedCopy(unitCosts);
        for (var e : rates.entrySet()) {
            Checks.rate(where + ".rates." + e.getKey(), e.getValue());
        }
        for (var e : unitCosts.entrySet()) {
            Checks.money(where + ".unitCosts." + e.getKey(), e.getValue());
        }
        casesSource = Checks.sourceOnly(where + ".casesSource", casesSource, "a number of cases");
        rateSources = sources(where + ".rateSources", rateSources, rates, "rate");
        unitCostSources = sources(where + ".unitCostSources", unitCostSources, unitCosts, "unit cost");
        for (var e : rateSources.entrySet()) {
            Checks.sourceOnly(where + ".rateSources." + e.getKey(), e.getValue(), "a rate");
        }
    }

    /** The non-empty sources, in order; each must belong to one of the group's own values. */
    private static Map<String, Provenance> sources(String where, Map<String, Provenance> sources,
                                                   Map<String, Double> own, String what) {
        if (sources == null || sources.isEmpty()) {
            return Map.of();
        }
        Map<String, Provenance> kept = new LinkedHashMap<>();
        sources.forEach((k, v) -> {
            if (k == null) {
                throw new ModelException(where, "an entry has no key");
            }
            if (v != null && !v.isEmpty()) {
                if (!own.containsKey(k)) {
                    throw new ModelException(where + "." + k, "this group has no " + what + " of its own for \""
                            + k + "\"; a source goes with the group's own " + what
                            + " (one that follows the journey's has the journey's source)");
                }
                kept.put(k, v);
            }
        });
        return Collections2.orderedCopy(kept);
    }

    /** The source of the group's own rate for a transition, or {@link Provenance#NONE}. */
    public Provenance rateSource(String transitionId) {
        return rateSources.getOrDefault(transitionId, Provenance.NONE);
    }

    /** The source and price year of the group's own unit cost for a stage, or {@link Provenance#NONE}. */
    public Provenance unitCostSource(String stageId) {
        return unitCostSources.getOrDefault(stageId, Provenance.NONE);
    }

    public TargetGroup withCases(double value) {
        return new TargetGroup(id, name, referrer, value, entryStage, rates, unitCosts, position, casesSource,
                rateSources, unitCostSources);
    }

    public TargetGroup withName(String value) {
        return new TargetGroup(id, value, referrer, cases, entryStage, rates, unitCosts, position, casesSource,
                rateSources, unitCostSources);
    }

    public TargetGroup withReferrer(String value) {
        return new TargetGroup(id, name, value, cases, entryStage, rates, unitCosts, position, casesSource,
                rateSources, unitCostSources);
    }

    public TargetGroup withEntryStage(String value) {
        return new TargetGroup(id, name, referrer, cases, value, rates, unitCosts, position, casesSource,
                rateSources, unitCostSources);
    }

    /** The group's own rate for a transition; a source it already has is kept. */
    public TargetGroup withRate(String transitionId, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(rates);
        copy.put(transitionId, value);
        return new TargetGroup(id, name, referrer, cases, entryStage, copy, unitCosts, position, casesSource,
                rateSources, unitCostSources);
    }

    /** Back to the journey's rate, so its own source goes too. */
    public TargetGroup withoutRate(String transitionId) {
        Map<String, Double> copy = new LinkedHashMap<>(rates);
        copy.remove(transitionId);
        Map<String, Provenance> sources = new LinkedHashMap<>(rateSources);
        sources.remove(transitionId);
        return new TargetGroup(id, name, referrer, cases, entryStage, copy, unitCosts, position, casesSource,
                sources, unitCostSources);
    }

    /** The group's own unit cost for a stage; a source it already has is kept. */
    public TargetGroup withUnitCost(String stageId, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(unitCosts);
        copy.put(stageId, value);
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, copy, position, casesSource,
                rateSources, unitCostSources);
    }

    /** Back to the stage's unit cost, so its own source goes too. */
    public TargetGroup withoutUnitCost(String stageId) {
        Map<String, Double> copy = new LinkedHashMap<>(unitCosts);
        copy.remove(stageId);
        Map<String, Provenance> sources = new LinkedHashMap<>(unitCostSources);
        sources.remove(stageId);
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, copy, position, casesSource,
                rateSources, sources);
    }

    public TargetGroup withPosition(Position value) {
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, unitCosts, value, casesSource,
                rateSources, unitCostSources);
    }

    public TargetGroup withCasesSource(Provenance value) {
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, unitCosts, position, value,
                rateSources, unitCostSources);
    }

    /**
     * The source of the group's own rate for a transition ({@link Provenance#NONE} removes it).
     *
     * @throws ModelException when the group has no rate of its own for it
     */
    public TargetGroup withRateSource(String transitionId, Provenance value) {
        Map<String, Provenance> copy = new LinkedHashMap<>(rateSources);
        copy.put(transitionId, Provenance.orNone(value));
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, unitCosts, position, casesSource,
                copy, unitCostSources);
    }

    /**
     * The source and price year of the group's own unit cost for a stage ({@link Provenance#NONE} removes it).
     *
     * @throws ModelException when the group has no unit cost of its own for it
     */
    public TargetGroup withUnitCostSource(String stageId, Provenance value) {
        Map<String, Provenance> copy = new LinkedHashMap<>(unitCostSources);
        copy.put(stageId, Provenance.orNone(value));
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, unitCosts, position, casesSource,
                rateSources, copy);
    }
}
