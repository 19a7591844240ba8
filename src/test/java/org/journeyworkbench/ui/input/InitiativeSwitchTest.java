package org.journeyworkbench.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/** "Included in this scenario", asked and set the one way both panels use. */
class InitiativeSwitchTest {
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
    private final InitiativeSwitch coaches = new InitiativeSwitch(doc, "coaches");

    @Test
    void aNamedScenariosOwnSwitchWinsOverTheBaseCase() {
        assertTrue(coaches.enabled(), "on in the base case");
        doc.setScenario("Without Community Coaches");
        assertFalse(coaches.enabled(), "that scenario switches it off");
        doc.setScenario("Half the arrests avoided by panels");
        assertTrue(coaches.enabled(), "a scenario that leaves it alone follows the base case");
    }

    @Test
    void switchingIsOneUndoStepInTheScenarioBeingEditedAndLeavesTheBaseCaseAlone() {
        doc.setScenario("Half the arrests avoided by panels");
        coaches.set(false);
        assertFalse(coaches.enabled());
        assertEquals("Switch initiative off", doc.undoLabelProperty().get());
        assertTrue(doc.model().initiative("coaches").orElseThrow().enabled(), "the base case is untouched");
        doc.undo();
        assertTrue(coaches.enabled());
    }

    @Test
    void settingWhatItAlreadyIsMakesNoUndoStep() {
        coaches.set(true);
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void anInitiativeNoLongerInTheModelIsNotIncluded() {
        assertFalse(InitiativeSwitch.enabled(doc.model(), doc.scenarioName(), "gone"));
        assertEquals("gone", new InitiativeSwitch(doc, "gone").name());
        assertEquals("(2) Community Coaches", coaches.name());
    }
}
