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
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.ui.assumptions.AssumptionsViewModel;
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

/** A quick start shows the rows that fit first and builds the rest after the first frame, in the same order. */
@ExtendWith(ApplicationExtension.class)
class QuickStartWindowTest {
    @TempDir
    static Path dir;
    private WorkbenchDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        document = new WorkbenchDocument(FileActions.barnet(), null);
        window = new MainWindow(stage, document, new ScriptedPrompts(), new RecentFiles(dir.resolve("recent.txt")),
                () -> { }, (files, p, d) -> { }, true);
        stage.show();
    }

    private static List<String> sliderIds(Parent assumptions) {
        return assumptions.lookupAll(".slider").stream().filter(n -> n instanceof Slider).map(Node::getId).toList();
    }

    @Test
    void theFirstFrameHasTheTopRowsAndTheRestFollowInTheirPlaces(FxRobot robot) throws Exception {
        Parent assumptions = robot.lookup("#assumptions").queryAs(Parent.class);
        List<String> first = sliderIds(assumptions);
        assertEquals(20, first.size(), "only the rows that fit on screen at first");
        assertEquals("slider-initiatives_njp_takeUp", first.get(0), "the first initiative's inputs come first");

        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> window.finishStart(done::countDown));
        assertTrue(done.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> all = sliderIds(assumptions);
        // Every input's row, in the order the panel lists them when built at once.
        List<String> expected = AssumptionsViewModel.sections(document.model(), Inputs.list(document.model()), "",
                AssumptionsViewModel.Grouping.INITIATIVE).values().stream()
                .flatMap(List::stream).map(i -> "slider-" + i.address().replace('.', '_')).toList();
        assertEquals(expected, all);
        assertEquals(first, all.subList(0, 20));
    }
}
