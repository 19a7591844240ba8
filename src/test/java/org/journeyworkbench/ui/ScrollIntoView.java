package org.journeyworkbench.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scrolls the panel holding a node until the node is in view, as a person would before clicking it: which
 * rows fit on screen depends on the window's size and on how tall each row is, which tests should not.
 */
final class ScrollIntoView {
    private ScrollIntoView() {
    }

    static void scroll(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getContent() != null) {
                    Node content = pane.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (extra > 0) {
                        double target = Math.max(0, inContent.getMinY() - pane.getViewportBounds().getHeight() / 3);
                        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * Math.min(1, target / extra));
                    }
                    pane.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
