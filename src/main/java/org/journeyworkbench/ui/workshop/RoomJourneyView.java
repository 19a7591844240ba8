package org.journeyworkbench.ui.workshop;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The journey for the room: one column an agency, its colour along the top (the agency's own, from the model),
 * its first-year impact in large type, and its stages whose cases the initiatives change.
 */
final class RoomJourneyView extends VBox {
    private static final double COLUMN_WIDTH = 196;
    private final FlowPane columns = new FlowPane(10, 10);
    private final Label footer = new Label();

    RoomJourneyView(WorkshopViewModel vm) {
        super(8);
        setId("workshopJourney");
        setPadding(new Insets(8));
        footer.getStyleClass().add("note");
        footer.setWrapText(true);
        footer.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(columns, footer);
        vm.journeyProperty().addListener((o, was, now) -> show(now));
        show(vm.journeyProperty().get());
    }

    private void show(RoomJourney journey) {
        columns.getChildren().clear();
        for (RoomJourney.AgencyColumn a : journey.agencies()) {
            Region band = new Region();
            band.setMinHeight(8);
            band.setPrefHeight(8);
            band.setBackground(new Background(new BackgroundFill(colour(a.colour()), new CornerRadii(3), Insets.EMPTY)));
            Label name = label(a.name(), "agency-name");
            Label impact = label(a.impact(), "agency-impact");
            impact.getStyleClass().add(a.negative() ? "negative" : "positive");
            impact.setId("journey-" + a.id() + "-impact");
            VBox column = new VBox(band, name, impact);
            for (RoomJourney.StageLine s : a.stages()) {
                Label stage = label(s.name() + ": " + s.cases(), null);
                stage.setId("journey-stage-" + s.id());
                column.getChildren().add(stage);
            }
            column.getStyleClass().add("agency-column");
            column.setPrefWidth(COLUMN_WIDTH);
            column.setId("journey-" + a.id());
            columns.getChildren().add(column);
        }
        footer.setText(journey.agencies().isEmpty() ? "No initiative changes the journey in this option."
                : "Each agency's saving in the first year (a cost in brackets), and the cases a year reaching its stages, "
                + "before → after the initiatives"
                + (journey.unchanged() == 0 ? "." : "; " + journey.unchanged() + " other stages unchanged."));
    }

    private static Color colour(String web) {
        try {
            return Color.web(web);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
