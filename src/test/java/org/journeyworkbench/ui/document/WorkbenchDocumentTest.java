package org.journeyworkbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.calc.Calculation;
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

    @Test
    void anEditComputesOnceAndKeepsTheEnginesResultWithItsAppraisal() {
        assertEquals(1_852_931, doc.result().appraisal().npv(), 0.5);
        Calculation before = doc.calculation();
        doc.setInput("stages.arrest.unitCost", 2930, "Change arrest unit cost");
        assertNotSame(before, doc.calculation(), "the edited model is compiled");
        assertSame(doc.model(), doc.calculation().model());
        var expected = Engine.compute(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2930));
        assertEquals(expected.netSystemSaving(), doc.result().netSystemSaving(), 1e-9);
        assertEquals(expected.appraisal().npv(), doc.result().appraisal().npv(), 1e-9);
        assertEquals(expected.appraisal().bcr(), doc.result().appraisal().bcr(), 1e-12);
    }

    @Test
    void switchingScenarioBindsTheSameCalculationAgain() {
        Calculation compiled = doc.calculation();
        doc.setScenario("Without Community Coaches");
        assertSame(compiled, doc.calculation(), "no recompiling to switch scenario");
        var model = doc.model();
        var expected = Engine.compute(model, ScenarioEdits.scenario(model, "Without Community Coaches"));
        assertEquals("Without Community Coaches", doc.result().scenario());
        assertEquals(expected.appraisal().npv(), doc.result().appraisal().npv(), 1e-9);
        assertEquals(expected.netSystemSaving(), doc.result().netSystemSaving(), 1e-9);
        doc.setScenario("Base case");
        assertSame(compiled, doc.calculation());
        assertEquals(1_852_931, doc.result().appraisal().npv(), 0.5);
    }

    @Test
    void aRefusedEditKeepsTheCalculationAndResult() {
        Calculation compiled = doc.calculation();
        var result = doc.result();
        assertThrows(ModelException.class, () -> doc.previewInput("transitions.arrest-caution.rate", 0.9));
        assertThrows(ModelException.class, () -> doc.setInput("appraisal.discountRates.0.rate", 0.9, "x"));
        assertSame(compiled, doc.calculation());
        assertSame(result, doc.result());
        assertFalse(doc.isDirty());
    }

    @Test
    void aProfileEditInANamedScenarioIsItsOverrideAndUndoable() {
        doc.setScenario("Half the arrests avoided by panels");
        double before = doc.result().appraisal().npv();
        String address = "initiatives.coaches.profile.takeUp.0";
        doc.setInput(address, 0.5, "Change take-up profile, 2013-14");
        assertEquals(0.5, doc.model().scenario("Half the arrests avoided by panels").orElseThrow().overrides()
                .get(address));
        assertTrue(doc.model().initiative("coaches").orElseThrow().profile().isFlat(), "the base case is untouched");
        assertTrue(doc.result().appraisal().npv() < before - 1, "less take-up in year 0, less saved");
        doc.undo();
        assertEquals(before, doc.result().appraisal().npv(), 1e-9);
    }
}
