package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeyworkbench.engine.uncertainty.InputSwing;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.RecentFiles;
import org.journeyworkbench.ui.uncertainty.InputSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ranges, the tornado and Monte Carlo in the real window, headless: a range typed in words, a simulation
 * run, stopped with Cancel while its progress bar moves, run again to its histogram; a tornado bar clicked
 * selects its input's item on the canvas and in the inspector.
 */
@ExtendWith(ApplicationExtension.class)
class UncertaintyWindowTest {
    /** Barnet's CPS prosecution cost: no range in the sample. */
    private static final String CPS = "stages_cps_unitCost";
    @TempDir
    static Path dir;
    private WorkbenchDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        document = new WorkbenchDocument(FileActions.barnet(), null);
        window = new MainWindow(stage, document, new ScriptedPrompts(), new RecentFiles(dir.resolve("recent.txt")),
                () -> { }, (files, p, d) -> { });
        stage.show();
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    /** Whether the node and every parent of it are visible. */
    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void typeRange(FxRobot robot, String typed) {
        ScrollIntoView.scroll(robot, "#rangeToggle-" + CPS);
        robot.clickOn("#rangeToggle-" + CPS);
        TextField field = robot.lookup("#assumption-" + CPS + "-range").queryAs(TextField.class);
        robot.clickOn(field).write(typed).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRangeTypedInWordsIsSaidBackAndDrawnUnderTheSlider(FxRobot robot) {
        assertFalse(shown(robot.lookup("#assumption-" + CPS + "-range").query()), "no range, no field");
        typeRange(robot, "400 to 650, most likely 500");
        assertEquals(new Distribution.Triangular(400, 500, 650),
                document.model().uncertainty().distribution("stages.cps.unitCost"));
        String words = robot.lookup("#assumption-" + CPS + "-rangeWords").queryAs(Label.class).getText();
        assertEquals("From £400 to £650, most likely £500 (a triangle); 8 in 10 between £450 and £589.", words);
        assertTrue(shown(robot.lookup("#assumption-" + CPS + "-range").query()), "the field shows once it has a range");
        assertTrue(shown(robot.lookup("#band-" + CPS).query()), "the range band shows under the slider");
        waitUntil("the quick band shows under the NPV", () -> robot.lookup("#npvBand").queryAs(Label.class)
                .getText().startsWith("P10–P90: £"));

        TextField field = robot.lookup("#assumption-" + CPS + "-range").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write("about 500").type(KeyCode.ENTER);
        String error = robot.lookup("#assumption-" + CPS + "-rangeError").queryAs(Label.class).getText();
        assertTrue(error.startsWith("Range of CPS prosecution unit cost: \"about 500\" is not a range"), error);
        assertEquals("about 500", field.getText(), "what was typed stays to be corrected");
        assertEquals(new Distribution.Triangular(400, 500, 650),
                document.model().uncertainty().distribution("stages.cps.unitCost"), "the range is kept");
    }

    @Test
    void aSimulationShowsItsProgressCanBeCancelledAndRunsAgainToItsHistogram(FxRobot robot) {
        typeRange(robot, "400 to 650, most likely 500");
        robot.interact(() -> window.showTab(3));
        TextField samples = robot.lookup("#simulationSamples").queryAs(TextField.class);
        robot.interact(() -> samples.setText("3,000,000"));
        robot.clickOn("#simulationRun");
        ProgressBar progress = robot.lookup("#simulationProgress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#simulationCancel").queryAs(Button.class);
        waitUntil("the progress bar moves", () -> progress.isVisible() && progress.getProgress() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cancel.isDisabled());
        assertTrue(robot.lookup("#simulationRun").queryAs(Button.class).isDisabled(), "one run at a time");
        robot.clickOn(cancel);
        waitUntil("the run stops", () -> !robot.lookup("#simulationRun").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#simulationStatus").queryAs(Label.class).getText().startsWith("Stopped"));
        assertTrue(robot.lookup("#histogram-bar-0").tryQuery().isEmpty(), "no histogram from a stopped run");

        robot.interact(() -> samples.setText("10,000"));
        robot.clickOn("#simulationRun");
        waitUntil("the run finishes", () -> robot.lookup("#simulationStatus").queryAs(Label.class).getText()
                .startsWith("10,000 samples in"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Pane histogram = robot.lookup("#histogram").queryAs(javafx.scene.layout.Pane.class);
        assertEquals(org.journeyworkbench.engine.uncertainty.Summary.BINS, histogram.getChildren().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("histogram-bar-")).count());
        assertTrue(robot.lookup("#histogramMarkerLabel").queryAs(Label.class).getText().endsWith("£1,852,931"));
        assertTrue(robot.lookup("#sim-p10").queryAs(Label.class).getText().startsWith("£"));
        assertTrue(robot.lookup("#simulationStatus").queryAs(Label.class).getText().startsWith("10,000 samples in"));
    }

    @Test
    void clickingATornadoBarSelectsItsInputOnTheCanvas(FxRobot robot) {
        robot.interact(() -> window.showTab(2));
        WaitForAsyncUtils.waitForFxEvents();
        InputSwing widest = Sensitivity.run(UncertainInputs.of(document.calculation(), Scenario.base()),
                Metric.npv()).inputs().get(0);
        Node bar = robot.lookup("#tornado-bar-0").query();
        robot.clickOn(bar);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InputSelection.of(widest.address()), document.selectionProperty().get());
        String heading = robot.lookup("#inspector").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).findFirst().orElse("");
        assertFalse(heading.equals("Nothing selected"), "the inspector shows the input's item: " + heading);
    }
}
