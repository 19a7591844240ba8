package org.journeyworkbench.ui.workshop;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The headline figures in large type: first-year net saving, NPV, BCR, and the change in NPV. */
final class HeadlineView extends HBox {
    private final Label netSaving = value("workshopNetSaving");
    private final Label npv = value("workshopNpv");
    private final Label bcr = value("workshopBcr");
    private final Label change = value("workshopChange");
    private final Label changeCaption = caption("");
    private final Label bcrCaption = caption("BCR");

    HeadlineView(WorkshopViewModel vm) {
        getStyleClass().add("headline");
        setId("workshopHeadline");
        getChildren().addAll(tile(caption("Net saving, year 1"), netSaving),
                tile(caption("NPV"), npv), tile(bcrCaption, bcr), tile(changeCaption, change));
        vm.headlineProperty().addListener((o, was, now) -> show(now));
        show(vm.headline());
    }

    private void show(Headline h) {
        netSaving.setText(h.netSaving());
        sign(netSaving, h.netSavingNegative());
        npv.setText(h.npv());
        sign(npv, h.npvNegative());
        bcr.setText(h.bcr());
        bcrCaption.setText(h.valueForMoney().isEmpty() ? "BCR" : "BCR · " + h.valueForMoney());
        change.setText(h.change());
        sign(change, h.changeNegative());
        changeCaption.setText(h.changeCaption());
    }

    private static void sign(Label l, boolean negative) {
        l.getStyleClass().remove("negative");
        if (negative) {
            l.getStyleClass().add("negative");
        }
    }

    /** A caption beside its figure: one line of tiles, as low as the figures, leaves the room to the levers. */
    private static HBox tile(Label caption, Label value) {
        caption.setMaxWidth(150);
        caption.setMinWidth(60);
        HBox tile = new HBox(10, caption, value);
        tile.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tile.getStyleClass().add("figure-tile");
        tile.setMinWidth(0);
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setPrefWidth(100);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("figure-caption");
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("figure-value");
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }
}
