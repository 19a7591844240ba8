package org.journeyworkbench.ui.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * "Save as scenario": the figures the room is looking at at the end of a session kept as a new option beside
 * the others. The model goes back to how it was when the session began (so a lever moved in the base case
 * does not change the base case for good) and gains one scenario holding every input, and every initiative's
 * switch, where the option shown at the end differs from the base case as it was then. That scenario on that
 * model gives exactly the end figures. Plain Java.
 */
public final class SessionScenario {
    private SessionScenario() {
    }

    /**
     * @param start        the model when the session began
     * @param end          the model now
     * @param showing      the option shown now (its values are what is kept)
     * @param name         the new scenario's name
     * @param description  what the new scenario is, for the cover sheet and the options table
     * @throws ModelException when the name is empty or taken, or the end state cannot be written as overrides
     */
    public static JourneyModel save(JourneyModel start, JourneyModel end, String showing, String name,
                                    String description) {
        if (name == null || name.isBlank()) {
            throw new ModelException("scenario name", "a scenario needs a name");
        }
        if (ScenarioEdits.isBase(name) || start.scenario(name).isPresent()) {
            throw new ModelException("scenario name", "there is already a scenario called \"" + name.strip() + "\"");
        }
        JourneyModel seen = Inputs.apply(end, ScenarioEdits.scenario(end, showing));
        Map<String, Double> overrides = new LinkedHashMap<>();
        Map<String, Boolean> switches = new LinkedHashMap<>();
        // The period first: a later year's profile can only be set once the period reaches it.
        List<Input> inputs = new ArrayList<>(Inputs.list(seen));
        inputs.sort((a, b) -> Boolean.compare(!isYears(a), !isYears(b)));
        for (Input input : inputs) {
            if (input.at().target() == InputAddress.Target.ENABLED) {
                continue;
            }
            Double was = valueIn(start, input.at());
            if (was == null || Math.abs(was - input.value()) > 1e-12 * Math.max(1, Math.abs(was))) {
                overrides.put(input.address(), input.value());
            }
        }
        for (Initiative i : seen.initiatives()) {
            boolean was = start.initiative(i.id()).map(Initiative::enabled).orElse(!i.enabled());
            if (was != i.enabled()) {
                switches.put(i.id(), i.enabled());
            }
        }
        List<Scenario> scenarios = new ArrayList<>(start.scenarios());
        scenarios.add(new Scenario(name.strip(), description, overrides, switches));
        JourneyModel saved = start.withScenarios(scenarios);
        Inputs.apply(saved, scenarios.get(scenarios.size() - 1)); // throws, naming the input, if it cannot be set
        return saved;
    }

    private static boolean isYears(Input input) {
        return input.at().target() == InputAddress.Target.YEARS;
    }

    private static Double valueIn(JourneyModel m, InputAddress at) {
        try {
            return Inputs.get(m, at);
        } catch (ModelException e) {
            return null;
        }
    }
}
