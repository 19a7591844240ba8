package org.journeyworkbench.ui.window;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo the model wherever the focus is. A text field would otherwise
 * take them for its own text and the menu's shortcuts would never hear them. A field with a typed value not
 * yet committed commits it first (as Enter would: its own action), so the value typed becomes the last edit
 * and Ctrl+Z undoes it; nothing is lost and no field needs to know about undo.
 */
public final class UndoKeys {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private UndoKeys() {
    }

    /** Catches the keys on their way down to the focused control (an event filter), before any field sees them. */
    public static void install(Scene scene, WorkbenchDocument document) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = UNDO.match(e);
            boolean redo = REDO.match(e) || REDO_ALT.match(e);
            if (!undo && !redo || e.getCode() == KeyCode.UNDEFINED) {
                return;
            }
            e.consume();
            commitFocusedField(scene.getFocusOwner());
            if (undo && document.canUndoProperty().get()) {
                document.undo();
            } else if (redo && document.canRedoProperty().get()) {
                document.redo();
            }
        });
    }

    /** The focused field's own commit (its action, as Enter); a field whose text is unchanged commits nothing. */
    static void commitFocusedField(Node focused) {
        if (focused instanceof TextField field && field.isEditable() && !field.isDisabled()) {
            field.fireEvent(new ActionEvent(field, field));
        }
    }
}
