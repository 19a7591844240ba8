package org.journeyworkbench.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.edits.ModelEdits;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class StatusLineViewModelTest {
    @Test
    void aProblemComesBeforeEverythingElse() {
        assertEquals("⚠ The formula has a mistake", StatusLineViewModel.choose("The formula has a mistake", "Saved.",
                List.of("Rates add up to more than 100%")));
    }

    @Test
    void thenTheLastActionsNotice() {
        assertEquals("Saved.", StatusLineViewModel.choose("", "Saved.", List.of("Rates add up to more than 100%")));
    }

    @Test
    void thenTheEnginesWarningsJoined() {
        assertEquals("⚠ one  ·  two", StatusLineViewModel.choose("", "", List.of("one", "two")));
    }

    @Test
    void otherwiseAHint() {
        assertEquals(StatusLineViewModel.HINT, StatusLineViewModel.choose("", "", List.of()));
        assertEquals(StatusLineViewModel.HINT, StatusLineViewModel.choose(null, null, null));
    }

    @Test
    void deletingAStageSaysWhatItDidToTheNetSavingAndUndoSaysItBack() {
        WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
        StatusLineViewModel line = new StatusLineViewModel(doc);
        assertEquals(StatusLineViewModel.HINT, line.textProperty().get());

        doc.tryEdit("Delete stage", m -> ModelEdits.deleteStage(m, "caution"));
        // Without Caution, worked out by the engine on its own: £151,293.
        String without = Money.format(Engine.compute(ModelEdits.deleteStage(Samples.barnet(), "caution"))
                .netSystemSaving());
        assertEquals("£151,293", without);
        assertEquals("Deleted Caution: net saving £166,604 → £151,293. Ctrl+Z to undo.", line.textProperty().get());
        assertFalse(line.warningProperty().get());

        doc.undo();
        assertEquals("Undid delete stage: net saving £151,293 → £166,604. Ctrl+Y to redo.", line.textProperty().get());
        doc.redo();
        assertEquals("Redid delete stage: net saving £166,604 → £151,293. Ctrl+Z to undo.", line.textProperty().get());
    }

    @Test
    void aNumberChangedClearsTheLastNotice() {
        WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
        StatusLineViewModel line = new StatusLineViewModel(doc);
        doc.notice("Exported Base case to a.xlsx.");
        doc.setInput("stages.arrest.unitCost", 2000, "Change arrest unit cost");
        assertEquals(StatusLineViewModel.HINT, line.textProperty().get());
    }

    @Test
    void switchingScenarioSaysWhatItDidToTheNetSaving() {
        WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
        StatusLineViewModel line = new StatusLineViewModel(doc);
        String other = doc.model().scenarios().get(0).name();
        doc.setScenario(other);
        assertTrue(line.textProperty().get().startsWith("Showing " + other + ": net saving £166,604 → "),
                line.textProperty().get());
    }
}
