package org.journeyworkbench.ui.options;

import org.journeyworkbench.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.journeyworkbench.ui.options.OptionsTable.Bar;
import org.journeyworkbench.ui.options.OptionsTable.Row;

/**
 * The bar chart of NPV by option: one bar an option, its name on the left (wrapped, never cut off by the
 * chart) and its NPV on the right, bars from a shared zero line (left of it for a negative NPV). Where each
 * bar lies comes from {@link OptionsTable.Bar}; this only draws it. Bars have ids, "npvBar-1".
 */
final class NpvBars extends GridPane {
    private final List<Label> names = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();

    NpvBars() {
        setId("optionsNpvChart");
        setAccessibleText("Bar chart of NPV by option");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(38);
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        track.setMinWidth(60);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setHalignment(HPos.RIGHT);
        getColumnConstraints().setAll(name, track, value);
        setMinWidth(220);
    }

    void show(OptionsTable table) {
        List<Row> rows = table.rows();
        if (rows.size() != tracks.size()) {
            build(rows.size());
        }
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            names.get(k).setText(r.name());
            Styles.addClass(names.get(k), "npv-bar-name");
            Styles.set(names.get(k), Styles.EDITING, r.editing());
            values.get(k).setText(r.npv());
            Styles.addClass(values.get(k), "npv-bar-value");
            Styles.set(values.get(k), Styles.NEGATIVE, r.npvNegative());
            tracks.get(k).show(r.bar(), r.npvNegative(), r.baseline());
            tracks.get(k).setAccessibleText(r.name() + ": NPV " + r.npv());
        }
    }

    private void build(int n) {
        getChildren().clear();
        names.clear();
        tracks.clear();
        values.clear();
        for (int k = 0; k < n; k++) {
            Label name = new Label();
            name.setWrapText(true);
            name.setMinWidth(0);
            name.setMaxHeight(48); // three lines at most
            Track track = new Track("npvBar-" + k);
            Label value = new Label();
            value.setId("npvBarValue-" + k);
            value.setMinWidth(Region.USE_PREF_SIZE);
            add(name, 0, k);
            add(track, 1, k);
            add(value, 2, k);
            GridPane.setValignment(name, VPos.CENTER);
            names.add(name);
            tracks.add(track);
            values.add(value);
        }
    }

    /** One bar and the zero line, laid out from fractions of the track's width. */
    private static final class Track extends Pane {
        private final Region bar = new Region();
        private final Line zero = new Line();
        private Bar at = new Bar(0, 0, 0);

        Track(String id) {
            bar.setId(id);
            zero.setStroke(javafx.scene.paint.Color.web("#495057"));
            zero.setStrokeWidth(1);
            getChildren().addAll(bar, zero);
            setMinSize(60, 22);
            setPrefSize(200, 22);
        }

        void show(Bar next, boolean negative, boolean baseline) {
            at = next;
            Styles.addClass(bar, "npv-bar");
            Styles.set(bar, Styles.NEGATIVE, negative);
            Styles.set(bar, Styles.BASELINE, baseline);
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double from = Math.round(at.from() * w);
            double to = Math.round(at.to() * w);
            bar.resizeRelocate(from, 3, Math.max(to - from, 1), h - 6);
            double z = Math.round(at.zero() * w) + 0.5;
            zero.setStartX(z);
            zero.setEndX(z);
            zero.setStartY(0);
            zero.setEndY(h);
        }
    }
}
