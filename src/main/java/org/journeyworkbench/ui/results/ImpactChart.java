package org.journeyworkbench.ui.results;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.model.Money;

/** Annual saving, annual cost and set-up costs by agency, updated live as figures move. */
final class ImpactChart extends BarChart<String, Number> {
    private final XYChart.Series<String, Number> saving = new XYChart.Series<>();
    private final XYChart.Series<String, Number> cost = new XYChart.Series<>();
    private final XYChart.Series<String, Number> setUp = new XYChart.Series<>();

    ImpactChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("impactChart");
        setAccessibleText("Chart of annual saving, annual cost and set-up costs by agency");
        setTitle(null);
        setStyle("-fx-font-size: 11px;");
        setAnimated(false);
        // Our own legend (see legend()): the built-in one is dropped when the chart is short of room.
        setLegendVisible(false);
        setMinHeight(190);
        setPrefHeight(200);
        setBarGap(0);
        setCategoryGap(6);
        saving.setName("Annual saving");
        cost.setName("Annual cost");
        setUp.setName("Set up costs");
        ((NumberAxis) getYAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Money.format(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        getData().setAll(List.of(saving, cost, setUp));
    }

    /** The series' names in their colours (modena's first three chart colours). */
    static javafx.scene.layout.HBox legend() {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(10);
        box.setId("impactChartLegend");
        String[][] items = {{"Saving", "#f3622d"}, {"Cost", "#fba71b"}, {"Set-up", "#57b757"}};
        for (String[] item : items) {
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(11, 11,
                    javafx.scene.paint.Color.web(item[1]));
            javafx.scene.control.Label name = new javafx.scene.control.Label(item[0]);
            name.setStyle("-fx-font-size: 11px;");
            javafx.scene.layout.HBox one = new javafx.scene.layout.HBox(4, swatch, name);
            one.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(one);
        }
        return box;
    }

    void show(CostBenefitSummary summary) {
        List<SummaryRow> rows = summary.rows();
        boolean sameAgencies = saving.getData().size() == rows.size();
        for (int k = 0; sameAgencies && k < rows.size(); k++) {
            sameAgencies = saving.getData().get(k).getXValue().equals(rows.get(k).agency());
        }
        if (!sameAgencies) {
            saving.getData().clear();
            cost.getData().clear();
            setUp.getData().clear();
            for (SummaryRow r : rows) {
                saving.getData().add(new XYChart.Data<>(r.agency(), r.annualSaving()));
                cost.getData().add(new XYChart.Data<>(r.agency(), r.annualCost()));
                setUp.getData().add(new XYChart.Data<>(r.agency(), r.setUpCosts()));
            }
            return;
        }
        for (int k = 0; k < rows.size(); k++) {
            saving.getData().get(k).setYValue(rows.get(k).annualSaving());
            cost.getData().get(k).setYValue(rows.get(k).annualCost());
            setUp.getData().get(k).setYValue(rows.get(k).setUpCosts());
        }
    }
}
