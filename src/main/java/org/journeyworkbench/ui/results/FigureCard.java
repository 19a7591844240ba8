package org.journeyworkbench.ui.results;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One headline figure: a caption above, the figure in large type, a note under it. */
final class FigureCard extends VBox {
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
        // The figure never shortens; its caption and note may (with a tooltip), so the row of figures fits.
        caption.setId(captionId);
        caption.setMinWidth(0);
        note.setMinWidth(0);
        caption.setTooltip(whole(caption));
        note.setTooltip(whole(note));
        caption.getStyleClass().add("figure-caption");
        value.setId(valueId);
        value.setMinWidth(USE_PREF_SIZE);
        value.getStyleClass().add("figure-value");
        note.setId(noteId);
        note.getStyleClass().add("figure-note");
        Tooltip.install(this, new Tooltip(help));
        getChildren().addAll(caption, value, note);
    }

    /** A tooltip that reads the label in full (shown when the label is shortened). */
    private static Tooltip whole(Label label) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(label.textProperty());
        return t;
    }

    /** Adds a line under the note (the NPV's P10–P90 band). */
    void addUnder(javafx.scene.Node node) {
        getChildren().add(node);
    }

    void show(String captionText, String valueText, String noteText, boolean bad) {
        caption.setText(captionText);
        value.setText(valueText);
        value.setAccessibleText(name + ": " + valueText);
        org.journeyworkbench.ui.Styles.set(value, org.journeyworkbench.ui.Styles.BAD, bad);
        note.setText(noteText);
    }
}
