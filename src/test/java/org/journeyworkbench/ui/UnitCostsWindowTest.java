package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.ui.costs.UnitCostRow;
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

/** Search the library, pick a cost for a stage, see the figures and the citation change; undo. Headless. */
@ExtendWith(ApplicationExtension.class)
class UnitCostsWindowTest {
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

    @Test
    @SuppressWarnings("unchecked")
    void pickAnArrestCostFromTheLibraryThenUndo(FxRobot robot) {
        robot.interact(() -> document.selectionProperty().set(new Selection(Selection.Kind.STAGE, "arrest")));
        WaitForAsyncUtils.waitForFxEvents();
        double before = document.result().netSystemSaving();
        Label citation = robot.lookup("#inspector-citation").queryAs(Label.class);
        assertTrue(citation.getText().startsWith("Source: CLG Troubled Families cost database"), citation.getText());

        robot.interact(() -> robot.lookup("#inspector-pickFromLibrary").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#unitCostsSearch").queryAs(TextField.class);
        TableView<UnitCostRow> table = robot.lookup("#unitCostsTable").queryAs(TableView.class);
        assertEquals(57, table.getItems().size());
        robot.clickOn(search).write("detained proceedings");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        UnitCostRow row = table.getItems().get(0);
        assertEquals("gmca-cr7-0", row.entry().id());
        assertEquals("£593", row.value());
        assertEquals("£671.29", row.inPriceBase(), "593 × 71.5454 / 63.2017 in the model's 2012-13 prices");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#unitCostsPick").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();

        var arrest = document.model().stage("arrest").orElseThrow();
        assertEquals(593, arrest.unitCost());
        assertEquals(new Provenance(row.entry().source(), PriceYear.financial(2006), "gmca-cr7-0"),
                arrest.provenance(), "the link is kept");
        assertNotEquals(before, document.result().netSystemSaving(), 1e-6);
        assertEquals("Pick Arrest unit cost from library", document.undoLabelProperty().get());
        String cited = robot.lookup("#inspector-citation").queryAs(Label.class).getText();
        assertTrue(cited.contains("GMCA (New Economy) Unit Cost Database v1.4"), cited);
        assertTrue(cited.contains("£593 in 2006-07 prices is £671.29 in 2012-13 prices"), cited);
        assertTrue(cited.contains("licensed under CC BY 4.0"), cited);
        assertTrue(canvasTooltip(robot).contains("Library entry gmca-cr7-0"), canvasTooltip(robot));

        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1930, document.model().stage("arrest").orElseThrow().unitCost());
        assertEquals(before, document.result().netSystemSaving(), 1e-9);
        assertTrue(robot.lookup("#inspector-citation").queryAs(Label.class).getText()
                .startsWith("Source: CLG Troubled Families cost database"));
    }

    private static String canvasTooltip(FxRobot robot) {
        javafx.scene.Node box = robot.lookup("#stage-arrest").query();
        Object tip = box.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof javafx.scene.control.Tooltip t ? t.getText() : String.valueOf(tip);
    }

    @Test
    void theChecksTabListsAWarningWhenACostLosesItsSource(FxRobot robot) {
        Label summary = robot.lookup("#checksSummary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("No warnings"), summary.getText());
        robot.interact(() -> document.edit("Clear source", m -> m.withStage("arrest",
                s -> s.withProvenance(s.provenance().withSource("")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.getText().startsWith("1 warning"), summary.getText());
        javafx.scene.control.ListView<?> list = robot.lookup("#checksList").queryAs(javafx.scene.control.ListView.class);
        assertEquals("Cost with no source: Arrest unit cost (stages.arrest.unitCost): no source is given",
                list.getItems().get(0).toString());
    }
}
