package org.journeyworkbench.engine;

import org.journeyworkbench.engine.result.Result;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * One-off calculations: compile the model, evaluate one scenario, read the result. Anything that
 * evaluates more than once (the window, options side by side, sensitivity) should compile a
 * {@link Calculation} once and evaluate it many times instead.
 */
public final class Engine {
    private Engine() {
    }

    /** The base case. */
    public static Result compute(JourneyModel model) {
        return compute(model, Scenario.base());
    }

    /**
     * @throws ModelException when the model (with the scenario applied) is not whole: a name of the field
     *                        and the problem, in plain words
     */
    public static Result compute(JourneyModel model, Scenario scenario) {
        return Calculation.compile(model, scenario).compute(scenario);
    }
}
