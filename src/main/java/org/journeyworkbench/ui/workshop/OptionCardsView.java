package org.journeyworkbench.ui.workshop;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The options side by side as cards: number key, name, NPV, first-year figure, difference from the base case. */
final class OptionCardsView extends FlowPane {
    private static final double CARD_WIDTH = 228;
    private final WorkshopViewModel vm;

    OptionCardsView(WorkshopViewModel vm) {
        super(10, 10);
        this.vm = vm;
        setId("workshopOptions");
        vm.cards().addListener((ListChangeListener<OptionCard>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        for (OptionCard card : vm.cards()) {
            Label title = label(card.key() + "  " + card.name(), "card-title");
            Label npv = label("NPV " + card.npv(), "card-npv");
            npv.setId(card.id() + "-npv");
            Label year1 = label("Year 1 " + card.year1NetSaving(), null);
            Label change = label(card.change(), null);
            change.setId(card.id() + "-change");
            VBox box = new VBox(title, npv, year1, change);
            box.getStyleClass().add("option-card");
            if (card.showing()) {
                box.getStyleClass().add("showing");
            }
            box.setId(card.id());
            box.setPrefWidth(CARD_WIDTH);
            box.setMinHeight(USE_PREF_SIZE);
            box.setAccessibleText("Option " + card.key() + ": " + card.name() + ", NPV " + card.npv());
            box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.showOption(card.key()));
            getChildren().add(box);
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
