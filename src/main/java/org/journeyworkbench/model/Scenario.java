package org.journeyworkbench.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named option: overrides of any input by address (see {@code docs/model-format.md}) and initiatives
 * switched on or off. The base case is the model with no overrides.
 */
public record Scenario(String name, String description, Map<String, Double> overrides,
                       Map<String, Boolean> initiatives, Uncertainty uncertainty) {
    public static final String BASE_NAME = "Base case";

    public Scenario {
        name = Checks.text("scenario name", name);
        description = Checks.optionalText(description);
        overrides = Collections2.orderedCopy(overrides);
        initiatives = Collections2.orderedCopy(initiatives);
        uncertainty = uncertainty == null ? Uncertainty.none() : uncertainty;
        for (var e : overrides.entrySet()) {
            Checks.finite("scenarios[" + name + "].overrides." + e.getKey(), e.getValue());
        }
    }

    /** A scenario that keeps the model's ranges and correlations. */
    public Scenario(String name, String description, Map<String, Double> overrides, Map<String, Boolean> initiatives) {
        this(name, description, overrides, initiatives, null);
    }

    public static Scenario base() {
        return new Scenario(BASE_NAME, "", Map.of(), Map.of());
    }

    public boolean isBase() {
        return overrides.isEmpty() && initiatives.isEmpty() && uncertainty.isEmpty() && BASE_NAME.equals(name);
    }

    public Scenario withOverride(String address, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        copy.put(address, value);
        return new Scenario(name, description, copy, initiatives, uncertainty);
    }

    public Scenario withoutOverride(String address) {
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        copy.remove(address);
        return new Scenario(name, description, copy, initiatives, uncertainty);
    }

    public Scenario withInitiative(String initiativeId, boolean on) {
        Map<String, Boolean> copy = new LinkedHashMap<>(initiatives);
        copy.put(initiativeId, on);
        return new Scenario(name, description, overrides, copy, uncertainty);
    }

    /** This scenario's own ranges and correlations, laid over the model's ({@link Uncertainty#overriddenBy}). */
    public Scenario withUncertainty(Uncertainty v) {
        return new Scenario(name, description, overrides, initiatives, v);
    }

    public Scenario withName(String value) {
        return new Scenario(value, description, overrides, initiatives, uncertainty);
    }
}
