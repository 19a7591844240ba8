package org.journeyworkbench.ui.uncertainty;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.journeyworkbench.engine.uncertainty.Summary;
import org.journeyworkbench.model.Money;

/**
 * The histogram of a run: one bar a bin, heights to the tallest, a money axis under it, and a line at the
 * figure with every input at its value. Bars have ids {@code histogram-bar-K} and a tooltip with their range
 * and count.
 */
final class HistogramChart extends Pane {
    private static final double LEFT = 8;
    private static final double RIGHT = 8;
    private static final double TOP = 18;
    private static final double BOTTOM = 22;
    private SimulationFigures shown;

    HistogramChart() {
        setId("histogram");
        setAccessibleText("Histogram of the simulated figures");
        getStyleClass().add("sim-chart");
        setMinSize(240, 170);
        setPrefSize(460, 220);
    }

    void show(SimulationFigures f) {
        shown = f;
        getChildren().clear();
        if (f == null) {
            return;
        }
        long most = 1;
        for (Summary.Bin b : f.histogram()) {
            most = Math.max(most, b.count());
        }
        int k = 0;
        for (Summary.Bin b : f.histogram()) {
            Region bar = new Region();
            bar.setId("histogram-bar-" + k++);
            bar.getStyleClass().add(b.to() <= 0 ? "histogram-bar-negative" : "histogram-bar");
            bar.setUserData(new double[]{b.from(), b.to(), (double) b.count() / most});
            Tooltip.install(bar, new Tooltip(Money.format(b.from()) + " to " + Money.format(b.to()) + ": "
                    + String.format("%,d", b.count()) + " samples"));
            getChildren().add(bar);
        }
        for (double t : ChartAxis.ticks(f.axisMin(), f.axisMax(), 5)) {
            Label l = new Label(ChartAxis.money(t));
            l.getStyleClass().add("axis-label");
            l.setUserData(t);
            getChildren().add(l);
        }
        Line marker = new Line();
        marker.setId("histogramMarker");
        marker.getStyleClass().add("deterministic-marker");
        Label markerLabel = new Label("With every input at its value: " + f.deterministicText());
        markerLabel.setId("histogramMarkerLabel");
        markerLabel.getStyleClass().add("marker-label");
        getChildren().addAll(marker, markerLabel);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (shown == null) {
            return;
        }
        double w = getWidth() - LEFT - RIGHT;
        double h = getHeight() - TOP - BOTTOM;
        for (var n : getChildren()) {
            if (n instanceof Region r && r.getUserData() instanceof double[] b) {
                double x0 = x(b[0], w);
                double x1 = x(b[1], w);
                double height = Math.max(b[2] > 0 ? 1 : 0, b[2] * h);
                r.resizeRelocate(Math.round(x0), TOP + h - height, Math.max(1, Math.round(x1) - Math.round(x0) - 1),
                        height);
            } else if (n instanceof Label l && l.getUserData() instanceof Double t) {
                l.autosize();
                double x = x(t, w) - l.getWidth() / 2;
                l.relocate(Math.max(0, Math.min(getWidth() - l.getWidth(), x)), TOP + h + 3);
            } else if (n instanceof Line line) {
                double x = Math.round(x(shown.deterministic(), w)) + 0.5;
                line.setStartX(x);
                line.setEndX(x);
                line.setStartY(TOP - 4);
                line.setEndY(TOP + h);
            } else if (n instanceof Label l && "histogramMarkerLabel".equals(l.getId())) {
                l.autosize();
                double x = x(shown.deterministic(), w) + 4;
                if (x + l.getWidth() > getWidth()) {
                    x = x(shown.deterministic(), w) - 4 - l.getWidth();
                }
                l.relocate(Math.max(0, x), 0);
            }
        }
    }

    private double x(double v, double w) {
        return LEFT + (v - shown.axisMin()) / (shown.axisMax() - shown.axisMin()) * w;
    }

    /** The number of bars drawn (for tests). */
    int bars() {
        return (int) getChildren().stream().filter(n -> n.getId() != null && n.getId().startsWith("histogram-bar-"))
                .count();
    }

    List<javafx.scene.Node> nodes() {
        return getChildren();
    }
}
