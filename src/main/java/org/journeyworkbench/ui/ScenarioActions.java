package org.journeyworkbench.ui;

import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.Prompts;

/** Scenario menu: create one from the current values, rename, delete. */
final class ScenarioActions {
    private final WorkbenchDocument document;
    private final Prompts prompts;

    ScenarioActions(WorkbenchDocument document, Prompts prompts) {
        this.document = document;
        this.prompts = prompts;
    }

    void create() {
        prompts.text("New scenario", "Name the new scenario. It starts from the values you see now.",
                "Option " + (document.model().scenarios().size() + 1)).ifPresent(name -> {
                    if (run("New scenario", () -> document.edit("New scenario",
                            m -> ScenarioEdits.createScenario(m, document.scenarioName(), name)))) {
                        document.setScenario(name.strip());
                    }
                });
    }

    void rename() {
        String current = document.scenarioName();
        if (ScenarioEdits.isBase(current)) {
            prompts.info("Rename scenario", "The base case cannot be renamed. Pick a named scenario first.");
            return;
        }
        prompts.text("Rename scenario", "New name for \"" + current + "\":", current).ifPresent(name -> {
            if (run("Rename scenario", () -> document.edit("Rename scenario",
                    m -> ScenarioEdits.renameScenario(m, current, name)))) {
                document.setScenario(name.strip());
            }
        });
    }

    void delete() {
        String current = document.scenarioName();
        if (ScenarioEdits.isBase(current)) {
            prompts.info("Delete scenario", "The base case is the model itself and cannot be deleted.");
            return;
        }
        if (prompts.confirm("Delete scenario", "Delete the scenario \"" + current + "\"? (Undo brings it back.)")) {
            run("Delete scenario", () -> {
                document.setScenario(Scenario.BASE_NAME);
                document.edit("Delete scenario", m -> ScenarioEdits.deleteScenario(m, current));
            });
        }
    }

    private boolean run(String title, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ModelException e) {
            prompts.error(title, e.getMessage());
            return false;
        }
    }
}
