package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
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

/**
 * The inputs as a programme officer finds them on Barnet at 1280×720: an initiative's inputs one choice away,
 * the grouping switched, the inputs that move nothing marked, and a bad value explained where it was typed.
 */
@ExtendWith(ApplicationExtension.class)
class AssumptionsWindowTest {
    private static final String IAC = "Initiative: (4) Intensive Alternatives to Custody";
    @TempDir
    static Path dir;
    private WorkbenchDocument document;

    @Start
    void start(Stage stage) {
        document = new WorkbenchDocument(FileActions.barnet(), null);
        new MainWindow(stage, document, new ScriptedPrompts(), new RecentFiles(dir.resolve("recent.txt")), () -> { },
                (files, p, d) -> { });
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && item.equals(c.getText()))
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node is inside the visible part of the assumptions' scroll pane. */
    private static boolean inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#assumptionsScroll").queryAs(ScrollPane.class);
        Bounds n = node.localToScene(node.getBoundsInLocal());
        Bounds s = scroll.localToScene(scroll.getBoundsInLocal());
        return node.isVisible() && n.getMinY() >= s.getMinY() && n.getMaxY() <= s.getMaxY();
    }

    private static String firstHeading(FxRobot robot) {
        VBox sections = (VBox) robot.lookup("#assumptionsScroll").queryAs(ScrollPane.class).getContent();
        return ((TitledPane) sections.getChildren().get(0)).getText();
    }

    @Test
    void anInitiativesInputsAreAtTheTopAndAnyInitiativeIsOneChoiceAway(FxRobot robot) {
        assertEquals("Initiative: (1) Neighbourhood Justice Panels", firstHeading(robot));
        assertTrue(inView(robot, "#slider-initiatives_njp_takeUp"), "the first initiative's take-up is in view");
        assertFalse(inView(robot, "#slider-initiatives_iac_takeUp"), "the fourth initiative's is further down");

        choose(robot, "#assumptionsJump", IAC);

        assertTrue(inView(robot, "#slider-initiatives_iac_takeUp"), "one choice in Go to brings it into view");
        assertTrue(robot.lookup("#section-" + IAC.replaceAll("[^A-Za-z0-9]+", "-")).queryAs(TitledPane.class)
                .isExpanded());
    }

    @Test
    void theGroupingSwitchesToTargetGroupsAndToKindsOfFigure(FxRobot robot) {
        choose(robot, "#assumptionsGrouping", "By target group");
        assertEquals("Target group: ASB perpetrators and low-level offenders", firstHeading(robot));

        choose(robot, "#assumptionsGrouping", "By kind");
        assertEquals("Costs (£)", firstHeading(robot));
        Label label = (Label) robot.lookup("#slider-stages_arrest_unitCost").query().getParent().getParent()
                .getParent().getChildrenUnmodifiable().get(0);
        assertEquals("Journey: Arrest unit cost", label.getText(), "away from its heading, a row says whose it is");

        robot.clickOn("#assumptionsFilter").write("arrest");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#slider-stages_arrest_unitCost").tryQuery().isPresent(), "the filter still works");
        assertFalse(robot.lookup("#slider-initiatives_njp_takeUp").tryQuery().isPresent());
    }

    @Test
    void theJourneysArrestRateIsMarkedNotUsedAndAGroupsOwnIsNot(FxRobot robot) {
        ScrollIntoView.scroll(robot, "#unused-transitions_callout-arrest_rate");
        Label unused = robot.lookup("#unused-transitions_callout-arrest_rate").queryAs(Label.class);
        assertTrue(unused.isVisible());
        assertEquals("Not used: every group that gets here sets its own — ASB perpetrators and "
                + "low-level offenders, Individuals at risk of offending", unused.getText());
        assertTrue(robot.lookup("#slider-transitions_callout-arrest_rate").query().getParent().getParent()
                .getParent().getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("unused")),
                "the row is dimmed");
        assertFalse(robot.lookup("#unused-targetGroups_asb_rates_callout-arrest").queryAs(Label.class).isVisible());

        // The inspector says the same of the arrow's rate.
        robot.interact(() -> document.selectionProperty().set(new Selection(Selection.Kind.TRANSITION,
                "callout-arrest")));
        assertEquals(unused.getText(), robot.lookup("#inspector-rate-unused").queryAs(Label.class).getText());
    }

    @Test
    void aBadValueSaysWhichFieldAndWhatIsWrongAndKeepsWhatWasTyped(FxRobot robot) {
        ScrollIntoView.scroll(robot, "#field-stages_arrest_unitCost");
        robot.clickOn("#field-stages_arrest_unitCost").push(KeyCode.CONTROL, KeyCode.A).write("19g0")
                .push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#error-stages_arrest_unitCost").queryAs(Label.class);
        assertEquals("Arrest unit cost: \"19g0\" is not a number; still £1,930", error.getText());
        TextField field = robot.lookup("#field-stages_arrest_unitCost").queryAs(TextField.class);
        assertEquals("19g0", field.getText());
        assertEquals(1930, document.inputValue("stages.arrest.unitCost"));

        robot.clickOn("#assumptionsFilter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("19g0", field.getText(), "leaving the field keeps what was typed, to be corrected");
        assertTrue(error.isVisible());

        // The inspector commits the same way, in its own words.
        robot.interact(() -> document.selectionProperty().set(new Selection(Selection.Kind.STAGE, "arrest")));
        ScrollIntoView.scroll(robot, "#inspector-unitCost");
        robot.clickOn("#inspector-unitCost").push(KeyCode.CONTROL, KeyCode.A).write("-5").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Unit cost: a cost cannot be negative; still £1,930",
                robot.lookup("#inspector-unitCost-error").queryAs(Label.class).getText());
        assertEquals("-5", robot.lookup("#inspector-unitCost").queryAs(TextField.class).getText());
    }
}
