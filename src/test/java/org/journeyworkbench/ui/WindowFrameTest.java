package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.RecentFiles;
import org.journeyworkbench.ui.window.WindowSettings;
import org.journeyworkbench.ui.window.WindowSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The normal window's frame, headless, on a projector (1280×720) and a large screen (1920×1080): what must be in
 * sight, Ctrl+Z in a focused number field, the status line after a structural edit, the side panels hidden and
 * the window's size remembered in a temporary store (never the user's).
 */
@ExtendWith(ApplicationExtension.class)
class WindowFrameTest {
    private static final String ARREST = "#field-stages_arrest_unitCost";
    @TempDir
    static Path dir;
    private WorkbenchDocument document;
    private MainWindow window;
    private Stage stage;
    private WindowSettingsStore store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        document = new WorkbenchDocument(FileActions.barnet(), null);
        store = WindowSettingsStore.at(dir.resolve("window-" + System.nanoTime() + ".properties"));
        window = new MainWindow(stage, document, new ScriptedPrompts(), new RecentFiles(dir.resolve("recent.txt")),
                () -> { }, (files, p, d) -> { }, false, store);
        stage.show();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onAProjectorTheMenusToolbarScenarioPickerAndTotalRowAreInSight(FxRobot robot) {
        inSight(robot, 1280, 720);
    }

    @Test
    void onALargeScreenTheMenusToolbarScenarioPickerAndTotalRowAreInSight(FxRobot robot) {
        inSight(robot, 1920, 1080);
    }

    @Test
    void atTheSmallestSizeEverythingStillFits(FxRobot robot) {
        inSight(robot, WindowSettings.MIN_WIDTH, WindowSettings.MIN_HEIGHT + 80);
        assertEquals(WindowSettings.MIN_WIDTH, stage.getMinWidth());
        assertEquals(WindowSettings.MIN_HEIGHT, stage.getMinHeight());
    }

    private void inSight(FxRobot robot, double width, double height) {
        resize(robot, width, height);
        Bounds screen = new BoundingBox(0, 0, width, height);
        for (String id : List.of("#menuBar", "#toolOpen", "#toolUndo", "#scenarioPicker", "#statusLine",
                "#netSystemSaving", "#npv", "#bcr")) {
            Node n = robot.lookup(id).query();
            assertTrue(n.isVisible(), id + " shown");
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            assertTrue(screen.contains(b), id + " on the " + width + "×" + height + " screen: " + b);
        }
        TableRow<?> total = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof SummaryRow s && "total".equals(s.agencyId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Total row"));
        Bounds b = total.localToScreen(total.getBoundsInLocal());
        Node results = robot.lookup("#resultsScroll").query();
        Bounds view = results.localToScreen(results.getBoundsInLocal());
        assertTrue(screen.contains(b) && view.contains(b), "the Total row in sight without scrolling: " + b
                + " in " + view);
        // Headings in full: a column's heading fits its width.
        for (Node h : robot.lookup("#summaryTable .column-header .label").queryAll()) {
            Label l = (Label) h;
            assertFalse(l.getText().isEmpty());
            assertTrue(l.prefWidth(-1) <= l.getWidth() + 0.5, "heading cut short: " + l.getText());
        }
    }

    @Test
    void ctrlZInAFocusedNumberFieldCommitsWhatWasTypedAndUndoesIt(FxRobot robot) {
        ScrollIntoView.scroll(robot, ARREST);
        TextField field = robot.lookup(ARREST).queryAs(TextField.class);
        // Typed and committed with Enter, the focus still in the field: Ctrl+Z undoes it.
        robot.clickOn(ARREST).push(KeyCode.CONTROL, KeyCode.A).write("2500").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2500, document.inputValue("stages.arrest.unitCost"));
        assertTrue(field.isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1930, document.inputValue("stages.arrest.unitCost"));
        assertEquals("£166,604", robot.lookup("#netSystemSaving").queryAs(Label.class).getText());

        // Typed and not committed: Ctrl+Z commits it first (so nothing typed is lost: Ctrl+Y brings it back).
        robot.clickOn(ARREST).push(KeyCode.CONTROL, KeyCode.A).write("2100");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1930, document.inputValue("stages.arrest.unitCost"), "not committed yet");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1930, document.inputValue("stages.arrest.unitCost"));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2100, document.inputValue("stages.arrest.unitCost"), "Ctrl+Y in the field redoes");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2100, document.inputValue("stages.arrest.unitCost"), "nothing more to redo");
    }

    @Test
    void deletingAStageSaysWhatItDidToTheNetSavingAndCtrlZPutsItBack(FxRobot robot) {
        robot.interact(() -> document.selectionProperty().set(new Selection(Selection.Kind.STAGE, "caution")));
        robot.clickOn("#toolDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.model().stage("caution").isEmpty());
        assertEquals("Deleted Caution: net saving £166,604 → £151,293. Ctrl+Z to undo.",
                robot.lookup("#statusLine").queryAs(Label.class).getText());
        assertEquals("£151,293", robot.lookup("#netSystemSaving").queryAs(Label.class).getText());
        robot.clickOn("#netSystemSaving").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("£166,604", robot.lookup("#netSystemSaving").queryAs(Label.class).getText());
        assertTrue(document.model().stage("caution").isPresent());
    }

    @Test
    void theSidePanelsHideAndComeBackAtTheirWidth(FxRobot robot) {
        resize(robot, 1440, 900);
        Node assumptions = robot.lookup("#assumptions").query();
        double width = assumptions.getBoundsInLocal().getWidth();
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#assumptions").tryQuery().isPresent(), "hidden");
        assertFalse(window.frame().current().assumptionsShown());
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assumptions").tryQuery().isPresent(), "shown again");
        assertEquals(width, assumptions.getBoundsInLocal().getWidth(), 2);
    }

    @Test
    void theWindowIsRememberedWhenItCloses(FxRobot robot) {
        resize(robot, 1300, 760);
        robot.interact(() -> window.frame().inspectorShownProperty().set(false));
        robot.interact(() -> window.frame().remember());
        WindowSettings kept = store.load();
        assertEquals(new WindowSettings.Box(0, 0, 1300, 760), kept.bounds());
        assertFalse(kept.inspectorShown());
        assertTrue(kept.assumptionsShown());
        assertEquals(Set.of(true), Set.of(kept.assumptionsWidth() >= WindowSettings.SIDE_MIN_WIDTH));
    }
}
