package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
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

/** The diagram in the real window: the group picker, a new arrow's rate, Export Diagram, readable text. */
@ExtendWith(ApplicationExtension.class)
class DiagramWindowTest {
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
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    private static String arrowLabel(FxRobot robot, String id) {
        return robot.lookup("#arrow-" + id).lookup(".arrow-label").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePickerShowsOneGroupsJourneyWithItsOwnRates(FxRobot robot) {
        assertTrue(arrowLabel(robot, "callout-arrest").startsWith("varies by group"), arrowLabel(robot, "callout-arrest"));
        ComboBox<String> picker = robot.lookup("#groupPicker").queryAs(ComboBox.class);
        assertEquals("All groups", picker.getValue());
        String asb = document.model().targetGroup("asb").orElseThrow().name();
        robot.interact(() -> picker.setValue(asb));
        assertTrue(arrowLabel(robot, "callout-arrest").startsWith("10%\n"), arrowLabel(robot, "callout-arrest"));
        String atRisk = document.model().targetGroup("at-risk").orElseThrow().name();
        robot.interact(() -> picker.setValue(atRisk));
        assertTrue(arrowLabel(robot, "callout-arrest").startsWith("50%\n"), arrowLabel(robot, "callout-arrest"));
        robot.interact(() -> picker.setValue("All groups"));
        assertTrue(arrowLabel(robot, "callout-arrest").startsWith("varies by group"));
    }

    @Test
    void aNewArrowAsksItsRateAndExplainsABadOne(FxRobot robot) {
        prompts.texts.add("ten");
        prompts.texts.add("15");
        robot.interact(() -> window.canvas().connect("arrest", "court"));
        assertEquals(1, prompts.errors.size(), "one explanation");
        assertTrue(prompts.errors.get(0).contains("\"ten\" is not a number"), prompts.errors.get(0));
        assertEquals(0.15, document.model().transitions().stream().filter(t -> t.from().equals("arrest")
                && t.to().equals("court")).findFirst().orElseThrow().rate(), 1e-12);
    }

    @Test
    void cancellingTheRateMakesNoArrow(FxRobot robot) {
        JourneyModel before = document.model();
        prompts.text = null;
        robot.interact(() -> window.canvas().connect("arrest", "court"));
        assertEquals(before, document.model());
    }

    @Test
    void aRateTheStageHasNoRoomForIsRefused(FxRobot robot) {
        prompts.texts.add("60"); // arrest already sends 80% on: 20% is left
        prompts.texts.add("15");
        robot.interact(() -> window.canvas().connect("arrest", "court"));
        assertTrue(prompts.errors.get(0).contains("at most 20% is left"), prompts.errors.get(0));
        assertEquals(0.15, document.model().transitions().stream().filter(t -> t.to().equals("court")
                && t.from().equals("arrest")).findFirst().orElseThrow().rate(), 1e-12);
    }

    @Test
    void exportDiagramWritesAnSvgWithTheStageNamesAndAPng(FxRobot robot) throws Exception {
        prompts.save = dir.resolve("journey.svg");
        robot.interact(() -> window.canvas().exportDiagram());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(prompts.save.toFile());
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Police call-out") && text.contains("Custodial sentence"), text);
        prompts.save = dir.resolve("journey.png");
        robot.interact(() -> window.canvas().exportDiagram());
        byte[] png = Files.readAllBytes(prompts.save);
        assertTrue(png.length > 1000);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyInWords(FxRobot robot) {
        prompts.save = dir.resolve("no such folder").resolve("journey.svg");
        robot.interact(() -> window.canvas().exportDiagram());
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("the folder does not exist"), prompts.errors.get(0));
        assertFalse(prompts.errors.get(0).contains("Exception"), prompts.errors.get(0));
    }

    @Test
    void fittedTheSmallestDiagramTextIsAtLeastTenPixels(FxRobot robot) {
        robot.interact(() -> window.canvas().fitToWindow());
        Label label = robot.lookup("#arrow-callout-arrest").lookup(".arrow-label").queryAs(Label.class);
        double onScreen = label.getFont().getSize() * window.canvas().zoomLevel();
        assertTrue(onScreen >= 10, "arrow label " + onScreen + " px");
    }

    @Test
    void aBoxsTooltipSaysWhatItsCutShortLinesSay(FxRobot robot) {
        Node box = robot.lookup("#group-asb").query();
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) box.getProperties()
                .get("javafx.scene.control.Tooltip");
        String name = document.model().targetGroup("asb").orElseThrow().name();
        assertTrue(tip.getText().startsWith(name + "\n"), tip.getText());
    }

    @Test
    void zoomingInNeverCoversTheLegend(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> window.canvas().zoomIn());
        }
        WaitForAsyncUtils.waitForFxEvents();
        Node legend = robot.lookup("#agencyLegend").query();
        Node viewport = robot.lookup("#diagramViewport").query();
        Bounds l = legend.localToScene(legend.getBoundsInLocal());
        Bounds v = viewport.localToScene(viewport.getLayoutBounds());
        assertTrue(l.getMaxY() <= v.getMinY() + 0.5, "the drawing starts below the legend: " + l + " / " + v);
    }
}
