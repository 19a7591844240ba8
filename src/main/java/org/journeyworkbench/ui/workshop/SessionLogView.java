package org.journeyworkbench.ui.workshop;

import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.journeyworkbench.io.WorkshopLogEntry;

/** The session log as the room reads it: one block a change, newest at the bottom, kept in view. */
final class SessionLogView extends ScrollPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final VBox lines = new VBox(2);
    private final WorkshopViewModel vm;

    SessionLogView(WorkshopViewModel vm) {
        this.vm = vm;
        setId("workshopLog");
        setFitToWidth(true);
        lines.setPadding(new Insets(8));
        setContent(lines);
        vm.log().addListener((ListChangeListener<WorkshopLogEntry>) c -> show());
        show();
    }

    private void show() {
        lines.getChildren().clear();
        if (vm.log().isEmpty()) {
            lines.getChildren().add(line("Every change made in this workshop is listed here: what, from, to, "
                    + "and what it did to the figures."));
        }
        int k = 0;
        for (WorkshopLogEntry e : vm.log()) {
            String change = e.from().isEmpty() && e.to().isEmpty() ? ""
                    : ": " + e.from() + (e.to().isEmpty() ? "" : " → " + e.to());
            Label head = line(TIME.format(e.time()) + "  " + e.what() + change);
            head.getStyleClass().add("log-what");
            Label effect = line(e.effect());
            effect.getStyleClass().add("note");
            VBox block = new VBox(head, effect);
            block.getStyleClass().add("log-line");
            block.setId("logLine-" + k++);
            lines.getChildren().add(block);
        }
        layout();
        setVvalue(getVmax());
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        return l;
    }
}
