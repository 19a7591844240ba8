package org.journeyworkbench.ui.uncertainty;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * A field for an input's range, typed as a person says it, with the range said back in words under it and,
 * when what was typed cannot be taken, the reason (the field keeps the text; the model keeps its range).
 * Commits on Enter or when it loses focus; Escape puts back the range in force. Thin over {@link RangeEntry}.
 * Ids: {@code PREFIX-range}, {@code PREFIX-rangeWords}, {@code PREFIX-rangeError}, {@code PREFIX-rangeReset}.
 */
public final class RangeField extends VBox {
    private final RangeEntry entry;
    private final TextField field = new TextField();
    private final Label words = new Label();
    private final Label error = new Label();
    private final Button reset = new Button("Follow base case");
    private String lastShown = "";

    public RangeField(WorkbenchDocument document, String address, String label, InputKind kind, String idPrefix) {
        this.entry = new RangeEntry(document, address, label, kind);
        getStyleClass().add("range-field");
        field.setId(idPrefix + "-range");
        field.setAccessibleText("Range of " + label);
        field.setPromptText(kind == InputKind.MONEY ? "e.g. 1,500 to 2,500, most likely 1,930"
                : kind == InputKind.RATE || kind == InputKind.MULTIPLIER ? "e.g. 10% to 30%, most likely 20%"
                : "e.g. 100 to 300");
        field.setTooltip(new Tooltip("How unsure this figure is: \"1,500 to 2,500, most likely 1,930\", "
                + "pert(low, most likely, high), normal(mean, sd), lognormal(mean, sd), or blank for none"));
        field.setMaxWidth(Double.MAX_VALUE);
        words.setId(idPrefix + "-rangeWords");
        words.getStyleClass().add("range-words");
        words.setWrapText(true);
        words.setMinWidth(0);
        error.setId(idPrefix + "-rangeError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinWidth(0);
        reset.setId(idPrefix + "-rangeReset");
        reset.getStyleClass().add("small-button");
        reset.setTooltip(new Tooltip("This scenario sets its own range; go back to the base case's"));
        reset.setOnAction(e -> {
            entry.reset();
            refresh();
        });
        for (var n : new javafx.scene.Node[]{words, error, reset}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        HBox line = new HBox(4, field, reset);
        HBox.setHgrow(field, Priority.ALWAYS);
        getChildren().addAll(line, error, words);
        setSpacing(1);
        setMinWidth(0);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                lastShown = entry.text();
                field.setText(lastShown);
                showError("");
                e.consume();
            }
        });
        refresh();
    }

    /** Shows the range in force now (after undo, another scenario), unless the user is half way through typing. */
    public void refresh() {
        if (!field.isFocused() || field.getText().equals(lastShown)) {
            lastShown = entry.text();
            field.setText(lastShown);
            showError("");
        }
        String w = entry.words();
        words.setText(w);
        words.setVisible(!w.isEmpty());
        reset.setVisible(entry.overridden());
    }

    public boolean hasRange() {
        return entry.hasRange();
    }

    public RangeEntry entry() {
        return entry;
    }

    private void commit() {
        if (field.getText().equals(lastShown)) {
            showError("");
            return;
        }
        String problem = entry.commit(field.getText());
        showError(problem);
        if (problem.isEmpty()) {
            lastShown = entry.text();
            field.setText(lastShown);
            refresh();
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(!text.isEmpty());
    }
}
