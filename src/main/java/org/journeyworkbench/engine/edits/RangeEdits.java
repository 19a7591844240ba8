package org.journeyworkbench.engine.edits;

import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;

/**
 * An input's range in "the scenario being edited", as {@link ScenarioEdits} does for its value: in the base
 * case the model's own range changes; in a named scenario the range becomes that scenario's own (and taking
 * a range away there writes {@code fixed}, so the model's range is not followed), leaving the base case alone.
 * Whether the range fits the input is checked by the engine (engine.uncertainty.UncertainInputs.check).
 */
public final class RangeEdits {
    private RangeEdits() {
    }

    /** The range in force for the input in the scenario ({@link Distribution.Fixed} when none). */
    public static Distribution range(JourneyModel model, String scenarioName, String address) {
        Scenario s = ScenarioEdits.isBase(scenarioName) ? null : ScenarioEdits.scenario(model, scenarioName);
        return model.uncertainty(s).distribution(address);
    }

    /** Whether a named scenario gives the input a range (or takes it away) itself. */
    public static boolean overridden(JourneyModel model, String scenarioName, String address) {
        return !ScenarioEdits.isBase(scenarioName)
                && ScenarioEdits.scenario(model, scenarioName).uncertainty().distributions().containsKey(address);
    }

    /** Gives the input this range ({@code fixed} takes it away) in the scenario being edited. */
    public static JourneyModel setRange(JourneyModel model, String scenarioName, String address, Distribution d) {
        boolean none = d instanceof Distribution.Fixed;
        if (ScenarioEdits.isBase(scenarioName)) {
            Uncertainty u = model.uncertainty();
            return model.withUncertainty(none ? u.withoutDistribution(address) : u.withDistribution(address, d));
        }
        Scenario s = ScenarioEdits.scenario(model, scenarioName);
        Uncertainty own = s.uncertainty();
        boolean baseHasOne = model.uncertainty().distributions().containsKey(address);
        Uncertainty next = none && !baseHasOne ? own.withoutDistribution(address) : own.withDistribution(address, d);
        return replace(model, s, s.withUncertainty(next));
    }

    /** A named scenario follows the base case's range for the input again. */
    public static JourneyModel resetRange(JourneyModel model, String scenarioName, String address) {
        if (ScenarioEdits.isBase(scenarioName)) {
            return model;
        }
        Scenario s = ScenarioEdits.scenario(model, scenarioName);
        return replace(model, s, s.withUncertainty(s.uncertainty().withoutDistribution(address)));
    }

    private static JourneyModel replace(JourneyModel model, Scenario old, Scenario next) {
        return model.withScenarios(model.scenarios().stream().map(x -> x == old ? next : x).toList());
    }
}
