package org.journeyworkbench.ui.canvas;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeyworkbench.ui.document.Selection;

/**
 * One box on the canvas: a stage, a target group or an initiative. Fixed size, so arrows can be clipped to
 * its edges without waiting for a layout pass. A coloured band on the left shows the agency.
 */
final class BoxNode extends VBox {
    static final double STAGE_W = 180;
    static final double STAGE_H = 78;
    static final double CARD_W = 200;
    static final double CARD_H = 66;

    final Selection selection;
    private final Label title = new Label();
    private final Label line2 = new Label();
    private final Label line3 = new Label();
    private final String accent;
    private final String base;
    private final javafx.scene.control.Tooltip tooltip;
    private static final String HELP = "Cases a year reaching this stage without the initiatives → with them.\n"
            + "Click to edit; drag to move; Shift-drag to another stage to connect.";

    BoxNode(Selection selection, String accent, boolean dashed, boolean dimmed) {
        this.selection = selection;
        this.accent = accent;
        boolean stage = selection.kind() == Selection.Kind.STAGE;
        double w = stage ? STAGE_W : CARD_W;
        double h = stage ? STAGE_H : CARD_H;
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        setPadding(new Insets(5, 8, 5, 12));
        setSpacing(1);
        setId(idFor(selection));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 13px; -fx-text-fill: #1a1a1a;");
        line2.setStyle("-fx-font-size: 12px; -fx-text-fill: #333333;");
        line3.setStyle("-fx-font-size: 12px; -fx-text-fill: #333333;");
        for (Label l : new Label[] {title, line2, line3}) {
            l.setMaxWidth(w - 20);
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setPrefWidth(w - 20);
        }
        getChildren().addAll(title, line2, line3);
        String background = stage ? "white" : selection.kind() == Selection.Kind.INITIATIVE ? "#FFF8E1" : "#EEF3FA";
        base = "-fx-background-color: " + accent + ", " + background + ";"
                + "-fx-background-insets: 0, 0 0 0 7;"
                + "-fx-background-radius: 6, 0 6 6 0;"
                + "-fx-border-radius: 6; -fx-border-width: 1.5;"
                + (dashed ? "-fx-border-style: segments(6, 4);" : "")
                + (dimmed ? "-fx-opacity: 0.55;" : "");
        setSelected(false);
        setAccessibleText(selection.kind().name().toLowerCase().replace('_', ' ') + " " + selection.id());
        if (stage) {
            tooltip = new javafx.scene.control.Tooltip(HELP);
            tooltip.setId("tooltip-" + selection.id());
            javafx.scene.control.Tooltip.install(this, tooltip);
        } else {
            tooltip = null;
        }
    }

    static String idFor(Selection s) {
        return switch (s.kind()) {
            case STAGE -> "stage-" + s.id();
            case TARGET_GROUP -> "group-" + s.id();
            case INITIATIVE -> "initiative-" + s.id();
            case TRANSITION -> "arrow-" + s.id();
        };
    }

    /** The stage's tooltip: where its unit cost comes from, then how to use the box. */
    void setCitation(String citation) {
        if (tooltip != null) {
            tooltip.setText(citation + "\n\n" + HELP);
        }
    }

    /** What the tooltip says (for tests: a tooltip is only shown after a hover delay). */
    String tooltipText() {
        return tooltip == null ? "" : tooltip.getText();
    }

    void setText(String heading, String second, String third) {
        title.setText(heading);
        line2.setText(second);
        line3.setText(third);
        setAccessibleText(heading + ". " + second + ". " + third);
    }

    void setSelected(boolean selected) {
        setStyle(base + (selected
                ? "-fx-border-color: #E8590C; -fx-effect: dropshadow(gaussian, rgba(232,89,12,0.45), 12, 0.3, 0, 0);"
                : "-fx-border-color: #7A8594; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.15), 6, 0.1, 0, 1);"));
    }

    double width() {
        return getPrefWidth();
    }

    double height() {
        return getPrefHeight();
    }

    double centerX() {
        return getLayoutX() + width() / 2;
    }

    double centerY() {
        return getLayoutY() + height() / 2;
    }

    String accent() {
        return accent;
    }
}
