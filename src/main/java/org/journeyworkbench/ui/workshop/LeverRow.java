package org.journeyworkbench.ui.workshop;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One lever: its label, a large slider and its value. Arrow keys move the focused lever one step (Shift: ten);
 * a drag moves the figures live and is one change when released; a click on the track is one change.
 */
final class LeverRow extends VBox {
    private final WorkshopViewModel vm;
    private final String address;
    private final Label label = new Label();
    private final Slider slider = new Slider();
    private final Label value = new Label();
    private boolean updating;

    LeverRow(WorkshopViewModel vm, Lever lever) {
        this.vm = vm;
        this.address = lever.address();
        getStyleClass().add("lever");
        setId(lever.id());
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        slider.setId(lever.id() + "-slider");
        slider.setAccessibleText(lever.label());
        slider.setFocusTraversable(true);
        value.setId(lever.id() + "-value");
        value.getStyleClass().add("lever-value");
        value.setMinWidth(USE_PREF_SIZE);
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox line = new HBox(12, slider, value);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(label, line);
        show(lever);
        wire();
    }

    String address() {
        return address;
    }

    Slider slider() {
        return slider;
    }

    void show(Lever lever) {
        updating = true;
        try {
            label.setText(lever.label());
            slider.setMin(lever.min());
            slider.setMax(lever.max());
            if (!slider.isValueChanging()) {
                slider.setValue(lever.value());
            }
            value.setText(lever.valueText());
        } finally {
            updating = false;
        }
    }

    private void wire() {
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int direction = switch (e.getCode()) {
                case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
                default -> 0;
            };
            if (direction != 0) {
                vm.nudge(address, direction * (e.isShiftDown() ? 10 : 1));
                e.consume();
            } else if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
                e.consume();
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (now) {
                vm.beginDrag(address);
            } else {
                vm.endDrag(address);
            }
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (updating) {
                return;
            }
            if (slider.isValueChanging()) {
                vm.dragTo(address, now.doubleValue());
            } else {
                vm.setLever(address, now.doubleValue());
            }
        });
    }
}
