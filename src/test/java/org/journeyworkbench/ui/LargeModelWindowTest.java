package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A model far larger than a business case (a 1,500-stage chain: 2,999 figures) opens with at most 400 rows in
 * the Assumptions panel and a plain notice saying how many are not listed; the filter still finds any of them.
 * Building every row took minutes and gigabytes on a 10,000-stage model.
 */
@ExtendWith(ApplicationExtension.class)
class LargeModelWindowTest {
    private static final int STAGES = 1_500;
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WorkbenchDocument document = new WorkbenchDocument(ModelFiles.parse(chain(STAGES), "chain.json"), null);
        window = new MainWindow(stage, document, new ScriptedPrompts(), new RecentFiles(dir.resolve("recent.txt")),
                () -> { }, (files, p, d) -> { }, true);
        stage.show();
    }

    static String chain(int n) {
        StringBuilder stages = new StringBuilder();
        StringBuilder arrows = new StringBuilder();
        for (int k = 0; k < n; k++) {
            stages.append(k == 0 ? "" : ",").append("{\"id\":\"s").append(k).append("\",\"name\":\"S").append(k)
                    .append("\",\"agency\":\"a\",\"unitCost\":10}");
            if (k > 0) {
                arrows.append(k == 1 ? "" : ",").append("{\"id\":\"t").append(k).append("\",\"from\":\"s").append(k - 1)
                        .append("\",\"to\":\"s").append(k).append("\",\"rate\":0.99}");
            }
        }
        return "{\"format\":\"journey-workbench-model\",\"formatVersion\":1,\"name\":\"chain\","
                + "\"agencies\":[{\"id\":\"a\",\"name\":\"A\"}],"
                + "\"level1\":{\"terms\":[{\"name\":\"1A\",\"measure\":\"avoidedJourneyCosts\"}],\"formula\":\"1A\"},"
                + "\"stages\":[" + stages + "],\"transitions\":[" + arrows + "],"
                + "\"targetGroups\":[{\"id\":\"g\",\"name\":\"G\",\"cases\":100,\"entryStage\":\"s0\"}]}";
    }

    private static List<String> sliderIds(Parent assumptions) {
        return assumptions.lookupAll(".slider").stream().filter(n -> n instanceof Slider).map(Node::getId).toList();
    }

    @Test
    void listsAtMost400RowsSaysHowManyAreNotListedAndTheFilterFindsTheRest(FxRobot robot) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> window.finishStart(done::countDown));
        assertTrue(done.await(120, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        Parent assumptions = robot.lookup("#assumptions").queryAs(Parent.class);
        assertEquals(400, sliderIds(assumptions).size());
        String said = assumptions.lookupAll("#assumptionsNotListed").stream().map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + " | " + b);
        // 1,500 unit costs: 400 listed, 1,100 not; then whole headings not listed: 1,499 rates, the group's
        // cases and the appraisal's nine figures.
        assertTrue(said.contains("1,100 more figures not listed (the panel lists 400 at most): type part of a "
                + "name in the filter above to find one."), said);
        assertTrue(said.contains("1,509 more figures in 3 more headings not listed"), said);

        TextField filter = robot.lookup("#assumptionsFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("S1234 unit"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("slider-stages_s1234_unitCost"), sliderIds(assumptions));
    }
}
