package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.model.JourneyModel;
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

/**
 * Workshop mode in the real window, headless, on a projector (1280×720) and a large screen (1920×1080): pin a
 * lever in the normal window, present, move the lever with the keys, show options with the number keys, switch
 * an initiative, watch the log grow, export it, go back to the start, leave with Escape. Every text in
 * workshop mode is 18 px or more and none is cut off.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopWindowTest {
    private static final String ARREST = "stages.arrest.unitCost";
    private static final String WITHOUT = "Without Community Coaches";
    @TempDir
    static Path dir;
    private WorkbenchDocument document;
    private MainWindow window;
    private ScriptedPrompts prompts;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        document = new WorkbenchDocument(FileActions.barnet(), null);
        prompts = new ScriptedPrompts();
        window = new MainWindow(stage, document, prompts, new RecentFiles(dir.resolve("recent.txt")), () -> { },
                (files, p, d) -> { });
        window.workshop().setFullScreen(false);
        stage.show();
    }

    @Test
    void aWorkshopOnAProjector(FxRobot robot) throws Exception {
        workshop(robot, 1280, 720);
    }

    @Test
    void aWorkshopOnALargeScreen(FxRobot robot) throws Exception {
        workshop(robot, 1920, 1080);
    }

    private void workshop(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // Pin a lever in the normal window: right-click the input, Pin as Lever.
        // (Monocle's headless robot makes no context-menu request of a right-click: the request is made here.)
        ScrollIntoView.scroll(robot, "#slider-stages_arrest_unitCost");
        Node input = robot.lookup("#slider-stages_arrest_unitCost").query();
        robot.interact(() -> {
            Bounds b = input.localToScreen(input.getBoundsInLocal());
            input.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5,
                    false, null));
        });
        robot.clickOn("Pin as Lever (for workshop mode)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.model().workshop().isPinned(ARREST));
        JourneyModel start = document.model();

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#workshopView").tryQuery().isPresent(), "F5 presents");
        assertTrue(robot.lookup("#menuBar").tryQuery().isEmpty(), "the menus and side panels are away");
        assertEquals("£166,604", text(robot, "#workshopNetSaving"));
        assertEquals("£1,852,931", text(robot, "#workshopNpv"));
        readable(robot, width, height);

        // Move the pinned lever with the arrow keys.
        Slider lever = robot.lookup("#lever-stages_arrest_unitCost-slider").queryAs(Slider.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(lever::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lever.isFocused());
        double before = document.inputValue(ARREST);
        String netBefore = text(robot, "#workshopNetSaving");
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1930, before);
        assertEquals(2100, document.inputValue(ARREST), "£1,930 in whole steps of £100 (up to £5,000): 2,000, 2,100");
        assertEquals("£2,100", text(robot, "#lever-stages_arrest_unitCost-value"));
        assertNotEquals(netBefore, text(robot, "#workshopNetSaving"), "the headline follows the lever");

        // Options with the number keys.
        robot.push(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WITHOUT, document.scenarioName());
        assertTrue(robot.lookup("#workshopOption-2").query().getStyleClass().contains("showing"));

        // An initiative off.
        robot.clickOn("#workshopInitiativesTab");
        WaitForAsyncUtils.waitForFxEvents();
        readable(robot, width, height);
        robot.clickOn("#toggle-iac");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.FALSE, document.model().scenario(WITHOUT).orElseThrow().initiatives().get("iac"));
        assertEquals("Off", text(robot, "#toggle-iac"));

        // The log has grown, line by line.
        robot.interact(() -> window.workshop().view().showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        var log = window.workshop().viewModel().log();
        assertEquals(3, log.size(), "two key presses on one lever are one change; an option; a switch");
        assertTrue(robot.lookup("#logLine-2").tryQuery().isPresent());
        assertEquals("Session log (3)", robot.lookup("#workshopTabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().get(1).getText());
        readable(robot, width, height);

        // Exported as CSV, and as the workbook's Workshop log sheet.
        Path csv = dir.resolve("log-" + (int) width + ".csv");
        prompts.save = csv;
        robot.clickOn("#workshopExportCsv");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).contains(",Option shown,Base case," + WITHOUT + ","), lines.get(2));
        Path xlsx = dir.resolve("log-" + (int) width + ".xlsx");
        prompts.save = xlsx;
        robot.clickOn("#workshopExportWorkbook");
        WaitForAsyncUtils.waitForFxEvents();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(3, wb.getSheet("Workshop log").getLastRowNum() - 2);
        }
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());

        // Back to the start of the session: the model and option as they were, one undo step.
        robot.clickOn("#workshopBackToStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, document.model());
        assertEquals("Base case", document.scenarioName());
        assertEquals("£166,604", text(robot, "#workshopNetSaving"));
        assertEquals(4, log.size());

        // Escape leaves; the normal window is back as it was.
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#workshopView").tryQuery().isEmpty());
        assertTrue(robot.lookup("#menuBar").tryQuery().isPresent());
        robot.interact(document::undo);
        assertNotEquals(start, document.model(), "going back to the start is undone in one step");
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /** Every text shown is 18 px or more, none is cut short, and no control is pushed off the screen. */
    private static void readable(FxRobot robot, double width, double height) {
        Parent root = robot.lookup("#workshopView").queryAs(Parent.class);
        List<String> small = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (Node n : all(root)) {
            if (!showing(n)) {
                continue;
            }
            if (n instanceof Text t && !t.getText().isBlank() && t.getFont().getSize() < 18 - 1e-9) {
                small.add("\"" + t.getText() + "\" at " + t.getFont().getSize() + " px");
            }
            if (n instanceof Labeled l && !l.getText().isEmpty()) {
                String shown = l.lookupAll(".text").stream().filter(Text.class::isInstance).map(x -> ((Text) x)
                        .getText()).findFirst().orElse(l.getText());
                if (!shown.equals(l.getText())) {
                    cut.add("\"" + l.getText() + "\" shown as \"" + shown + "\"");
                }
            }
            if (n instanceof javafx.scene.control.ButtonBase) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                if (b.getMinX() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                    off.add(n.getId() + " at " + b);
                }
            }
        }
        assertTrue(small.isEmpty(), "text under 18 px: " + small);
        assertTrue(cut.isEmpty(), "text cut off: " + cut);
        assertTrue(off.isEmpty(), "controls off the screen: " + off);
    }

    private static boolean showing(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> all(Parent root) {
        List<Node> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            out.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }
}
