package org.journeyworkbench.ui.costs;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.validation.ProvenanceWarning;

/** The Checks panel: the provenance warnings of the model being edited, live. */
public final class ChecksView extends VBox {
    public ChecksView(ChecksViewModel model) {
        Label summary = new Label();
        summary.setId("checksSummary");
        summary.textProperty().bind(model.summaryProperty());
        ListView<ProvenanceWarning> list = new ListView<>(model.warnings());
        list.setId("checksList");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ProvenanceWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(summary, list);
        setSpacing(6);
        setPadding(new Insets(8));
    }
}
