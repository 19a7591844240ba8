package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Position;
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

/** Drives the real window, headless: what a programme officer does, checked against the engine. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private WorkbenchDocument document;
    private MainWindow window;
    private final ScriptedPrompts prompts = new ScriptedPrompts();

    @Start
    void start(Stage stage) {
        document = new WorkbenchDocument(FileActions.barnet(), null);
        window = new MainWindow(stage, document, prompts, new RecentFiles(dir.resolve("recent.txt")), () -> { },
                (files, p, d) -> { });
        stage.show();
    }

    /** Replaces a field's whole text, as a person selecting all and typing would, and presses Enter. */
    private static void type(FxRobot robot, String query, String text) {
        ScrollIntoView.scroll(robot, query);
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String netShown(FxRobot robot) {
        return robot.lookup("#netSystemSaving").queryAs(Label.class).getText();
    }

    private static String engineNet(JourneyModel m) {
        return Money.format(Engine.compute(m).netSystemSaving());
    }

    @Test
    void startsOnBarnetWithTheSlidesFigures(FxRobot robot) {
        assertEquals("£166,604", netShown(robot));
        assertTrue(robot.lookup("#stage-callout").tryQuery().isPresent());
        assertTrue(robot.lookup("#initiative-personalisation").tryQuery().isPresent());
        assertEquals("Untitled — Journey Workbench", robot.window(0) instanceof Stage s ? s.getTitle() : "");
    }

    @Test
    void movingASliderChangesTheNetSavingLiveToTheEnginesFigure(FxRobot robot) {
        ScrollIntoView.scroll(robot, "#slider-stages_arrest_unitCost");
        Slider slider = robot.lookup("#slider-stages_arrest_unitCost").queryAs(Slider.class);
        robot.scroll(0, javafx.geometry.VerticalDirection.UP);
        Node thumb = slider.lookup(".thumb");
        robot.moveTo(thumb).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(25, 0);
        WaitForAsyncUtils.waitForFxEvents();
        double during = document.inputValue("stages.arrest.unitCost");
        assertNotEquals(1930, during, "the figure moves while the slider is held");
        assertEquals(engineNet(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", during)), netShown(robot));
        robot.moveBy(25, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double after = document.inputValue("stages.arrest.unitCost");
        assertEquals(engineNet(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", after)), netShown(robot));
        assertEquals("Change arrest unit cost", document.undoLabelProperty().get(), "one undo step for the drag");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("£166,604", netShown(robot), "undo brings the previous figures back");
    }

    @Test
    void typingAnExactValueGivesTheEnginesFigureAndUndoRestoresIt(FxRobot robot) {
        type(robot, "#field-stages_arrest_unitCost", "2930");
        assertEquals(engineNet(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2930)), netShown(robot));
        assertEquals("£272,204", netShown(robot));
        robot.clickOn("#journeyCanvas").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("£166,604", netShown(robot));
    }

    @Test
    void aTypedValueThatCannotBeTakenSaysSoAndKeepsTheLastGoodValue(FxRobot robot) {
        type(robot, "#field-transitions_callout-arrest_rate", "150%");
        String error = robot.lookup("#error-transitions_callout-arrest_rate").queryAs(Label.class).getText();
        assertTrue(error.contains("between 0% and 100%"), error);
        assertEquals(0.5, document.inputValue("transitions.callout-arrest.rate"));
        assertEquals("£166,604", netShown(robot));
    }

    @Test
    void addingAStageAndConnectingItChangesTheResults(FxRobot robot) {
        robot.clickOn("#toolAddStage");
        WaitForAsyncUtils.waitForFxEvents();
        String id = document.selectionProperty().get().id();
        type(robot, "#inspector-unitCost", "1000");
        window.canvas().fitToWindow();
        WaitForAsyncUtils.waitForFxEvents();
        prompts.text = "10"; // the new arrow's rate, asked for when it is drawn
        robot.press(KeyCode.SHIFT).drag("#stage-arrest").dropTo("#stage-" + id).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.model().transitions().stream().anyMatch(t -> t.from().equals("arrest")
                && t.to().equals(id)), "the new arrow exists");
        assertEquals(engineNet(document.model()), netShown(robot));
        assertNotEquals("£166,604", netShown(robot), "arrests now lead on to a costly stage");
    }

    @Test
    void aNewScenarioTakesTheEditsAndLeavesTheBaseCaseAlone(FxRobot robot) {
        prompts.text = "Dearer arrests";
        robot.clickOn("#toolNewScenario");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Dearer arrests", document.scenarioName());
        type(robot, "#field-stages_arrest_unitCost", "2930");
        assertEquals("£272,204", netShown(robot));
        assertEquals(1930, document.model().stage("arrest").orElseThrow().unitCost(), "the base case is untouched");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> picker =
                robot.lookup("#scenarioPicker").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> picker.setValue("Base case"));
        assertEquals("£166,604", netShown(robot));
        assertEquals("£1,930", robot.lookup("#field-stages_arrest_unitCost")
                .queryAs(javafx.scene.control.TextField.class).getText());
        robot.interact(() -> picker.setValue("Dearer arrests"));
        assertEquals("£272,204", netShown(robot));
        robot.interact(() -> window.files()); // the window is still whole
        prompts.confirm = true;
        robot.clickOn("Scenario").clickOn("Delete Scenario");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.model().scenario("Dearer arrests").isEmpty());
        assertEquals("Base case", document.scenarioName());
    }

    @Test
    void stagesCanBeConnectedFromTheKeyboardToo(FxRobot robot) {
        robot.clickOn("#stage-court");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.journeyworkbench.model.Stage> connect =
                robot.lookup("#inspector-connect").queryAs(javafx.scene.control.ComboBox.class);
        var target = connect.getItems().stream().filter(s -> s.id().equals("intensive-order")).findFirst()
                .orElseThrow();
        robot.interact(() -> connect.setValue(target));
        assertTrue(document.model().transitions().stream().anyMatch(t -> t.from().equals("court")
                && t.to().equals("intensive-order")));
        assertEquals("Connect stages", document.undoLabelProperty().get());
        assertEquals(engineNet(document.model()), netShown(robot));
    }

    @Test
    void draggingAStageMovesItAsOneUndoStep(FxRobot robot) {
        Position before = document.model().stage("arrest").orElseThrow().position();
        robot.drag("#stage-arrest").moveBy(40, 60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Position after = document.model().stage("arrest").orElseThrow().position();
        assertNotEquals(before, after);
        assertEquals("Move stage", document.undoLabelProperty().get());
        robot.interact(document::undo);
        assertEquals(before, document.model().stage("arrest").orElseThrow().position());
    }

    @Test
    void theInspectorRefusesTextInANumberFieldBesideTheField(FxRobot robot) {
        robot.clickOn("#stage-arrest");
        type(robot, "#inspector-unitCost", "abc");
        String error = robot.lookup("#inspector-unitCost-error").queryAs(Label.class).getText();
        assertTrue(error.contains("\"abc\" is not a number"), error);
        assertEquals(1930, document.model().stage("arrest").orElseThrow().unitCost());
    }

    @Test
    void aFormulaWithASyntaxErrorShowsWhereAndKeepsTheLastGoodResult(FxRobot robot) {
        type(robot, "#formulaField", "(1A + 2A - (3A + 4AB)");
        String error = robot.lookup("#formulaError").queryAs(Label.class).getText();
        assertTrue(error.contains("at character 22"), error);
        assertEquals("£166,604", netShown(robot));
        assertEquals("(1A + 2A) - (3A + 4AB)", document.model().level1().formula());
        type(robot, "#formulaField", "1A + 2A - 3A");
        assertEquals("£459,104", netShown(robot), "a corrected formula takes effect");
    }

    @Test
    void saveAndReopenGiveTheSameFigures(FxRobot robot) throws Exception {
        robot.clickOn("#assumptionsFilter").write("cases a year");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#field-targetGroups_asb_cases", "70");
        assertEquals(engineNet(Inputs.set(Samples.barnet(), "targetGroups.asb.cases", 70)), netShown(robot));
        String shown = netShown(robot);
        prompts.save = dir.resolve("saved.json");
        robot.clickOn("#toolSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(prompts.save), prompts.errors.toString());
        assertEquals(false, document.isDirty());
        robot.interact(() -> document.replaceWith(FileActions.blank(), null));
        robot.interact(() -> window.files().open(prompts.save));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, netShown(robot));
        assertEquals("saved.json — Journey Workbench", ((Stage) robot.window(0)).getTitle());
    }

    @Test
    void openingABrokenFileShowsWhyAndKeepsTheOpenModel(FxRobot robot) {
        robot.interact(() -> window.files().open(Path.of("src/test/resources/broken/cycle.json")));
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("goes round in a circle"), prompts.errors.get(0));
        assertEquals("£166,604", netShown(robot));
    }

    @Test
    void openingAModelTooLargeForTheWindowSaysUseTheCommandLineAndKeepsTheOpenModel(FxRobot robot)
            throws Exception {
        // 16,664 stages, 33,325 arrows, 3 groups and 3 initiatives: 50,001 boxes and lines, one past the limit.
        Path huge = dir.resolve("barnet-huge.json");
        org.journeyworkbench.io.ModelFiles.write(
                org.journeyworkbench.testing.GeneratedModels.journey(16_664, 3, 1), huge);
        JourneyModel before = document.model();
        prompts.open = huge;
        robot.interact(() -> window.files().openChosen());
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("barnet-huge.json has 16,664 stages") && prompts.errors.get(0)
                .contains("the window draws journeys of up to 50,000. Use the command line for it"),
                prompts.errors.get(0));
        assertEquals(before, document.model());
        assertEquals("£166,604", netShown(robot));
    }

    /** The sample, as the window holds it (laid out). */
    private static final class Samples {
        static JourneyModel barnet() {
            return FileActions.barnet();
        }
    }
}
