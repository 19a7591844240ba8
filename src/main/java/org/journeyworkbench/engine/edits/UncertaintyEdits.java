package org.journeyworkbench.engine.edits;

import java.util.function.UnaryOperator;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;

/**
 * Editing ranges and correlations in "the scenario being edited", as {@link ScenarioEdits} does inputs: in
 * the base case the model's own {@code uncertainty} changes; in a named scenario the scenario's, which is laid
 * over the model's entry by entry. Each edit is checked (the range against the input's valid range, the
 * correlations against each other) before it is made, so a refused edit leaves the model as it was.
 */
public final class UncertaintyEdits {
    private UncertaintyEdits() {
    }

    /** The ranges and correlations in force in the scenario (the model's with the scenario's laid over them). */
    public static Uncertainty inForce(JourneyModel model, String scenarioName) {
        return ScenarioEdits.isBase(scenarioName) ? model.uncertainty()
                : model.uncertainty(ScenarioEdits.scenario(model, scenarioName));
    }

    /** The range in force for the input in the scenario ({@link Distribution.Fixed} when none). */
    public static Distribution distribution(JourneyModel model, String scenarioName, String address) {
        return inForce(model, scenarioName).distribution(address);
    }

    /** Whether a named scenario gives the input a range (or takes it away) itself. */
    public static boolean overridden(JourneyModel model, String scenarioName, String address) {
        return !ScenarioEdits.isBase(scenarioName)
                && ScenarioEdits.scenario(model, scenarioName).uncertainty().distributions().containsKey(address);
    }

    /**
     * Gives an input a range ({@link Distribution.Fixed} takes it away) in the scenario being edited. Taking a
     * range away in a named scenario writes {@code fixed} there only when the base case has a range to hide;
     * otherwise the scenario's own entry is simply dropped.
     *
     * @throws org.journeyworkbench.model.ModelException naming the address when the range does not fit the input
     */
    public static JourneyModel setDistribution(JourneyModel model, String scenarioName, String address,
                                               Distribution d) {
        UncertainInputs.check(Calculation.compile(model), address, d);
        boolean fixed = d instanceof Distribution.Fixed;
        if (ScenarioEdits.isBase(scenarioName)) {
            return model.withUncertainty(fixed ? model.uncertainty().withoutDistribution(address)
                    : model.uncertainty().withDistribution(address, d));
        }
        boolean baseHasOne = model.uncertainty().distributions().containsKey(address);
        return edit(model, scenarioName, u -> fixed && !baseHasOne ? u.withoutDistribution(address)
                : u.withDistribution(address, d));
    }

    /** A named scenario follows the base case's range for the input again (nothing to do in the base case). */
    public static JourneyModel resetDistribution(JourneyModel model, String scenarioName, String address) {
        if (ScenarioEdits.isBase(scenarioName)) {
            return model;
        }
        return edit(model, scenarioName, u -> u.withoutDistribution(address));
    }

    /** Where an input's range came from, in the scenario being edited. */
    public static JourneyModel setSource(JourneyModel model, String scenarioName, String address, String source) {
        if (ScenarioEdits.isBase(scenarioName)) {
            return model.withUncertainty(model.uncertainty().withSource(address, source));
        }
        return edit(model, scenarioName, u -> u.withSource(address, source));
    }

    /**
     * Sets the rank correlation between two inputs (0 removes it) in the scenario being edited.
     *
     * @throws org.journeyworkbench.model.ModelException when the correlations could not all hold together
     */
    public static JourneyModel setCorrelation(JourneyModel model, String scenarioName, Correlation c) {
        JourneyModel out;
        if (ScenarioEdits.isBase(scenarioName)) {
            Uncertainty u = model.uncertainty();
            out = model.withUncertainty(c.coefficient() == 0 ? u.withoutCorrelation(c.first(), c.second())
                    : u.withCorrelation(c));
        } else {
            out = edit(model, scenarioName, u -> u.withCorrelation(c));
        }
        Scenario s = ScenarioEdits.isBase(scenarioName) ? null : ScenarioEdits.scenario(out, scenarioName);
        UncertainInputs.of(Calculation.compile(out), s); // refuses correlations that cannot hold together
        return out;
    }

    private static JourneyModel edit(JourneyModel model, String scenarioName, UnaryOperator<Uncertainty> change) {
        Scenario s = ScenarioEdits.scenario(model, scenarioName);
        Scenario changed = s.withUncertainty(change.apply(s.uncertainty()));
        return model.withScenarios(model.scenarios().stream()
                .map(x -> x.name().equalsIgnoreCase(s.name()) ? changed : x).toList());
    }
}
