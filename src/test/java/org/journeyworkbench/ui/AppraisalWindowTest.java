package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Profile;
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

/** The appraisal in the window, headless: NPV, BCR and payback follow every edit, the profile is editable. */
@ExtendWith(ApplicationExtension.class)
class AppraisalWindowTest {
    private static final String BARNET_NPV = "£1,852,931";
    private static final String TAKE_UP_1 = InputAddress.profile("coaches", Profile.Kind.TAKE_UP, 1).toString();
    @TempDir
    static Path dir;
    private WorkbenchDocument document;
    private final ScriptedPrompts prompts = new ScriptedPrompts();

    @Start
    void start(Stage stage) {
        document = new WorkbenchDocument(FileActions.barnet(), null);
        new MainWindow(stage, document, prompts, new RecentFiles(dir.resolve("recent.txt")), () -> { },
                (files, p, d) -> { });
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String engineNpv(JourneyModel m) {
        return Money.format(Engine.compute(m).appraisal().npv());
    }

    /** Gives a field the keyboard (it may be scrolled out of sight), replaces its text and presses Enter. */
    private static void typeInto(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectCommunityCoaches(FxRobot robot) {
        robot.clickOn("#initiative-coaches");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#inspector-profile-takeUp-4").tryQuery().isPresent(), "a field a year");
    }

    @Test
    void showsBarnetsNpvBcrAndPayback(FxRobot robot) {
        assertEquals(BARNET_NPV, text(robot, "#npv"));
        assertEquals("NPV over 5 years · 3.5%", text(robot, "#npvCaption"));
        assertEquals("1.63", text(robot, "#bcr"));
        assertEquals("BCR · Medium value for money", text(robot, "#bcrCaption"));
        assertEquals("Pays back in 2013-14 (year 0)", text(robot, "#payback"));
        assertEquals("£166,604", text(robot, "#netSystemSaving"), "the net saving is still there");
        assertTrue(robot.lookup("#paybackChart").tryQuery().isPresent());
        assertTrue(robot.lookup("#summaryTable").tryQuery().isPresent());
        assertTrue(robot.lookup("#impactChart").tryQuery().isPresent());
    }

    @Test
    void typingAnArrestUnitCostMovesTheNpvToTheEnginesFigure(FxRobot robot) {
        typeInto(robot, "#field-stages_arrest_unitCost", "2930");
        String expected = engineNpv(Inputs.set(FileActions.barnet(), "stages.arrest.unitCost", 2930));
        assertNotEquals(BARNET_NPV, expected);
        assertEquals(expected, text(robot, "#npv"));
    }

    @Test
    void draggingTheDiscountRateSliderMovesTheNpvLive(FxRobot robot) {
        robot.clickOn("#assumptionsFilter").write("discount rate from year 0");
        WaitForAsyncUtils.waitForFxEvents();
        Slider slider = robot.lookup("#slider-appraisal_discountRates_0_rate").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.moveTo(thumb).press(MouseButton.PRIMARY).moveBy(30, 0);
        WaitForAsyncUtils.waitForFxEvents();
        double during = document.inputValue("appraisal.discountRates.0.rate");
        assertTrue(during > 0.035, "the rate went up: " + during);
        assertEquals(engineNpv(Inputs.set(FileActions.barnet(), "appraisal.discountRates.0.rate", during)),
                text(robot, "#npv"));
        assertNotEquals(BARNET_NPV, text(robot, "#npv"), "a higher rate, a smaller NPV, while dragging");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#npvCaption").startsWith("NPV over 5 years · "), text(robot, "#npvCaption"));
        assertNotEquals("NPV over 5 years · 3.5%", text(robot, "#npvCaption"), "the caption follows the rate");
    }

    @Test
    void editingAProfileInTheInspectorChangesTheNpvAndUndoRestoresIt(FxRobot robot) {
        selectCommunityCoaches(robot);
        assertEquals("100%", robot.lookup("#inspector-profile-takeUp-1").queryAs(TextField.class).getText());
        typeInto(robot, "#inspector-profile-takeUp-1", "50%");
        assertEquals(0.5, document.inputValue(TAKE_UP_1));
        String expected = engineNpv(Inputs.set(FileActions.barnet(), TAKE_UP_1, 0.5));
        assertNotEquals(BARNET_NPV, expected);
        assertEquals(expected, text(robot, "#npv"));
        assertEquals("Change take-up profile, 2014-15", document.undoLabelProperty().get());
        robot.clickOn("#journeyCanvas").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BARNET_NPV, text(robot, "#npv"));
        assertEquals(1.0, document.inputValue(TAKE_UP_1));
    }

    @Test
    void aProfileValueThatCannotBeTakenIsExplainedAndTheLastGoodValueKept(FxRobot robot) {
        selectCommunityCoaches(robot);
        typeInto(robot, "#inspector-profile-takeUp-1", "-5%");
        String error = text(robot, "#inspector-profile-error");
        assertTrue(error.contains("Take-up, 2014-15") && error.contains("between 0% and 1,000%"), error);
        typeInto(robot, "#inspector-profile-runningCosts-2", "abc");
        error = text(robot, "#inspector-profile-error");
        assertTrue(error.contains("\"abc\" is not a number") && error.contains("still 100%"), error);
        assertEquals(1.0, document.inputValue(TAKE_UP_1));
        assertEquals(BARNET_NPV, text(robot, "#npv"));
        assertEquals(false, document.isDirty());
    }

    @Test
    void deadweightAndOptimismBiasAreInTheInspector(FxRobot robot) {
        selectCommunityCoaches(robot);
        typeInto(robot, "#inspector-deadweight", "20%");
        assertEquals(0.2, document.model().initiative("coaches").orElseThrow().deadweight(), 1e-12);
        typeInto(robot, "#inspector-optimismBias-costs", "40%");
        assertEquals(0.4, document.inputValue("initiatives.coaches.optimismBias.costs"), 1e-12);
        JourneyModel expected = Inputs.set(Inputs.set(FileActions.barnet(), "initiatives.coaches.deadweight", 0.2),
                "initiatives.coaches.optimismBias.costs", 0.4);
        assertEquals(engineNpv(expected), text(robot, "#npv"));
    }

    @Test
    void inANamedScenarioAProfileEditIsItsOverrideAndTheBaseCaseIsUnchanged(FxRobot robot) {
        prompts.text = "Slower coaches";
        robot.clickOn("#toolNewScenario");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Slower coaches", document.scenarioName());
        selectCommunityCoaches(robot);
        typeInto(robot, "#inspector-profile-takeUp-1", "50%");
        assertEquals(0.5, document.model().scenario("Slower coaches").orElseThrow().overrides().get(TAKE_UP_1));
        assertTrue(document.model().initiative("coaches").orElseThrow().profile().isFlat(), "base case untouched");
        String slower = engineNpv(Inputs.set(FileActions.barnet(), TAKE_UP_1, 0.5));
        assertEquals(slower, text(robot, "#npv"));
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue("Base case"));
        assertEquals(BARNET_NPV, text(robot, "#npv"));
        assertEquals("100%", robot.lookup("#inspector-profile-takeUp-1").queryAs(TextField.class).getText());
        robot.interact(() -> picker.setValue("Slower coaches"));
        assertEquals(slower, text(robot, "#npv"));
        assertEquals("50%", robot.lookup("#inspector-profile-takeUp-1").queryAs(TextField.class).getText());
    }
}
