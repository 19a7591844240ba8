package org.journeyworkbench.engine.edits;

import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * Editing "the scenario being edited": in the base case an input change changes the model itself; in a
 * named scenario it becomes (or updates) that scenario's override and leaves the base case alone.
 */
public final class ScenarioEdits {
    private ScenarioEdits() {
    }

    /** The named scenario, or the base case for null, blank or {@link Scenario#BASE_NAME}. */
    public static Scenario scenario(JourneyModel model, String name) {
        if (isBase(name)) {
            return Scenario.base();
        }
        return model.scenario(name).orElseThrow(
                () -> new ModelException("scenario", "the model has no scenario called \"" + name + "\""));
    }

    public static boolean isBase(String name) {
        return name == null || name.isBlank() || name.equals(Scenario.BASE_NAME);
    }

    /** The value an input has in the scenario. */
    public static double value(JourneyModel model, String scenarioName, String address) {
        return Inputs.get(Inputs.apply(model, scenario(model, scenarioName)), address);
    }

    /** Sets an input in the scenario being edited; checks the value against the model first. */
    public static JourneyModel setInput(JourneyModel model, String scenarioName, String address, double value) {
        if (isBase(scenarioName)) {
            return Inputs.set(model, address, value);
        }
        Scenario s = scenario(model, scenarioName);
        Inputs.set(Inputs.apply(model, s), address, value); // throws, naming the field, if the value cannot be taken
        return replace(model, s.name(), x -> x.withOverride(address, value));
    }

    /** Switches an initiative on or off in the scenario being edited. */
    public static JourneyModel setInitiativeEnabled(JourneyModel model, String scenarioName, String initiativeId,
                                                    boolean on) {
        if (isBase(scenarioName)) {
            return model.withInitiative(initiativeId, i -> i.withEnabled(on));
        }
        return replace(model, scenarioName, x -> x.withInitiative(initiativeId, on));
    }

    /**
     * Whether the scenario sets this input itself rather than following the base case: it has an override for
     * the address or, for an initiative's switch ({@code initiatives.ID.enabled}), switches it on or off. The
     * base case overrides nothing. Addresses are compared as typed addresses, however they were spelled.
     */
    public static boolean overrides(JourneyModel model, String scenarioName, String address) {
        InputAddress at = InputAddress.parseOrNull(address);
        return at != null && overridden(model, scenarioName).contains(at.toString());
    }

    /**
     * The addresses of every input the scenario sets itself (see {@link #overrides}), spelled as
     * {@link InputAddress#toString}; empty for the base case or a scenario not in the model.
     */
    public static Set<String> overridden(JourneyModel model, String scenarioName) {
        if (isBase(scenarioName)) {
            return Set.of();
        }
        Scenario s = model.scenario(scenarioName).orElse(null);
        if (s == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String key : s.overrides().keySet()) {
            InputAddress at = InputAddress.parseOrNull(key);
            out.add(at == null ? key : at.toString());
        }
        s.initiatives().keySet().forEach(id -> out.add(InputAddress.enabled(id).toString()));
        return out;
    }

    /**
     * Removes the scenario's own value for an input, so that it follows the base case again; for an
     * initiative's switch, the scenario's switch too. Nothing changes when the scenario does not set the input.
     *
     * @throws ModelException for the base case (it is what a scenario is reset to) or a scenario not in the model
     */
    public static JourneyModel resetInput(JourneyModel model, String scenarioName, String address) {
        if (isBase(scenarioName)) {
            throw new ModelException("scenario", "the base case has no overrides: it is what a scenario is reset to");
        }
        Scenario s = scenario(model, scenarioName);
        InputAddress at = InputAddress.parse(address);
        if (!overrides(model, s.name(), address)) {
            return model;
        }
        Map<String, Double> kept = new LinkedHashMap<>(s.overrides());
        kept.keySet().removeIf(k -> at.equals(InputAddress.parseOrNull(k)));
        Map<String, Boolean> switches = new LinkedHashMap<>(s.initiatives());
        if (at.target() == InputAddress.Target.ENABLED) {
            switches.remove(at.id());
        }
        Scenario reset = new Scenario(s.name(), s.description(), kept, switches, s.uncertainty());
        return replace(model, s.name(), x -> reset);
    }

    /** A new scenario holding the current values of the one being edited, under a new name. */
    public static JourneyModel createScenario(JourneyModel model, String fromScenario, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new ModelException("scenario name", "a scenario needs a name");
        }
        if (isBase(newName) || model.scenario(newName).isPresent()) {
            throw new ModelException("scenario name", "there is already a scenario called \"" + newName.strip() + "\"");
        }
        Scenario from = scenario(model, fromScenario);
        Scenario created = new Scenario(newName.strip(), "", from.overrides(), from.initiatives(), from.uncertainty());
        List<Scenario> list = new ArrayList<>(model.scenarios());
        list.add(created);
        return model.withScenarios(list);
    }

    public static JourneyModel renameScenario(JourneyModel model, String oldName, String newName) {
        if (isBase(oldName)) {
            throw new ModelException("scenario name", "the base case cannot be renamed");
        }
        if (newName == null || newName.isBlank()) {
            throw new ModelException("scenario name", "a scenario needs a name");
        }
        if (!newName.strip().equalsIgnoreCase(oldName) && (isBase(newName) || model.scenario(newName).isPresent())) {
            throw new ModelException("scenario name", "there is already a scenario called \"" + newName.strip() + "\"");
        }
        return replace(model, oldName, s -> s.withName(newName.strip()));
    }

    public static JourneyModel deleteScenario(JourneyModel model, String name) {
        if (isBase(name)) {
            throw new ModelException("scenario name", "the base case cannot be deleted");
        }
        scenario(model, name);
        return model.withScenarios(model.scenarios().stream().filter(s -> !s.name().equalsIgnoreCase(name)).toList());
    }

    private static JourneyModel replace(JourneyModel model, String name, UnaryOperator<Scenario> edit) {
        scenario(model, name);
        return model.withScenarios(model.scenarios().stream()
                .map(s -> s.name().equalsIgnoreCase(name) ? edit.apply(s) : s).toList());
    }
}
