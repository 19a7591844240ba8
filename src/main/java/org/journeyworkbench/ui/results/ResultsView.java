package org.journeyworkbench.ui.results;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.Result;
import org.journeyworkbench.engine.TermValue;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The results: the net system saving large enough to read from the back of a room, the Level 1 formula
 * with each term's value, the Cost/Benefit Summary and the chart by agency.
 */
public final class ResultsView extends VBox {
    private final WorkbenchDocument document;
    private final Label net = new Label();
    private final Label scenario = new Label();
    private final FlowPane terms = new FlowPane(10, 6);
    private final SummaryTable table = new SummaryTable();
    private final ImpactChart chart = new ImpactChart();

    public ResultsView(WorkbenchDocument document) {
        this.document = document;
        setId("results");
        setPadding(new Insets(10));
        setSpacing(8);
        net.setId("netSystemSaving");
        net.setAccessibleText("Net system saving");
        Label netCaption = new Label("Net system saving");
        netCaption.setStyle("-fx-font-size: 14px; -fx-text-fill: #444;");
        scenario.setId("resultsScenario");
        scenario.setStyle("-fx-font-size: 13px; -fx-text-fill: #666;");
        VBox headline = new VBox(0, netCaption, net, scenario);
        headline.setMinWidth(230);
        FormulaEditor formula = new FormulaEditor(document);
        HBox.setHgrow(formula, Priority.ALWAYS);
        HBox top = new HBox(24, headline, new VBox(6, formula, terms));
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        terms.setId("level1Terms");
        chart.setMinWidth(200);
        chart.setPrefWidth(300);
        table.setMinWidth(590);
        table.setPrefWidth(590);
        Label chartTitle = new Label("Impact by agency");
        chartTitle.setStyle("-fx-font-size: 13px; -fx-font-weight: bold;");
        VBox chartBox = new VBox(2, chartTitle, ImpactChart.legend(), chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        HBox bottom = new HBox(12, table, chartBox);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        getChildren().addAll(top, bottom);
        document.resultProperty().addListener((o, was, now) -> show(now));
        show(document.result());
    }

    private void show(Result r) {
        if (r == null) {
            return;
        }
        double v = r.netSystemSaving();
        net.setText(Money.format(v));
        net.setStyle("-fx-font-size: 44px; -fx-font-weight: bold; -fx-text-fill: "
                + (v < -0.5 ? "#B00020" : "#1B7F3B") + ";");
        scenario.setText(r.scenario() + " · Year 1 impact");
        terms.getChildren().clear();
        for (TermValue t : r.level1().terms()) {
            Label name = new Label(t.name());
            name.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
            Label value = new Label(Money.format(t.value()));
            value.setId("term-" + t.name());
            value.setStyle("-fx-font-size: 15px;");
            Label label = new Label(t.label());
            label.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
            label.setWrapText(true);
            label.setMaxWidth(140);
            VBox card = new VBox(0, new HBox(8, name, value), label);
            card.setPadding(new Insets(4, 8, 4, 8));
            card.setStyle("-fx-background-color: #F1F3F6; -fx-background-radius: 5;");
            terms.getChildren().add(card);
        }
        table.show(r.summary());
        chart.show(r.summary());
    }
}
