package org.journeyworkbench.ui.options;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.ui.options.OptionsTable.Row;

/**
 * Options side by side, live: the baseline to compare with, the table of every option's figures, NPV by
 * agency and a bar chart of NPV by option. Thin: everything it shows comes from {@link OptionsViewModel}.
 */
public final class OptionsView extends VBox {
    private final OptionsViewModel model;
    private final ComboBox<String> baseline = new ComboBox<>();
    private final Label caption = new Label();
    private final Label problem = new Label();
    private final OptionsGrid grid;
    private final AgencyNpvTable byAgency = new AgencyNpvTable();
    private final CheckBox showChanges = new CheckBox("Show change from baseline");
    private final NpvBars bars = new NpvBars();
    private boolean updating;
    private boolean showing = true;

    public OptionsView(OptionsViewModel model) {
        this.model = model;
        this.grid = new OptionsGrid(model::pin, model::edit);
        setId("optionsView");
        setPadding(new Insets(10));
        setSpacing(8);
        createView();
        bind();
    }

    private void createView() {
        Label pinLabel = new Label("Compared with:");
        pinLabel.setLabelFor(baseline);
        baseline.setId("optionsBaseline");
        baseline.setAccessibleText("The option the changes are measured from (the pinned baseline)");
        baseline.setPrefWidth(260);
        baseline.setMinWidth(140);
        HBox pin = new HBox(6, pinLabel, baseline);
        pin.setAlignment(Pos.CENTER_LEFT);
        pin.setMinWidth(HBox.USE_PREF_SIZE);
        caption.setId("optionsCaption");
        caption.setWrapText(true);
        caption.setMinWidth(0);
        caption.getStyleClass().add("options-caption");
        HBox.setHgrow(caption, Priority.ALWAYS);
        HBox top = new HBox(14, pin, caption);
        top.setAlignment(Pos.CENTER_LEFT);
        problem.setId("optionsProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("options-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        showChanges.setId("optionsAgencyChange");
        showChanges.getStyleClass().add("options-small");
        VBox agencies = new VBox(4, titled("NPV by agency", showChanges), byAgency);
        VBox chart = new VBox(4, title("NPV by option"), bars);
        HBox.setHgrow(chart, Priority.ALWAYS);
        chart.setMinWidth(240);
        chart.setPrefWidth(360);
        agencies.setMinWidth(VBox.USE_PREF_SIZE);
        HBox lower = new HBox(18, agencies, chart);
        getChildren().addAll(top, problem, grid, lower);
    }

    private void bind() {
        baseline.setOnAction(e -> {
            if (!updating && baseline.getValue() != null) {
                model.pin(baseline.getValue());
            }
        });
        showChanges.setOnAction(e -> byAgency.show(model.table(), showChanges.isSelected()));
        problem.textProperty().bind(model.problemProperty().map(p -> p.isEmpty() ? "" : "⚠ " + p));
        model.tableProperty().addListener((o, was, now) -> {
            if (showing) {
                show(now);
            }
        });
        show(model.table());
    }

    /**
     * Whether the view is on screen. While it is not (its tab is behind another), it leaves its tables alone and
     * catches up when shown again, so a slider step costs nothing here.
     */
    public void setShowing(boolean on) {
        if (on && !showing) {
            show(model.table());
        }
        showing = on;
    }

    private void show(OptionsTable table) {
        updating = true;
        try {
            List<String> names = table.rows().stream().map(Row::name).toList();
            if (!names.equals(baseline.getItems())) {
                baseline.setItems(FXCollections.observableArrayList(names));
            }
            baseline.setValue(table.baseline());
        } finally {
            updating = false;
        }
        caption.setText(table.caption());
        grid.show(table);
        byAgency.show(table, showChanges.isSelected());
        bars.show(table);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("options-title");
        return l;
    }

    private static HBox titled(String text, javafx.scene.Node extra) {
        HBox box = new HBox(12, title(text), extra);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
