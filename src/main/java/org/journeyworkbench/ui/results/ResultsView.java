package org.journeyworkbench.ui.results;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.TermValue;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The results: the net system saving, the NPV over the appraisal period and the BCR large enough to read
 * from the back of a room; the Level 1 formula with each term's value; the Cost/Benefit Summary; the
 * cumulative discounted net by year with its payback year, and the chart by agency. Everything comes from
 * the document's one result, so it all moves together while a slider is dragged.
 *
 * <p>Laid out in two columns: the figures across the top in one row (a figure that widens pushes the next
 * along, never the block down), then the summary table above the formula on the left (as wide as the table)
 * and the two charts on the right, taking what width is left. When that is too narrow for a chart, the
 * charts go under the formula, side by side, and the pane scrolls down instead. The table comes first so its
 * Total row is in sight on a projector (1280×720) without scrolling.
 */
public final class ResultsView extends VBox {
    private static final double TABLE_WIDTH = 590;
    private static final double CHART_MIN_WIDTH = 190;
    private final WorkbenchDocument document;
    private final FigureCard net = new FigureCard("Net system saving", "netSystemSaving", "netCaption",
            "resultsScenario", "Year 1 impact: the Level 1 formula over the first year's figures");
    private final FigureCard npv = new FigureCard("Net present value", "npv", "npvCaption", "npvNote",
            "Net present value: the benefits less the costs over the appraisal period, discounted to year 0");
    private final FigureCard bcr = new FigureCard("Benefit-cost ratio", "bcr", "bcrCaption", "bcrNote",
            "Benefit-cost ratio: present value of the benefits ÷ present value of the costs");
    private final Label payback = new Label();
    private final FlowPane terms = new FlowPane(10, 6);
    private final SummaryTable table = new SummaryTable();
    private final ImpactChart chart = new ImpactChart();
    private final PaybackChart paybackChart = new PaybackChart();
    private final VBox paybackBox = new VBox(1);
    private final VBox impactBox = new VBox(2);
    /** The charts on the right, one above the other; or under the table, side by side, when narrow. */
    private final VBox chartsColumn = new VBox(6);
    private final HBox chartsRow = new HBox(14);
    private final GridPane body = new GridPane();
    private Boolean narrow;

    private final Label baselineNote = new Label();

    public ResultsView(WorkbenchDocument document) {
        this.document = document;
        setId("results");
        setPadding(new Insets(10));
        setSpacing(8);
        body.setHgap(14);
        body.setVgap(8);
        ColumnConstraints left = new ColumnConstraints();
        left.setMinWidth(TABLE_WIDTH);
        left.setPrefWidth(TABLE_WIDTH);
        left.setHgrow(Priority.NEVER);
        ColumnConstraints right = new ColumnConstraints();
        right.setMinWidth(0);
        right.setHgrow(Priority.ALWAYS);
        right.setFillWidth(true);
        body.getColumnConstraints().setAll(left, right);
        RowConstraints tableRow = new RowConstraints();
        tableRow.setValignment(VPos.TOP);
        RowConstraints formulaRow = new RowConstraints();
        formulaRow.setVgrow(Priority.ALWAYS);
        formulaRow.setValignment(VPos.TOP);
        body.getRowConstraints().setAll(tableRow, formulaRow);
        VBox.setVgrow(body, Priority.ALWAYS);

        // One row that never wraps: a wider figure (or a long note) pushes the next one along instead of moving
        // the table and formula down under the user's eyes. Captions and notes shorten with a tooltip first.
        HBox figures = new HBox(24, net, npv, bcr);
        figures.setId("headlineFigures");
        figures.setAlignment(Pos.TOP_LEFT);
        figures.setMinWidth(0);

        FormulaEditor formula = new FormulaEditor(document);
        terms.setId("level1Terms");
        table.setMinWidth(TABLE_WIDTH);
        table.setPrefWidth(TABLE_WIDTH);
        GridPane.setFillHeight(table, false);
        body.add(table, 0, 0);
        body.add(new VBox(6, formula, terms), 0, 1);
        getChildren().addAll(figures, body);

        buildCharts();
        widthProperty().addListener((o, was, now) -> arrange(now.doubleValue()));
        arrange(TABLE_WIDTH + body.getHgap() + 300);
        document.resultProperty().addListener((o, was, now) -> show(now));
        show(document.result());
    }

    /** Puts a line under the NPV: its P10–P90 band from the quick simulation after each change. */
    public void addUnderNpv(javafx.scene.Node node) {
        npv.addUnder(node);
    }

    /**
     * Shows a pinned baseline's figures in the chart by agency, pale, behind the live ones; null for none (the
     * window passes none while the baseline is the option being edited).
     */
    public void showBaseline(Result baseline) {
        chart.showBaseline(baseline == null ? null : baseline.summary());
        baselineNote.setText(baseline == null ? ""
                : "Pale, with a tick: " + baseline.scenario() + " (pinned baseline)");
    }

    private void buildCharts() {
        payback.setId("payback");
        payback.setWrapText(true);
        payback.getStyleClass().add("results-note");
        paybackBox.getChildren().setAll(title("Cumulative discounted net"), payback, paybackChart);
        VBox.setVgrow(paybackChart, Priority.ALWAYS);
        chart.setMinWidth(CHART_MIN_WIDTH);
        chart.setPrefWidth(300);
        chart.setMinHeight(140);
        chart.setPrefHeight(170);
        baselineNote.setId("impactChartBaseline");
        baselineNote.setWrapText(true);
        baselineNote.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut short
        baselineNote.getStyleClass().add("results-small-note");
        baselineNote.managedProperty().bind(baselineNote.textProperty().isNotEmpty());
        baselineNote.visibleProperty().bind(baselineNote.textProperty().isNotEmpty());
        impactBox.getChildren().setAll(title("Impact by agency"), ImpactChart.legend(), baselineNote, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        for (VBox box : new VBox[] {paybackBox, impactBox}) {
            VBox.setVgrow(box, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMinWidth(CHART_MIN_WIDTH);
        }
        // The column asks for no width of its own: arrange() moves the charts under the table instead.
        chartsColumn.setMinWidth(0);
    }

    /** Charts on the right when there is room for them beside the table, else under it. */
    private void arrange(double width) {
        boolean tooNarrow = width < getPadding().getLeft() + TABLE_WIDTH + body.getHgap() + CHART_MIN_WIDTH
                + getPadding().getRight();
        if (narrow != null && narrow == tooNarrow) {
            return;
        }
        narrow = tooNarrow;
        body.getChildren().removeAll(chartsColumn, chartsRow);
        if (tooNarrow) {
            chartsRow.getChildren().setAll(paybackBox, impactBox);
            body.add(chartsRow, 0, 2, 2, 1);
        } else {
            chartsColumn.getChildren().setAll(paybackBox, impactBox);
            body.add(chartsColumn, 1, 0, 1, 2);
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("results-title");
        return l;
    }

    private void show(Result r) {
        if (r == null) {
            return;
        }
        double v = r.netSystemSaving();
        net.show("Net system saving", Money.format(v), r.scenario() + " · Year 1 impact", v < -0.5);
        AppraisalFigures f = AppraisalFigures.of(r.appraisal(), settings(r), r.scenario());
        npv.show(f.npvCaption(), f.npv(), f.npvNote(), f.npvNegative());
        bcr.show(f.bcrCaption(), f.bcr(), f.bcrNote(), f.poorValue());
        payback.setText(f.payback());
        paybackChart.show(r.appraisal(), "Payback");
        terms.getChildren().clear();
        for (TermValue t : r.level1().terms()) {
            Label name = new Label(t.name());
            name.getStyleClass().add("term-name");
            Label value = new Label(Money.format(t.value()));
            value.setId("term-" + t.name());
            value.getStyleClass().add("term-value");
            Label label = new Label(t.label());
            label.getStyleClass().add("term-label");
            label.setWrapText(true);
            label.setMaxWidth(120);
            VBox card = new VBox(0, new HBox(8, name, value), label);
            card.getStyleClass().add("term-card");
            terms.getChildren().add(card);
        }
        table.show(r.summary());
        chart.show(r.summary());
    }

    /** The appraisal settings the result was computed with: the scenario's, where it overrides them. */
    private Appraisal settings(Result r) {
        JourneyModel m = document.model();
        try {
            return Inputs.apply(m, m.scenario(r.scenario()).orElse(null)).appraisal();
        } catch (ModelException e) {
            return m.appraisal();
        }
    }
}
