package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's Source and Price year fields, headless: each edit is one undo step on the model. */
@ExtendWith(ApplicationExtension.class)
class SourceFieldsWindowTest {
    private static final String FITS = "Reconstruction: fits the slides' Cost/Benefit Summary";
    private static final InputAddress OFFICERS = InputAddress.costLine("personalisation", true, "officers", false);
    private static final String LINE = "#inspector-runningCosts-officers";
    @TempDir
    static Path dir;
    private WorkbenchDocument document;

    @Start
    void start(Stage stage) {
        document = new WorkbenchDocument(FileActions.barnet(), null);
        new MainWindow(stage, document, new ScriptedPrompts(), new RecentFiles(dir.resolve("recent.txt")), () -> { },
                (files, p, d) -> { });
        stage.show();
    }

    private void select(FxRobot robot, Selection.Kind kind, String id) {
        robot.interact(() -> document.selectionProperty().set(new Selection(kind, id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    /** Gives a field the keyboard (it may be scrolled out of sight), replaces its text and presses Enter. */
    private static void typeInto(FxRobot robot, String query, String text) {
        robot.interact(field(robot, query)::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Provenance officers() {
        return Inputs.source(document.model(), OFFICERS);
    }

    @Test
    void settingACostLinesSourceSavesItInTheModelAndUndoPutsItBack(FxRobot robot) {
        select(robot, Selection.Kind.INITIATIVE, "personalisation");
        assertEquals(FITS, field(robot, LINE + "-source").getText());
        assertEquals("2012-13", field(robot, LINE + "-priceYear").getText());
        JourneyModel before = document.model();

        typeInto(robot, LINE + "-source", "Probation Trust pay scales");

        assertEquals(Provenance.of("Probation Trust pay scales", PriceYear.financial(2012)), officers(), "saved, price year kept");
        assertEquals("Probation Trust pay scales", document.model().initiative("personalisation").orElseThrow()
                .runningCosts().get(1).source().source());
        assertEquals("Change source of running cost", document.undoLabelProperty().get(), "one undo step");
        assertEquals(Inputs.list(before), Inputs.list(document.model()), "no figure changed");
        assertTrue(document.isDirty());

        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, document.model());
        assertEquals(Provenance.of(FITS, PriceYear.financial(2012)), officers());
        assertEquals(FITS, field(robot, LINE + "-source").getText(), "the field shows the model again");

        robot.interact(document::redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Provenance.of("Probation Trust pay scales", PriceYear.financial(2012)), officers());
    }

    @Test
    void aPriceYearIsItsOwnUndoStepAndABadOneIsExplainedAndRefused(FxRobot robot) {
        select(robot, Selection.Kind.INITIATIVE, "personalisation");
        JourneyModel before = document.model();
        Label error = robot.lookup(LINE + "-source-error").queryAs(Label.class);

        typeInto(robot, LINE + "-priceYear", "1850");
        assertEquals("1850 is not a plausible price year: use a year from 1900 to 2200, or leave it empty; still 2012-13",
                error.getText());
        assertEquals(before, document.model(), "refused: the model is as it was");
        assertFalse(document.canUndoProperty().get());

        typeInto(robot, LINE + "-priceYear", "2O13");
        assertEquals("\"2O13\" is not a year: write a year such as 2012 or 2012-13, or leave it empty; still 2012-13",
                error.getText());
        assertEquals(before, document.model());

        typeInto(robot, LINE + "-priceYear", "2013");
        assertEquals("", error.getText());
        assertEquals(Provenance.of(FITS, 2013), officers());
        assertEquals("Change price year of running cost", document.undoLabelProperty().get());

        typeInto(robot, LINE + "-priceYear", "");
        assertEquals(Provenance.of(FITS, 0), officers(), "empty: the price year is unknown");

        robot.interact(document::undo);
        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, document.model());
        assertEquals("2012-13", field(robot, LINE + "-priceYear").getText());
    }

    @Test
    void aGroupsOwnRateHasItsOwnSourceAndOneThatFollowsTheJourneyCitesTheJourneys(FxRobot robot) {
        select(robot, Selection.Kind.TARGET_GROUP, "asb");
        typeInto(robot, "#inspector-cases-source", "Police CAD extract");
        assertEquals(Provenance.of("Police CAD extract"),
                Inputs.source(document.model(), InputAddress.groupCases("asb")));
        assertFalse(robot.lookup("#inspector-cases-priceYear").tryQuery().isPresent(), "cases are not money");

        TextField own = field(robot, "#inspector-rate-arrest-cps-source");
        assertFalse(own.isDisabled());
        typeInto(robot, "#inspector-rate-arrest-cps-source", "Court records");
        assertEquals(Provenance.of("Court records"),
                Inputs.source(document.model(), InputAddress.groupRate("asb", "arrest-cps")));

        TextField follows = field(robot, "#inspector-rate-cps-court-source");
        assertTrue(follows.isDisabled(), "the group follows the journey's rate");
        assertTrue(follows.getPromptText().startsWith("the journey's: Slides' Level 2 logic"), follows.getPromptText());
        TextField stageCost = field(robot, "#inspector-cost-arrest-source");
        assertTrue(stageCost.isDisabled());
        assertEquals("the journey's: CLG Troubled Families cost database, 2012 (as the slides cite it: \"per CLG TF "
                + "cost database\"), 2012-13 prices", stageCost.getPromptText(),
                "the stage's source and year");
        assertFalse(field(robot, "#inspector-cost-arrest-priceYear").getParent().isVisible(), "no year of its own");

        select(robot, Selection.Kind.TARGET_GROUP, "short-custody");
        typeInto(robot, "#inspector-cost-custody-priceYear", "2011");
        assertEquals(Provenance.of(FITS + " (a short custodial sentence)", 2011),
                Inputs.source(document.model(), InputAddress.groupUnitCost("short-custody", "custody")));
        assertEquals("Change price year of group's unit cost", document.undoLabelProperty().get());
    }

    @Test
    void takeUpReoffendingAndDeadweightHaveSources(FxRobot robot) {
        select(robot, Selection.Kind.INITIATIVE, "personalisation");
        typeInto(robot, "#inspector-takeUp-source", "Probation caseload");
        typeInto(robot, "#inspector-reoffending-source", "NOMS cohort study");
        typeInto(robot, "#inspector-deadweight-source", "Evaluation");
        JourneyModel m = document.model();
        assertEquals(Provenance.of("Probation caseload"), Inputs.source(m, InputAddress.takeUp("personalisation")));
        assertEquals(Provenance.of("NOMS cohort study"),
                Inputs.source(m, InputAddress.reoffendingRepeats("personalisation")));
        assertEquals(Provenance.of("Evaluation"), Inputs.source(m, InputAddress.deadweight("personalisation")));
        assertFalse(robot.lookup("#inspector-takeUp-priceYear").tryQuery().isPresent(), "a take-up is not money");
        assertEquals("Change source of deadweight", document.undoLabelProperty().get());
    }
}
