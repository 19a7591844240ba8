package org.journeyworkbench.ui.canvas;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.journeyworkbench.engine.layout.ArrowRouter;
import org.journeyworkbench.engine.layout.Box;
import org.journeyworkbench.engine.layout.Point;

/**
 * An arrow between two boxes along the path the layout routed (bent round boxes in its way), with a label
 * at its middle. Colours and sizes are in canvas.css.
 */
final class ArrowView extends Group {
    private final Polyline line = new Polyline();
    private final Polyline hitArea = new Polyline();
    private final Polygon head = new Polygon(0, 0, -12, -6, -12, 6);
    private final Label label = new Label();
    private Tooltip tip;
    /** The arrow's midpoint; the label centres itself on it once its own size is known. */
    private final DoubleProperty midX = new SimpleDoubleProperty();
    private final DoubleProperty midY = new SimpleDoubleProperty();

    /** @param link true for a dashed link (initiative or group to its stage), false for a journey arrow */
    ArrowView(String id, boolean link) {
        if (id != null) {
            setId(id);
        }
        getStyleClass().add(link ? "diagram-link" : "diagram-arrow");
        line.getStyleClass().add("diagram-line");
        hitArea.getStyleClass().add("diagram-hit-area");
        head.getStyleClass().add("diagram-head");
        label.getStyleClass().add("arrow-label");
        getChildren().addAll(hitArea, line, head, label);
        label.setVisible(!link);
        label.layoutXProperty().bind(midX.subtract(label.widthProperty().divide(2)));
        label.layoutYProperty().bind(midY.subtract(label.heightProperty().divide(2)));
        head.setVisible(!link);
    }

    void setText(String text, String tooltip) {
        label.setText(text);
        setAccessibleText("arrow " + text.replace('\n', ' '));
        if (tooltip == null || tooltip.isEmpty()) {
            if (tip != null) {
                Tooltip.uninstall(label, tip);
                tip = null;
            }
        } else {
            if (tip == null) {
                tip = new Tooltip();
                Tooltip.install(label, tip);
            }
            tip.setText(tooltip);
        }
    }

    String text() {
        return label.getText();
    }

    /** The tooltip's text (for tests: a tooltip is only shown after a hover delay); empty when none. */
    String tooltipText() {
        return tip == null ? "" : tip.getText();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }

    /** Points the arrow straight from box {@code a} to box {@code b} (while one of them is dragged). */
    void connect(BoxNode a, BoxNode b) {
        Box from = a.asBox();
        Box to = b.asBox();
        setPath(List.of(from.edgeTowards(to.centre()), to.edgeTowards(from.centre())));
    }

    void set(Point2D from, Point2D to) {
        setPath(List.of(new Point(from.getX(), from.getY()), new Point(to.getX(), to.getY())));
    }

    void setPath(List<Point> points) {
        Double[] xy = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).x();
            xy[2 * i + 1] = points.get(i).y();
        }
        line.getPoints().setAll(xy);
        hitArea.getPoints().setAll(xy);
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        head.setTranslateX(end.x());
        head.setTranslateY(end.y());
        head.setRotate(Math.toDegrees(Math.atan2(end.y() - before.y(), end.x() - before.x())));
        Point mid = ArrowRouter.middle(points);
        midX.set(mid.x());
        midY.set(mid.y());
    }
}
