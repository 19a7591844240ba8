package org.journeyworkbench.ui.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The facilitator's controls: the pinned inputs as large sliders (this panel) and every initiative as a large
 * on/off toggle ({@link #initiatives()}, shown in a tab of its own so both fit a projector). Rows are kept while
 * only their values change, so a lever keeps the focus as it moves.
 */
final class LeverPanel extends VBox {
    private final WorkshopViewModel vm;
    private final VBox leverBox = new VBox(4);
    private final VBox toggleBox = new VBox(6);
    private final Label note = new Label();
    private final Map<String, LeverRow> rows = new LinkedHashMap<>();
    private final Map<String, ToggleButton> switches = new LinkedHashMap<>();
    private boolean updating;

    LeverPanel(WorkshopViewModel vm) {
        this.vm = vm;
        getStyleClass().add("panel");
        setId("workshopLevers");
        note.setId("workshopLeversNote");
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.setMinHeight(USE_PREF_SIZE);
        note.textProperty().bind(vm.leversNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        getChildren().addAll(note, leverBox);
        toggleBox.getStyleClass().add("panel");
        toggleBox.setId("workshopInitiatives");
        vm.levers().addListener((ListChangeListener<Lever>) c -> showLevers());
        vm.toggles().addListener((ListChangeListener<InitiativeToggle>) c -> showToggles());
        showLevers();
        showToggles();
    }

    /** The initiatives' toggles. */
    VBox initiatives() {
        return toggleBox;
    }

    /** The lever row for an address, or null. */
    LeverRow row(String address) {
        return rows.get(address);
    }

    private void showLevers() {
        List<String> addresses = vm.levers().stream().map(Lever::address).toList();
        if (!addresses.equals(new ArrayList<>(rows.keySet()))) {
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            String refocus = rows.values().stream().filter(r -> r.slider() == focused).map(LeverRow::address)
                    .findFirst().orElse(null);
            rows.clear();
            for (Lever l : vm.levers()) {
                rows.put(l.address(), new LeverRow(vm, l));
            }
            leverBox.getChildren().setAll(rows.values());
            if (refocus != null && rows.containsKey(refocus)) {
                rows.get(refocus).slider().requestFocus();
            }
            return;
        }
        for (Lever l : vm.levers()) {
            rows.get(l.address()).show(l);
        }
    }

    private void showToggles() {
        List<String> ids = vm.toggles().stream().map(InitiativeToggle::id).toList();
        if (!ids.equals(new ArrayList<>(switches.keySet()))) {
            switches.clear();
            List<Node> lines = new ArrayList<>();
            for (InitiativeToggle t : vm.toggles()) {
                ToggleButton b = new ToggleButton();
                b.setId(t.nodeId());
                b.getStyleClass().add("initiative-toggle");
                b.setAccessibleText(t.name() + ", on or off");
                b.setMinWidth(USE_PREF_SIZE);
                b.selectedProperty().addListener((o, was, now) -> {
                    b.setText(now ? "On" : "Off");
                    if (!updating) {
                        vm.toggle(t.id());
                    }
                });
                Label name = new Label(t.name());
                name.setWrapText(true);
                name.setMinHeight(USE_PREF_SIZE);
                name.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(name, Priority.ALWAYS);
                HBox line = new HBox(12, name, b);
                line.setAlignment(Pos.CENTER_LEFT);
                switches.put(t.id(), b);
                lines.add(line);
            }
            toggleBox.getChildren().setAll(lines);
        }
        updating = true;
        try {
            for (InitiativeToggle t : vm.toggles()) {
                ToggleButton b = switches.get(t.id());
                b.setSelected(t.on());
                b.setText(t.on() ? "On" : "Off");
            }
        } finally {
            updating = false;
        }
    }
}
