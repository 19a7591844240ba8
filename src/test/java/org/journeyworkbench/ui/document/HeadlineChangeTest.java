package org.journeyworkbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.journeyworkbench.engine.edits.ModelEdits;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class HeadlineChangeTest {
    private final JourneyModel barnet = Samples.barnet();

    @Test
    void aDeletedStageIsNamed() {
        assertEquals(Optional.of("Deleted Caution"),
                HeadlineChange.structural(barnet, ModelEdits.deleteStage(barnet, "caution")));
    }

    @Test
    void anAddedArrowNamesTheStagesItJoins() {
        JourneyModel joined = ModelEdits.connect(barnet, "callout", "court");
        assertEquals(Optional.of("Added arrow Police call-out → Magistrates' court"),
                HeadlineChange.structural(barnet, joined));
    }

    @Test
    void anAddedStageSaysWhatItIs() {
        JourneyModel more = ModelEdits.addStage(barnet, "s9", new Position(10, 10));
        assertEquals("Added stage " + more.stages().get(more.stages().size() - 1).name(),
                HeadlineChange.structural(barnet, more).orElseThrow());
    }

    @Test
    void aChangedNumberIsNotStructural() {
        assertEquals(Optional.empty(), HeadlineChange.structural(barnet,
                org.journeyworkbench.engine.inputs.Inputs.set(barnet, "stages.arrest.unitCost", 2500)));
    }

    @Test
    void theMessageGivesTheNetSavingBeforeAndAfter() {
        assertEquals("Deleted Caution: net saving £166,604 → £154,989. Ctrl+Z to undo.",
                HeadlineChange.message("Deleted Caution", 166_604.4, 154_988.7, "Ctrl+Z to undo."));
        assertEquals("Deleted Caution: net saving (£1,200) → £0.",
                HeadlineChange.message("Deleted Caution", -1_200, 0, ""));
        assertEquals("Added stage New stage: net saving unchanged at £166,604. Ctrl+Z to undo.",
                HeadlineChange.message("Added stage New stage", 166_604.2, 166_603.9, "Ctrl+Z to undo."));
    }
}
