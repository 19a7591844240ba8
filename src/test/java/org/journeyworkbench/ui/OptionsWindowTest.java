package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeyworkbench.cli.Cli;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.model.Money;
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
 * Options side by side in the real window, headless: the cards follow the scenario being edited, the Options
 * tab shows the engine's (and the command line's) figures and moves with the sliders, a baseline can be
 * pinned, and an override can be reset as one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class OptionsWindowTest {
    private static final String BASE = "Base case";
    private static final String WITHOUT = "Without Community Coaches";
    private static final String HALF = "Half the arrests avoided by panels";
    private static final String NJP_TAKE_UP = "initiatives_njp_takeUp";
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

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((javafx.scene.control.Labeled) n).getText();
    }

    /** A column of the options table as shown, one cell an option: "npv", "change", "year1", ... */
    private static List<String> column(FxRobot robot, String key) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            out.add(text(robot, "#options-" + key + "-" + k));
        }
        return out;
    }

    private void scenario(FxRobot robot, String name) {
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showOptions(FxRobot robot) {
        robot.interact(() -> window.showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String card(FxRobot robot, String initiative) {
        return robot.lookup("#initiative-" + initiative).query().getAccessibleText();
    }

    @Test
    void switchingScenarioChangesTheCards(FxRobot robot) {
        assertTrue(card(robot, "njp").contains("Takes 56 (100%) cases off a year"), card(robot, "njp"));
        scenario(robot, HALF);
        assertTrue(card(robot, "njp").contains("Takes 28 (50%) cases off a year"), card(robot, "njp"));
        scenario(robot, WITHOUT);
        assertTrue(card(robot, "coaches").contains("Switched off"), card(robot, "coaches"));
        assertTrue(card(robot, "njp").contains("Takes 56 (100%)"), card(robot, "njp"));
        scenario(robot, BASE);
        assertTrue(card(robot, "coaches").contains("Takes 200 (100%) cases off a year"), card(robot, "coaches"));
    }

    @Test
    void theOptionsTabShowsTheFiguresOfCompare(FxRobot robot) {
        showOptions(robot);
        List<OptionResult> expected = new Options(Calculation.compile(FileActions.barnet())).compare();
        assertEquals(expected.stream().map(OptionResult::name).toList(), List.of(BASE, WITHOUT, HALF));
        assertEquals(expected.stream().map(o -> Money.format(o.year1NetSaving())).toList(), column(robot, "year1"));
        assertEquals(expected.stream().map(o -> Money.format(o.npv())).toList(), column(robot, "npv"));
        assertEquals(expected.stream().map(o -> Money.format(o.deltaNpv())).toList(), column(robot, "change"));
        assertEquals(List.of("1.63", "0.90", "1.59"), column(robot, "bcr"));
        assertEquals(List.of("2013-14 (year 0)", "none", "2013-14 (year 0)"), column(robot, "payback"));
        assertEquals(List.of("Medium", "Poor", "Medium"), column(robot, "vfm"));
        for (int a = 0; a < expected.get(0).byAgency().size(); a++) {
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(Money.format(expected.get(k).byAgency().get(a).npv()),
                        text(robot, "#agencyNpv-" + a + "-" + k));
            }
        }
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(Money.format(expected.get(k).npv()), text(robot, "#npvBarValue-" + k), "the chart's figure");
        }

        // ... and so the command line's: compare's CSV, to the pound.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"compare", "sample-models/barnet-2012.json", "--format", "csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        Function<String, String> pounds = s -> Money.format(Double.parseDouble(s));
        for (int k = 0; k < 3; k++) {
            String[] cells = lines[k + 1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertEquals(pounds.apply(cells[1]), column(robot, "year1").get(k));
            assertEquals(pounds.apply(cells[2]), column(robot, "npv").get(k));
            assertEquals(pounds.apply(cells[3]), column(robot, "change").get(k));
        }
    }

    @Test
    void theOptionsTablesFitWithoutScrollBars(FxRobot robot) {
        showOptions(robot);
        for (String id : new String[] {"#optionsTable", "#optionsByAgency"}) {
            TableView<?> t = robot.lookup(id).queryAs(TableView.class);
            for (Node bar : t.lookupAll(".scroll-bar")) {
                assertFalse(bar.isVisible() && ((ScrollBar) bar).getVisibleAmount() < ((ScrollBar) bar).getMax(),
                        id + " shows a scroll bar");
            }
        }
    }

    @Test
    void draggingTheArrestUnitCostMovesEveryOption(FxRobot robot) {
        showOptions(robot);
        List<String> before = column(robot, "npv");
        ScrollIntoView.scroll(robot, "#slider-stages_arrest_unitCost");
        var start = document.model();
        Slider slider = robot.lookup("#slider-stages_arrest_unitCost").queryAs(Slider.class);
        robot.moveTo(slider.lookup(".thumb")).press(MouseButton.PRIMARY).moveBy(30, 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> during = column(robot, "npv");
        for (int k = 0; k < 3; k++) {
            assertNotEquals(before.get(k), during.get(k), "option " + k + " moves while the slider is held");
        }
        assertEquals(new Options(document.calculation()).compare().stream().map(o -> Money.format(o.npv())).toList(),
                during);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // Back to where the drag began. Under load the press can land on the track beside the thumb (a
        // click there is a step of its own before the drag), so undo until the model is the one we started on.
        robot.interact(() -> {
            for (int k = 0; k < 3 && !document.model().equals(start); k++) {
                document.undo();
            }
        });
        assertEquals(start, document.model());
        assertEquals(before, column(robot, "npv"));
    }

    @Test
    void settingNjpTakeUpInTheBaseCaseMovesOnlyTheOptionsThatFollowIt(FxRobot robot) {
        showOptions(robot);
        List<String> before = column(robot, "npv");
        Slider slider = robot.lookup("#slider-" + NJP_TAKE_UP).queryAs(Slider.class);
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(0.7);
        });
        List<String> during = column(robot, "npv");
        assertNotEquals(before.get(0), during.get(0), "the base case moves");
        assertNotEquals(before.get(1), during.get(1), "Without Community Coaches follows the base case");
        assertEquals(before.get(2), during.get(2), "Half the arrests... sets njp take-up itself");
        robot.interact(() -> slider.setValueChanging(false));
        assertEquals(0.7, document.model().initiative("njp").orElseThrow().takeUp().value(), 1e-9);
        assertEquals(during, column(robot, "npv"));
    }

    @Test
    void pinningABaselineMakesTheChangeColumnFollowIt(FxRobot robot) {
        showOptions(robot);
        List<String> npv = column(robot, "npv");
        @SuppressWarnings("unchecked")
        ComboBox<String> baseline = robot.lookup("#optionsBaseline").queryAs(ComboBox.class);
        robot.interact(() -> baseline.setValue(WITHOUT));
        List<OptionResult> o = window.options().options();
        List<String> expected = o.stream().map(x -> Money.format(x.npv() - o.get(1).npv())).toList();
        assertEquals(expected, column(robot, "change"));
        assertEquals("£0", column(robot, "change").get(1));
        assertEquals(npv, column(robot, "npv"), "the NPVs themselves do not change");
        assertTrue(text(robot, "#optionsCaption").contains("Changes are from “Without Community Coaches”"));

        // The impact chart shows the baseline behind the live figures while another option is edited...
        assertTrue(robot.lookup("#impactChartBaseline").query().isVisible());
        assertEquals("Pale, with a tick: Without Community Coaches (pinned baseline)",
                text(robot, "#impactChartBaseline"));
        // ... but not while the baseline is itself being edited.
        scenario(robot, WITHOUT);
        assertFalse(robot.lookup("#impactChartBaseline").query().isVisible());
        scenario(robot, HALF);
        assertTrue(robot.lookup("#impactChartBaseline").query().isVisible());

        // Pinning from a row's menu (fired directly: headless Monocle sends no context-menu requests).
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#options-name-2")
                .queryAs(javafx.scene.control.TableCell.class);
        javafx.scene.control.MenuItem pin = cell.getTableRow().getContextMenu().getItems().get(0);
        assertEquals("Pin as baseline", pin.getText());
        robot.interact(pin::fire);
        assertEquals(HALF, baseline.getValue());
        assertEquals("£0", column(robot, "change").get(2));
    }

    @Test
    void resettingAnOverrideReturnsTheScenarioToTheBaseValueAndUndoRestoresIt(FxRobot robot) {
        showOptions(robot);
        scenario(robot, HALF);
        robot.clickOn("#assumptionsFilter").write("take-up");
        WaitForAsyncUtils.waitForFxEvents();
        Node mark = robot.lookup("#override-" + NJP_TAKE_UP).query();
        assertTrue(mark.isVisible(), "njp take-up is set in this scenario");
        assertFalse(robot.lookup("#override-initiatives_coaches_takeUp").query().isVisible(),
                "coaches take-up follows the base case");
        String half = column(robot, "npv").get(2);
        assertNotEquals(column(robot, "npv").get(0), half);

        robot.clickOn("#reset-" + NJP_TAKE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(column(robot, "npv").get(0), column(robot, "npv").get(2), "back to the base case's figure");
        assertFalse(mark.isVisible());
        assertEquals("Reset take-up (share of cases) to base case", document.undoLabelProperty().get());
        assertTrue(card(robot, "njp").contains("Takes 56 (100%)"), card(robot, "njp"));

        robot.clickOn("#journeyCanvas").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(half, column(robot, "npv").get(2), "undo brings the override back");
        assertTrue(robot.lookup("#override-" + NJP_TAKE_UP).query().isVisible());
        assertEquals(HALF, document.scenarioName());
    }

    @Test
    void theInspectorMarksAnOverriddenFieldToo(FxRobot robot) {
        scenario(robot, HALF);
        robot.clickOn("#initiative-njp");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#inspector-override-" + NJP_TAKE_UP).query().isVisible());
        assertFalse(robot.lookup("#inspector-override-initiatives_njp_deadweight").query().isVisible());
        scenario(robot, BASE);
        assertFalse(robot.lookup("#inspector-override-" + NJP_TAKE_UP).query().isVisible(), "nothing is in the base case");
    }

    @Test
    void aScenariosSwitchIsMarkedAndCanBeReset(FxRobot robot) {
        scenario(robot, WITHOUT);
        robot.clickOn("#assumptionsFilter").write("coaches");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#override-initiatives_coaches_enabled").query().isVisible());
        robot.clickOn("#reset-initiatives_coaches_enabled");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.model().scenario(WITHOUT).orElseThrow().initiatives().isEmpty());
        assertTrue(card(robot, "coaches").contains("Takes 200 (100%)"), card(robot, "coaches"));
        robot.interact(document::undo);
        assertTrue(card(robot, "coaches").contains("Switched off"), card(robot, "coaches"));
    }
}
