package org.journeyworkbench.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/** An arrow between two boxes, clipped to their edges, with a label at its middle. */
final class ArrowView extends Group {
    private final Line line = new Line();
    private final Line hitArea = new Line();
    private final Polygon head = new Polygon(0, 0, -12, -6, -12, 6);
    private final Label label = new Label();
    private final boolean link;
    /** The arrow's midpoint; the label centres itself on it once its own size is known. */
    private final javafx.beans.property.DoubleProperty midX = new javafx.beans.property.SimpleDoubleProperty();
    private final javafx.beans.property.DoubleProperty midY = new javafx.beans.property.SimpleDoubleProperty();

    /** @param link true for a dashed link (initiative or group to its stage), false for a journey arrow */
    ArrowView(String id, boolean link) {
        this.link = link;
        if (id != null) {
            setId(id);
        }
        line.setStrokeWidth(link ? 1.4 : 2.2);
        line.setStroke(link ? Color.web("#8C96A3") : Color.web("#3D4652"));
        if (link) {
            line.getStrokeDashArray().setAll(6.0, 5.0);
        }
        hitArea.setStrokeWidth(14);
        hitArea.setStroke(Color.TRANSPARENT);
        head.setFill(link ? Color.web("#8C96A3") : Color.web("#3D4652"));
        label.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 1 4 1 4;"
                + "-fx-background-radius: 3; -fx-font-size: 11px; -fx-text-fill: #1a1a1a;"
                + "-fx-text-alignment: center;");
        getChildren().addAll(hitArea, line, head, label);
        label.setVisible(!link);
        label.layoutXProperty().bind(midX.subtract(label.widthProperty().divide(2)));
        label.layoutYProperty().bind(midY.subtract(label.heightProperty().divide(2)));
        head.setVisible(!link);
    }

    void setText(String text) {
        label.setText(text);
        setAccessibleText("arrow " + text.replace('\n', ' '));
    }

    void setSelected(boolean selected) {
        line.setStroke(selected ? Color.web("#E8590C") : link ? Color.web("#8C96A3") : Color.web("#3D4652"));
        head.setFill(line.getStroke());
        line.setStrokeWidth(selected ? 3.5 : link ? 1.4 : 2.2);
    }

    /** Points the arrow from box {@code a} to box {@code b}. */
    void connect(BoxNode a, BoxNode b) {
        Point2D from = edge(a, b.centerX(), b.centerY());
        Point2D to = edge(b, a.centerX(), a.centerY());
        set(from, to);
    }

    void set(Point2D from, Point2D to) {
        for (Line l : new Line[] {line, hitArea}) {
            l.setStartX(from.getX());
            l.setStartY(from.getY());
            l.setEndX(to.getX());
            l.setEndY(to.getY());
        }
        head.setTranslateX(to.getX());
        head.setTranslateY(to.getY());
        head.setRotate(Math.toDegrees(Math.atan2(to.getY() - from.getY(), to.getX() - from.getX())));
        midX.set((from.getX() + to.getX()) / 2);
        midY.set((from.getY() + to.getY()) / 2);
    }

    /** Where the line from the box's centre towards (x, y) leaves the box. */
    static Point2D edge(BoxNode box, double x, double y) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = x - cx;
        double dy = y - cy;
        if (dx == 0 && dy == 0) {
            return new Point2D(cx, cy);
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(cx + dx * s, cy + dy * s);
    }
}
