package org.journeyworkbench.ui.canvas;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.journeyworkbench.model.Agency;

/** The agencies and their colours, in the diagram's header (styles in canvas.css). */
final class Legend extends javafx.scene.layout.FlowPane {
    private List<Agency> shown = List.of();

    Legend() {
        setId("agencyLegend");
        getStyleClass().add("agency-legend");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setHgap(12);
        setVgap(2);
        setMouseTransparent(true);
    }

    void show(List<Agency> agencies) {
        if (agencies.equals(shown)) {
            return;
        }
        shown = List.copyOf(agencies);
        getChildren().clear();
        Label title = new Label("Agencies:");
        title.getStyleClass().add("legend-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(title);
        for (Agency a : agencies) {
            Rectangle swatch = new Rectangle(14, 14, Color.web(a.colour()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Label name = new Label(a.name());
            name.getStyleClass().add("legend-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox item = new HBox(6, swatch, name);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            getChildren().add(item);
        }
    }
}
