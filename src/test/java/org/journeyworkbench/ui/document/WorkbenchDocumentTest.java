package org.journeyworkbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.Inputs;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model core, in plain JUnit: JavaFX properties need no running toolkit. */
class WorkbenchDocumentTest {
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);

    @Test
    void aSliderDragPreviewsLiveAndCountsAsOneUndoStep() {
        doc.previewInput("stages.arrest.unitCost", 2000);
        doc.previewInput("stages.arrest.unitCost", 2500);
        double expected = Engine.compute(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2500))
                .netSystemSaving();
        assertEquals(expected, doc.result().netSystemSaving(), 1e-6);
        assertTrue(doc.isDirty());
        doc.commitPreview("Change arrest unit cost");
        assertEquals("Change arrest unit cost", doc.undoLabelProperty().get());
        doc.undo();
        assertEquals(166_604.40, doc.result().netSystemSaving(), 0.005);
        assertFalse(doc.canUndoProperty().get());
        assertFalse(doc.isDirty());
    }

    @Test
    void anInvalidEditIsRefusedAndChangesNothing() {
        assertThrows(ModelException.class, () -> doc.setInput("transitions.arrest-caution.rate", 0.9, "x"));
        assertEquals(Samples.barnet(), doc.model());
        assertFalse(doc.isDirty());
        assertEquals("", doc.problemProperty().get());
    }

    @Test
    void editingANamedScenarioLeavesTheBaseCaseAlone() {
        doc.setScenario("Without Community Coaches");
        doc.setInput("stages.arrest.unitCost", 2930, "Change arrest unit cost");
        assertEquals(1930, doc.model().stage("arrest").orElseThrow().unitCost());
        assertEquals(2930, doc.inputValue("stages.arrest.unitCost"));
        doc.setScenario("Base case");
        assertEquals(1930, doc.inputValue("stages.arrest.unitCost"));
        assertEquals(166_604.40, doc.result().netSystemSaving(), 0.005);
    }

    @Test
    void savingClearsTheDirtyMarkAndUndoingPastItSetsItAgain(@TempDir Path dir) throws IOException {
        doc.setInput("targetGroups.asb.cases", 70, "Change cases");
        Path file = dir.resolve("saved.json");
        doc.saveAs(file);
        assertFalse(doc.isDirty());
        assertEquals(file, doc.file());
        doc.undo();
        assertTrue(doc.isDirty());
        assertTrue(Files.size(file) > 1000);
    }

    @Test
    void openingABadFileLeavesTheOpenModelUntouched() {
        doc.setInput("targetGroups.asb.cases", 70, "Change cases");
        assertThrows(ModelException.class, () -> doc.open(Path.of("src/test/resources/broken/cycle.json")));
        assertEquals(70, doc.model().targetGroup("asb").orElseThrow().cases());
        assertTrue(doc.isDirty());
        assertTrue(doc.canUndoProperty().get());
    }
}
