package org.journeyworkbench.ui.uncertainty;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

/**
 * The "Result:" choice of the Sensitivity and Monte Carlo tabs. It follows its view-model's list and choice, and
 * reports only the user's own choices: showing the model's choice must not echo back as a new one.
 */
final class MetricPicker extends ComboBox<MetricChoice> {
    private boolean showing;

    /** {@code chosen} hears each choice the user makes. */
    void onChosen(Consumer<MetricChoice> chosen) {
        setOnAction(e -> {
            if (!showing) {
                chosen.accept(getValue());
            }
        });
    }

    /** Shows the model's results and its current one, replacing the list only when it changed. */
    void show(List<MetricChoice> choices, MetricChoice current) {
        showing = true;
        try {
            if (!choices.equals(getItems())) {
                setItems(FXCollections.observableArrayList(choices));
            }
            setValue(current);
        } finally {
            showing = false;
        }
    }
}
