package org.journeyworkbench.ui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.model.Money;

/**
 * Annual saving, annual cost and set-up costs by agency, updated live as figures move. With a baseline
 * pinned ({@link #showBaseline}), the baseline's figures are drawn behind the live bars, pale, each with a
 * dark tick at its height, so a live bar taller or shorter than the baseline's can be read either way (a
 * baseline figure of zero draws nothing).
 */
final class ImpactChart extends BarChart<String, Number> {
    private final XYChart.Series<String, Number> saving = new XYChart.Series<>();
    private final XYChart.Series<String, Number> cost = new XYChart.Series<>();
    private final XYChart.Series<String, Number> setUp = new XYChart.Series<>();
    /** The baseline's figures, or null when there is none to show. */
    private CostBenefitSummary baseline;
    /** A pale bar and a tick for each live bar, series by series, while a baseline is shown. */
    private final List<Region> ghosts = new ArrayList<>();
    private final List<Line> ticks = new ArrayList<>();

    ImpactChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("impactChart");
        setAccessibleText("Chart of annual saving, annual cost and set-up costs by agency");
        setTitle(null);
        getStyleClass().add("impact-chart");
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
            name.getStyleClass().add("chart-legend-name");
            javafx.scene.layout.HBox one = new javafx.scene.layout.HBox(4, swatch, name);
            one.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(one);
        }
        return box;
    }

    /**
     * Shows a baseline's figures behind the live ones, or none for null.
     */
    void showBaseline(CostBenefitSummary next) {
        baseline = next;
        syncGhosts();
        if (!saving.getData().isEmpty()) {
            // The same value, a new object: the chart takes it as a change and ranges its axis again.
            XYChart.Data<String, Number> d = saving.getData().get(0);
            d.setYValue(Double.valueOf(d.getYValue().doubleValue()));
        }
        requestChartLayout();
    }

    /** Whether a baseline is drawn behind the live bars (tests). */
    boolean showsBaseline() {
        return baseline != null && !ghosts.isEmpty();
    }

    /** As many ghosts as live bars while there is a baseline, none otherwise. */
    private void syncGhosts() {
        int wanted = baseline == null ? 0 : 3 * saving.getData().size();
        if (ghosts.size() == wanted) {
            return;
        }
        getPlotChildren().removeAll(ghosts);
        getPlotChildren().removeAll(ticks);
        ghosts.clear();
        ticks.clear();
        for (int k = 0; k < wanted; k++) {
            Region ghost = new Region();
            ghost.getStyleClass().addAll("ghost-bar", "series-" + k / Math.max(saving.getData().size(), 1));
            ghost.setViewOrder(1); // behind the live bars
            ghost.setMouseTransparent(true);
            Line tick = new Line();
            tick.setStroke(Color.web("#343A40"));
            tick.setStrokeWidth(2);
            tick.setViewOrder(-1); // in front of them
            tick.setMouseTransparent(true);
            ghosts.add(ghost);
            ticks.add(tick);
        }
        getPlotChildren().addAll(ghosts);
        getPlotChildren().addAll(ticks);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (baseline == null || ghosts.isEmpty()) {
            return;
        }
        NumberAxis y = (NumberAxis) getYAxis();
        double zero = y.getDisplayPosition(0);
        List<XYChart.Series<String, Number>> series = List.of(saving, cost, setUp);
        int n = saving.getData().size();
        for (int s = 0; s < series.size(); s++) {
            for (int k = 0; k < n; k++) {
                XYChart.Data<String, Number> d = series.get(s).getData().get(k);
                Region ghost = ghosts.get(s * n + k);
                Line tick = ticks.get(s * n + k);
                Double v = baselineValue(s, d.getXValue());
                // Nothing to draw where the baseline has nothing: a tick on the zero line would only clutter it.
                boolean shown = v != null && Math.abs(v) >= 0.5 && d.getNode() instanceof Region;
                ghost.setVisible(shown);
                tick.setVisible(shown);
                if (!shown) {
                    continue;
                }
                Region bar = (Region) d.getNode();
                double x = bar.getLayoutX();
                double w = bar.getWidth();
                double at = y.getDisplayPosition(v);
                ghost.resizeRelocate(x, Math.min(zero, at), w, Math.abs(zero - at));
                tick.setStartX(x - 1);
                tick.setEndX(x + w + 1);
                tick.setStartY(at);
                tick.setEndY(at);
            }
        }
    }

    /** The axis takes in the baseline's figures too, so a ghost is never cut off. */
    @Override
    protected void updateAxisRange() {
        super.updateAxisRange();
        if (baseline == null || !getYAxis().isAutoRanging()) {
            return;
        }
        List<Number> all = new ArrayList<>();
        for (XYChart.Series<String, Number> s : List.of(saving, cost, setUp)) {
            s.getData().forEach(d -> all.add(d.getYValue()));
        }
        for (SummaryRow r : baseline.rows()) {
            all.add(r.annualSaving());
            all.add(r.annualCost());
            all.add(r.setUpCosts());
        }
        getYAxis().invalidateRange(all);
    }

    /** The baseline's figure in series {@code s} (0 saving, 1 cost, 2 set-up) for an agency, or null. */
    private Double baselineValue(int s, String agency) {
        for (SummaryRow r : baseline.rows()) {
            if (r.agency().equals(agency)) {
                return s == 0 ? r.annualSaving() : s == 1 ? r.annualCost() : r.setUpCosts();
            }
        }
        return null;
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
            syncGhosts();
            return;
        }
        for (int k = 0; k < rows.size(); k++) {
            saving.getData().get(k).setYValue(rows.get(k).annualSaving());
            cost.getData().get(k).setYValue(rows.get(k).annualCost());
            setUp.getData().get(k).setYValue(rows.get(k).setUpCosts());
        }
    }
}
