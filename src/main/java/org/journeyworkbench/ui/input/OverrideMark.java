package org.journeyworkbench.ui.input;

import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * "Set in this scenario", beside an input the scenario being edited sets itself rather than taking from the
 * base case, with a button that removes the scenario's value (one undo step). Hidden, and taking no room, for
 * the base case and for every input the scenario leaves alone. Used by the assumptions panel and the
 * inspector, so an override looks the same in both.
 */
public final class OverrideMark extends FlowPane {
    private static final javafx.css.PseudoClass OVERRIDDEN = javafx.css.PseudoClass.getPseudoClass("overridden");

    /**
     * Marks an input's row while {@code mark} shows: a bar down its left edge on a faint tint (assumptions.css,
     * {@code .override-row:overridden}); otherwise the same room is left clear, so nothing moves when it comes
     * and goes.
     */
    public static void markRow(javafx.scene.layout.Region row, OverrideMark mark) {
        row.getStyleClass().add("override-row");
        row.pseudoClassStateChanged(OVERRIDDEN, mark.overriddenProperty().get());
        mark.overriddenProperty().addListener((o, was, now) -> row.pseudoClassStateChanged(OVERRIDDEN, now));
    }

    private final WorkbenchDocument document;
    private final String address;
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper(this, "overridden");

    /**
     * @param label    what the input is called, for the undo step ("Reset arrest unit cost to base case")
     * @param idPrefix put before the mark's and its button's ids ("override-ADDRESS", "reset-ADDRESS", dots as
     *                 '_'), so that the same input's marks in two panels have ids of their own
     */
    public OverrideMark(WorkbenchDocument document, String address, String label, String idPrefix) {
        this.document = document;
        this.address = InputAddress.parse(address).toString();
        String idPart = this.address.replace('.', '_');
        setId(idPrefix + "override-" + idPart);
        // Side by side where there is room, the button under the words where there is not (the inspector).
        setHgap(6);
        setVgap(2);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        Label note = new Label("Set in this scenario");
        note.getStyleClass().add("override-note");
        note.setMinWidth(USE_PREF_SIZE);
        Button reset = new Button("Reset to base case");
        reset.setId(idPrefix + "reset-" + idPart);
        reset.getStyleClass().add("small-button");
        reset.setMinWidth(USE_PREF_SIZE);
        reset.setFocusTraversable(true);
        String help = "Remove this scenario's value, so that it follows the base case again";
        reset.setTooltip(new Tooltip(help));
        reset.setAccessibleText("Reset " + label + " to base case");
        reset.setOnAction(e -> document.tryEdit("Reset " + lower(label) + " to base case",
                m -> ScenarioEdits.resetInput(m, document.scenarioName(), this.address)));
        getChildren().addAll(note, reset);
        managedProperty().bind(overridden);
        visibleProperty().bind(overridden);
        refresh();
    }

    /** Whether the scenario being edited sets this input itself. */
    public ReadOnlyBooleanProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    /** Looks again at the scenario being edited. */
    public void refresh() {
        overridden.set(ScenarioEdits.overrides(document.model(), document.scenarioName(), address));
    }

    /** As {@link #refresh()}, with the scenario's overridden addresses already looked up (a whole panel at once). */
    public void refresh(Set<String> overriddenAddresses) {
        overridden.set(overriddenAddresses.contains(address));
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
