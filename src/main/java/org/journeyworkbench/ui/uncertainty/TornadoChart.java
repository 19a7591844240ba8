package org.journeyworkbench.ui.uncertainty;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The tornado: one row an input, widest swing on top; its name on the left (wrapped, never cut off), a bar
 * from the base figure to the result at the input's low value (one colour) and at its high value (another),
 * and the two results in words at the bar's ends. A tooltip tells the whole story, switching value included;
 * clicking a row hands its input's address to {@code onPick}. Bars have ids {@code tornado-bar-K}.
 */
final class TornadoChart extends GridPane {
    /** More than this and the chart stops being readable; the table below lists them all. */
    static final int MOST = 15;
    private final Consumer<String> onPick;

    TornadoChart(Consumer<String> onPick) {
        this.onPick = onPick;
        setId("tornadoChart");
        setAccessibleText("Tornado chart: how far each input moves the result");
        getStyleClass().add("tornado");
        setHgap(8);
        setVgap(3);
        setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(30);
        ColumnConstraints low = new ColumnConstraints();
        low.setMinWidth(Region.USE_PREF_SIZE);
        low.setHalignment(HPos.RIGHT);
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        track.setMinWidth(120);
        ColumnConstraints high = new ColumnConstraints();
        high.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().setAll(name, low, track, high);
    }

    void show(Tornado t) {
        getChildren().clear();
        List<Tornado.Bar> bars = t.bars().subList(0, Math.min(MOST, t.bars().size()));
        for (int k = 0; k < bars.size(); k++) {
            Tornado.Bar b = bars.get(k);
            // Its group under it: "Cases a year" alone does not say whose.
            Label label = new Label(b.label());
            label.getStyleClass().add("tornado-name");
            label.setWrapText(true);
            label.setMinWidth(0);
            label.setMaxHeight(34);
            Label group = new Label(b.group());
            group.getStyleClass().add("tornado-group");
            group.setMinWidth(0);
            javafx.scene.layout.VBox name = new javafx.scene.layout.VBox(0, label, group);
            name.setMinWidth(0);
            Tooltip.install(name, new Tooltip(b.label() + " (" + b.group() + ")"));
            Track track = new Track(b, "tornado-bar-" + k);
            Tooltip tip = new Tooltip(b.tooltip(t.metric()));
            tip.setShowDelay(javafx.util.Duration.millis(200));
            Tooltip.install(track, tip);
            track.setAccessibleText(b.label() + ": " + b.atLow() + " to " + b.atHigh());
            // The result at the left end of the bar beside it, the right end's on the right.
            boolean lowOnLeft = b.lowEnd() <= b.highEnd();
            Label left = end(lowOnLeft ? b.atLow() : b.atHigh(), "tornadoLeft-" + k);
            Label right = end(lowOnLeft ? b.atHigh() : b.atLow(), "tornadoRight-" + k);
            add(name, 0, k);
            add(left, 1, k);
            add(track, 2, k);
            add(right, 3, k);
            GridPane.setValignment(name, VPos.CENTER);
            for (var n : List.of(name, left, track, right)) {
                n.setCursor(Cursor.HAND);
                n.setOnMouseClicked(e -> onPick.accept(b.address()));
            }
        }
    }

    private static Label end(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("tornado-end");
        if (text.startsWith("(")) {
            l.getStyleClass().add("negative");
        }
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** One bar in two parts either side of the base figure's line. */
    private static final class Track extends Pane {
        private final Tornado.Bar bar;
        private final Region low = new Region();
        private final Region high = new Region();
        private final Line base = new Line();

        Track(Tornado.Bar bar, String id) {
            this.bar = bar;
            setId(id);
            getStyleClass().add("tornado-track");
            low.getStyleClass().add("tornado-low");
            high.getStyleClass().add("tornado-high");
            base.getStyleClass().add("tornado-base");
            getChildren().addAll(low, high, base);
            setMinSize(120, 22);
            setPrefSize(300, 22);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double z = Math.round(bar.base() * w);
            place(low, z, Math.round(bar.lowEnd() * w), h);
            place(high, z, Math.round(bar.highEnd() * w), h);
            base.setStartX(z + 0.5);
            base.setEndX(z + 0.5);
            base.setStartY(0);
            base.setEndY(h);
        }

        private static void place(Region r, double from, double to, double h) {
            double a = Math.min(from, to);
            double b = Math.max(from, to);
            r.resizeRelocate(a, 3, Math.max(1, b - a), h - 6);
        }
    }
}
