package org.journeyworkbench.ui.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.journeyworkbench.engine.layout.Box;
import org.journeyworkbench.ui.document.Selection;

/**
 * One box on the canvas: a stage, a target group or an initiative. Fixed size, so arrows can be clipped to
 * its edges without waiting for a layout pass. A coloured band on the left shows the agency; everything
 * else about its look is in canvas.css.
 */
final class BoxNode extends HBox {
    static final double STAGE_W = Box.STAGE_W;
    static final double STAGE_H = Box.STAGE_H;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    final Selection selection;
    private final Label title = new Label();
    private final Label line2 = new Label();
    private final Label line3 = new Label();
    private final String accent;
    private final Tooltip tooltip;
    private String citation = "";
    private static final String HELP = "Cases a year reaching this stage without the initiatives → with them.\n"
            + "Click to edit; drag to move; Shift-drag to another stage to connect.";

    BoxNode(Selection selection, String accent, boolean dashed, boolean dimmed) {
        this.selection = selection;
        this.accent = accent;
        boolean stage = selection.kind() == Selection.Kind.STAGE;
        double w = stage ? Box.STAGE_W : Box.CARD_W;
        double h = stage ? Box.STAGE_H : Box.CARD_H;
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        setId(idFor(selection));
        getStyleClass().addAll("diagram-box", switch (selection.kind()) {
            case STAGE -> "stage-box";
            case TARGET_GROUP -> "group-box";
            default -> "initiative-box";
        });
        if (dashed) {
            getStyleClass().add("switched-off");
        }
        if (dimmed) {
            getStyleClass().add("dimmed");
        }
        Region band = new Region();
        band.getStyleClass().add("agency-band");
        band.setMinWidth(7);
        band.setPrefWidth(7);
        // The agency's colour comes from the model, so it cannot be in the stylesheet.
        band.setBackground(new Background(new BackgroundFill(Color.web(accent), new CornerRadii(6, 0, 0, 6, false),
                Insets.EMPTY)));
        title.getStyleClass().add("box-title");
        line2.getStyleClass().add("box-line");
        line3.getStyleClass().add("box-line");
        VBox lines = new VBox(title, line2, line3);
        lines.getStyleClass().add("box-lines");
        HBox.setHgrow(lines, Priority.ALWAYS);
        for (Label l : new Label[] {title, line2, line3}) {
            l.setMaxWidth(w - 20);
        }
        getChildren().addAll(band, lines);
        setAccessibleText(selection.kind().name().toLowerCase().replace('_', ' ') + " " + selection.id());
        // Every box has one: its lines may be cut short at the box's width, and the tooltip says them whole.
        tooltip = new Tooltip(stage ? HELP : "");
        tooltip.setId("tooltip-" + selection.id());
        Tooltip.install(this, tooltip);
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
        this.citation = citation;
        updateTooltip();
    }

    private void updateTooltip() {
        String lines = title.getText() + "\n" + line2.getText() + (line3.getText().isEmpty() ? "" : "\n"
                + line3.getText());
        boolean stage = selection.kind() == Selection.Kind.STAGE;
        tooltip.setText(lines + (citation.isEmpty() ? "" : "\n\n" + citation) + (stage ? "\n\n" + HELP : ""));
    }

    /** What the tooltip says (for tests: a tooltip is only shown after a hover delay). */
    String tooltipText() {
        return tooltip.getText();
    }

    void setText(String heading, String second, String third) {
        title.setText(heading);
        line2.setText(second);
        line3.setText(third);
        setAccessibleText(heading + ". " + second + ". " + third);
        updateTooltip();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
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

    /** Where the box is now (while dragged, ahead of the model). */
    Box asBox() {
        return new Box(BoxNode.idFor(selection), getLayoutX(), getLayoutY(), width(), height());
    }

    String accent() {
        return accent;
    }
}
