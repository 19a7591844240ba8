package org.journeyworkbench.ui.uncertainty;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.journeyworkbench.engine.uncertainty.Summary;

/**
 * The cumulative curve of a run: for each figure, the chance the result is at or below it, with 0%, 50% and
 * 100% marked, a money axis under it and a line at the figure with every input at its value.
 */
final class CumulativeChart extends Pane {
    private static final double LEFT = 40;
    private static final double RIGHT = 8;
    private static final double TOP = 18;
    private static final double BOTTOM = 22;
    private final Polyline curve = new Polyline();
    private final Line marker = new Line();
    private SimulationFigures shown;

    CumulativeChart() {
        setId("cumulative");
        setAccessibleText("Cumulative curve: the chance the result is at or below each figure");
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(
                "The chance the result is at or below each figure; the dashed line is the figure with every input at its value"));
        getStyleClass().add("sim-chart");
        curve.setId("cumulativeCurve");
        curve.getStyleClass().add("cumulative-curve");
        marker.getStyleClass().add("deterministic-marker");
        setMinSize(240, 170);
        setPrefSize(460, 220);
    }

    void show(SimulationFigures f) {
        shown = f;
        getChildren().clear();
        if (f == null) {
            return;
        }
        for (double p : new double[]{0, 0.5, 1}) {
            Line grid = new Line();
            grid.getStyleClass().add("grid-line");
            grid.setUserData(p);
            Label l = new Label(Math.round(p * 100) + "%");
            l.getStyleClass().add("axis-label");
            l.setUserData(new double[]{p});
            getChildren().addAll(grid, l);
        }
        for (double t : ChartAxis.ticks(f.axisMin(), f.axisMax(), 5)) {
            Label l = new Label(ChartAxis.money(t));
            l.getStyleClass().add("axis-label");
            l.setUserData(t);
            getChildren().add(l);
        }
        getChildren().addAll(curve, marker);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (shown == null) {
            return;
        }
        double w = getWidth() - LEFT - RIGHT;
        double h = getHeight() - TOP - BOTTOM;
        curve.getPoints().clear();
        for (Summary.Point p : shown.cumulative()) {
            curve.getPoints().addAll(x(p.value(), w), TOP + (1 - p.probability()) * h);
        }
        double mx = Math.round(x(shown.deterministic(), w)) + 0.5;
        marker.setStartX(mx);
        marker.setEndX(mx);
        marker.setStartY(TOP - 4);
        marker.setEndY(TOP + h);
        for (var n : getChildren()) {
            if (n instanceof Line grid && grid.getUserData() instanceof Double p) {
                double y = Math.round(TOP + (1 - p) * h) + 0.5;
                grid.setStartX(LEFT);
                grid.setEndX(LEFT + w);
                grid.setStartY(y);
                grid.setEndY(y);
            } else if (n instanceof Label l && l.getUserData() instanceof double[] p) {
                l.autosize();
                l.relocate(LEFT - 4 - l.getWidth(), TOP + (1 - p[0]) * h - l.getHeight() / 2);
            } else if (n instanceof Label l && l.getUserData() instanceof Double t) {
                l.autosize();
                double x = x(t, w) - l.getWidth() / 2;
                l.relocate(Math.max(0, Math.min(getWidth() - l.getWidth(), x)), TOP + h + 3);
            }
        }
    }

    private double x(double v, double w) {
        return LEFT + (v - shown.axisMin()) / (shown.axisMax() - shown.axisMin()) * w;
    }
}
