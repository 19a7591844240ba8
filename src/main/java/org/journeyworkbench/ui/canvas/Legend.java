package org.journeyworkbench.ui.canvas;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.journeyworkbench.model.Agency;

/** The agencies and their colours, in a strip pinned to the top of the canvas. */
final class Legend extends HBox {
    Legend() {
        setId("agencyLegend");
        setSpacing(12);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setPadding(new Insets(5, 10, 5, 10));
        setStyle("-fx-background-color: rgba(255,255,255,0.93); -fx-background-radius: 6;"
                + "-fx-border-color: #C9D0D8; -fx-border-radius: 6;");
        setMouseTransparent(true);
    }

    void show(List<Agency> agencies) {
        getChildren().clear();
        Label title = new Label("Agencies:");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 12px;");
        getChildren().add(title);
        for (Agency a : agencies) {
            Rectangle swatch = new Rectangle(14, 14, Color.web(a.colour()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Label name = new Label(a.name());
            name.setStyle("-fx-font-size: 12px;");
            getChildren().add(new HBox(6, swatch, name));
        }
    }
}
