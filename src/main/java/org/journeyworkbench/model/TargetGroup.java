package org.journeyworkbench.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The people an initiative works with, with its own values where the slides say "variable subject to
 * target group".
 *
 * @param referrer   who refers them (free text, e.g. "Police, housing providers")
 * @param cases      cases a year entering the journey at {@code entryStage}
 * @param rates      conversion rates that differ from the journey's defaults, by transition id
 * @param unitCosts  unit costs that differ from the stages' defaults (sentence costs), by stage id
 */
public record TargetGroup(String id, String name, String referrer, double cases, String entryStage,
                          Map<String, Double> rates, Map<String, Double> unitCosts, Position position) {
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
    }

    public TargetGroup withCases(double value) {
        return new TargetGroup(id, name, referrer, value, entryStage, rates, unitCosts, position);
    }

    public TargetGroup withName(String value) {
        return new TargetGroup(id, value, referrer, cases, entryStage, rates, unitCosts, position);
    }

    public TargetGroup withReferrer(String value) {
        return new TargetGroup(id, name, value, cases, entryStage, rates, unitCosts, position);
    }

    public TargetGroup withEntryStage(String value) {
        return new TargetGroup(id, name, referrer, cases, value, rates, unitCosts, position);
    }

    public TargetGroup withRate(String transitionId, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(rates);
        copy.put(transitionId, value);
        return new TargetGroup(id, name, referrer, cases, entryStage, copy, unitCosts, position);
    }

    public TargetGroup withoutRate(String transitionId) {
        Map<String, Double> copy = new LinkedHashMap<>(rates);
        copy.remove(transitionId);
        return new TargetGroup(id, name, referrer, cases, entryStage, copy, unitCosts, position);
    }

    public TargetGroup withUnitCost(String stageId, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(unitCosts);
        copy.put(stageId, value);
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, copy, position);
    }

    public TargetGroup withoutUnitCost(String stageId) {
        Map<String, Double> copy = new LinkedHashMap<>(unitCosts);
        copy.remove(stageId);
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, copy, position);
    }

    public TargetGroup withPosition(Position value) {
        return new TargetGroup(id, name, referrer, cases, entryStage, rates, unitCosts, value);
    }
}
