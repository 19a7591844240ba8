package org.journeyworkbench.ui.results;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One headline figure: a caption above, the figure in large type, a note under it. */
final class FigureCard extends VBox {
    private static final String GOOD = "#1B7F3B";
    private static final String BAD = "#B00020";
    private final Label caption = new Label();
    private final Label value = new Label();
    private final Label note = new Label();
    private final String name;

    /**
     * @param name        what the figure is, read out by a screen reader before its value
     * @param valueId     the figure's node id (tests look it up)
     * @param help        what the figure means, shown when the pointer rests on it
     */
    FigureCard(String name, String valueId, String captionId, String noteId, String help) {
        this.name = name;
        setSpacing(0);
        setMinWidth(USE_PREF_SIZE);
        caption.setId(captionId);
        caption.setStyle("-fx-font-size: 14px; -fx-text-fill: #444;");
        value.setId(valueId);
        value.setMinWidth(USE_PREF_SIZE);
        note.setId(noteId);
        note.setStyle("-fx-font-size: 13px; -fx-text-fill: #666;");
        Tooltip.install(this, new Tooltip(help));
        getChildren().addAll(caption, value, note);
    }

    /** Adds a line under the note (the NPV's P10–P90 band). */
    void addUnder(javafx.scene.Node node) {
        getChildren().add(node);
    }

    void show(String captionText, String valueText, String noteText, boolean bad) {
        caption.setText(captionText);
        value.setText(valueText);
        value.setAccessibleText(name + ": " + valueText);
        value.setStyle("-fx-font-size: 40px; -fx-font-weight: bold; -fx-text-fill: " + (bad ? BAD : GOOD) + ";");
        note.setText(noteText);
    }
}
