package org.journeyworkbench.ui.uncertainty;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/**
 * Which assumptions matter: the result and the swing chosen on top, the tornado, and a table of every input
 * with its low and high values, the result at each, the swing and the switching value. Clicking a bar or a
 * row selects the input's item on the canvas. Thin over {@link SensitivityViewModel}.
 */
public final class SensitivityView extends VBox {
    private final SensitivityViewModel model;
    private final MetricPicker metric = new MetricPicker();
    private final TextField swing = new TextField();
    private final Label caption = new Label();
    private final Label problem = new Label();
    private final TornadoChart chart;
    private final TableView<Tornado.Bar> table = new TableView<>();

    public SensitivityView(SensitivityViewModel model) {
        this.model = model;
        this.chart = new TornadoChart(model::select);
        setId("sensitivityView");
        getStyleClass().add("uncertainty-view");
        setPadding(new Insets(10));
        setSpacing(8);
        createView();
        bind();
    }

    private void createView() {
        Label metricLabel = new Label("Result:");
        metricLabel.setLabelFor(metric);
        metric.setId("sensitivityMetric");
        metric.setAccessibleText("The result the tornado is about");
        Label swingLabel = new Label("Swing where an input has no range: ±");
        swingLabel.setLabelFor(swing);
        swing.setId("sensitivitySwing");
        swing.setAccessibleText("Swing for inputs without a range, as a percentage");
        swing.setPrefColumnCount(4);
        HBox top = new HBox(8, metricLabel, metric, gap(), swingLabel, swing);
        top.setAlignment(Pos.CENTER_LEFT);
        caption.setId("sensitivityCaption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("sensitivityProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        HBox legend = new HBox(6, swatch("tornado-low"), new Label("input at its low value"), gap(),
                swatch("tornado-high"), new Label("input at its high value"), gap(), swatch("tornado-base-swatch"),
                new Label("the figure now"));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("chart-legend");
        table.setId("sensitivityTable");
        table.setAccessibleText("Every input's swing and switching value");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Input", 220, Tornado.Bar::label),
                column("Low", 80, Tornado.Bar::low),
                column("High", 80, Tornado.Bar::high),
                column("At low", 110, Tornado.Bar::atLow),
                column("At high", 110, Tornado.Bar::atHigh),
                column("Swing", 100, Tornado.Bar::swing),
                column("Switching value", 200, Tornado.Bar::switchingValue)));
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * 9 + 30);
        table.setMinHeight(24 * 4 + 30);
        table.setOnMouseClicked(e -> {
            Tornado.Bar b = table.getSelectionModel().getSelectedItem();
            if (b != null && e.getClickCount() >= 1) {
                model.select(b.address());
            }
        });
        Label tableTitle = new Label("Every input, with its switching value");
        tableTitle.getStyleClass().add("section-title");
        getChildren().addAll(top, caption, problem, legend, chart, tableTitle, table);
    }

    static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("swatch", styleClass);
        r.setMinSize(12, 12);
        r.setMaxSize(12, 12);
        return r;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(16);
        return r;
    }

    private static TableColumn<Tornado.Bar, String> column(String title, double width,
                                                          Function<Tornado.Bar, String> value) {
        TableColumn<Tornado.Bar, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private void bind() {
        metric.onChosen(model::choose);
        swing.setOnAction(e -> model.setSwing(swing.getText()));
        swing.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.setSwing(swing.getText());
            }
        });
        swing.textProperty().set(model.swingTextProperty().get());
        model.swingTextProperty().addListener((o, was, now) -> swing.setText(now));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        model.metricsProperty().addListener((o, was, now) -> showMetrics());
        model.metricProperty().addListener((o, was, now) -> showMetrics());
        model.tornadoProperty().addListener((o, was, now) -> show(now));
        showMetrics();
        show(model.tornado());
    }

    private void showMetrics() {
        metric.show(model.metricsProperty().get(), model.metricProperty().get());
    }

    private void show(Tornado t) {
        caption.setText(t.caption());
        chart.show(t);
        table.getItems().setAll(t.bars());
        HBox.setHgrow(chart, Priority.ALWAYS);
    }
}
