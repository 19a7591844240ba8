package org.journeyworkbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private final JourneyModel start = Samples.barnet();
    private final JourneyModel dearer = Inputs.set(start, "stages.arrest.unitCost", 2000);
    private final JourneyModel dearest = Inputs.set(dearer, "stages.arrest.unitCost", 3000);

    @Test
    void undoAndRedoWalkTheSnapshots() {
        EditHistory h = new EditHistory(start);
        h.commit("Change arrest unit cost", dearer);
        h.commit("Change arrest unit cost again", dearest);
        assertEquals(Optional.of("Change arrest unit cost again"), h.undoLabel());
        assertEquals(dearer, h.undo().model());
        assertEquals(start, h.undo().model());
        assertFalse(h.canUndo());
        assertEquals(start, h.undo().model(), "undo at the start stays put");
        assertEquals(Optional.of("Change arrest unit cost"), h.redoLabel());
        assertEquals(dearer, h.redo().model());
    }

    @Test
    void aCommitThatChangesNothingIsSkipped() {
        EditHistory h = new EditHistory(start);
        assertFalse(h.commit("Nothing", Samples.barnet()));
        assertFalse(h.canUndo());
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        EditHistory h = new EditHistory(start);
        h.commit("a", dearer);
        h.undo();
        h.commit("b", dearest);
        assertFalse(h.canRedo());
        assertEquals(start, h.undo().model());
    }

    @Test
    void revisionsTellWhetherTheSavedStateIsCurrent() {
        EditHistory h = new EditHistory(start);
        long saved = h.current().revision();
        h.commit("a", dearer);
        assertTrue(h.current().revision() != saved);
        assertEquals(saved, h.undo().revision());
    }
}
