package org.journeyworkbench.ui.input;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Wires a number field and the message under it to a {@link TypedValue}: Enter (the field's action, which the
 * window's Ctrl+Z also fires first) and leaving the field commit; Escape puts back the model's value. The same
 * wiring for the assumptions panel and the inspector.
 */
public final class TypedField {
    private final TextField field;
    private final Label error;
    private final TypedValue value;

    /** @param afterCommit run after a commit the model took (the slider follows a value typed past its end) */
    public TypedField(TextField field, Label error, TypedValue value, Runnable afterCommit) {
        this.field = field;
        this.error = error;
        this.value = value;
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        field.getStyleClass().add("number-field");
        field.setText(value.shown());
        field.setOnAction(e -> {
            if (show(value.commit(field.getText()))) {
                afterCommit.run();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                field.getOnAction().handle(new javafx.event.ActionEvent(field, field));
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(value.revert());
                e.consume();
            }
        });
    }

    /**
     * Shows the model's value again (after undo, another scenario, a slider), unless the field holds something
     * typed: being typed now, or refused with its message showing.
     */
    public void refresh() {
        if (!holdsTyping()) {
            show(value.revert());
        }
    }

    /** As {@link #refresh()}, with the model's value already looked up (a whole panel at once). */
    public void refresh(double v) {
        if (!holdsTyping()) {
            show(new TypedValue.Outcome(value.shown(v), null));
        }
    }

    private boolean holdsTyping() {
        boolean typing = field.isFocused() || !error.getText().isEmpty();
        return typing && value.pending(field.getText());
    }

    /** Shows {@code v} as a slider sets it, whatever was typed, clearing any message. */
    public void showValue(double v) {
        show(new TypedValue.Outcome(value.shown(v), null));
    }

    private boolean show(TypedValue.Outcome outcome) {
        field.setText(outcome.text());
        error.setText(outcome.ok() ? "" : outcome.problem());
        field.pseudoClassStateChanged(BAD, !outcome.ok());
        return outcome.ok();
    }

    private static final javafx.css.PseudoClass BAD = javafx.css.PseudoClass.getPseudoClass("refused");
}
