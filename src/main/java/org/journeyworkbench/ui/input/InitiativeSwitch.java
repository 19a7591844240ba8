package org.journeyworkbench.ui.input;

import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Whether an initiative is included in the scenario being edited, and switching it, as one undo step: the
 * one place the assumptions panel's and the inspector's "Included in this scenario" boxes ask. A named
 * scenario's own switch wins; otherwise the base case's. Plain Java, tested without JavaFX.
 */
public final class InitiativeSwitch {
    private final WorkbenchDocument document;
    private final String id;

    public InitiativeSwitch(WorkbenchDocument document, String initiativeId) {
        this.document = document;
        this.id = initiativeId;
    }

    /** Whether the initiative is included in the scenario being edited; false when the model no longer has it. */
    public boolean enabled() {
        return enabled(document.model(), document.scenarioName(), id);
    }

    /** Whether initiative {@code id} is included in scenario {@code scenarioName} of {@code model}. */
    public static boolean enabled(JourneyModel model, String scenarioName, String id) {
        return model.initiative(id).map(i -> ScenarioEdits.scenario(model, scenarioName).initiatives()
                .getOrDefault(id, i.enabled())).orElse(false);
    }

    /**
     * Includes or leaves out the initiative in the scenario being edited, as one undo step ("Switch initiative
     * on"); nothing when it already is so.
     *
     * @throws org.journeyworkbench.model.ModelException in the user's words, when the change cannot be taken
     */
    public void set(boolean on) {
        if (on == enabled()) {
            return;
        }
        document.edit(on ? "Switch initiative on" : "Switch initiative off",
                m -> ScenarioEdits.setInitiativeEnabled(m, document.scenarioName(), id, on));
    }

    /** The initiative's name, for accessible text and undo labels. */
    public String name() {
        return document.model().initiative(id).map(Initiative::name).orElse(id);
    }
}
