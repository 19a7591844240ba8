package org.journeyworkbench.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.ui.Styles;

/** The Cost/Benefit Summary in the slides' layout: pounds, brackets for negatives, a bold Total row. */
final class SummaryTable extends TableView<SummaryRow> {
    /** Two lines of heading. */
    private static final double HEADER_HEIGHT = 32;

    SummaryTable() {
        setId("summaryTable");
        setAccessibleText("Cost/Benefit Summary");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<SummaryRow, String> agency = new TableColumn<>("Agency");
        agency.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agency()));
        agency.setSortable(false);
        agency.setMinWidth(80);
        getColumns().add(agency);
        // Headings on two lines: read in full at the width the figures need (no "Annual sa…").
        getColumns().add(money("Annual\nsaving", SummaryRow::annualSaving));
        getColumns().add(money("Annual\ncost", SummaryRow::annualCost));
        getColumns().add(money("Annual\nimpact", SummaryRow::annualImpact));
        getColumns().add(money("Set-up\ncosts", SummaryRow::setUpCosts));
        getColumns().add(money("Year 1\nimpact", SummaryRow::year1Impact));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryRow row, boolean empty) {
                super.updateItem(row, empty);
                Styles.set(this, Styles.TOTAL, !empty && row != null && "total".equals(row.agencyId()));
            }
        });
        setFixedCellSize(24);
    }

    void show(CostBenefitSummary summary) {
        List<SummaryRow> rows = new ArrayList<>(summary.rows());
        rows.add(summary.total());
        getItems().setAll(FXCollections.observableArrayList(rows));
        setPrefHeight(getFixedCellSize() * rows.size() + HEADER_HEIGHT + 6);
        setMinHeight(getPrefHeight());
    }

    private static TableColumn<SummaryRow, Double> money(String title, ToDoubleFunction<SummaryRow> value) {
        TableColumn<SummaryRow, Double> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setMinWidth(98);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(r.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : Money.format(v));
                Styles.addClass(this, "money-cell");
                Styles.set(this, Styles.NEGATIVE, !empty && v != null && v < -0.5);
            }
        });
        return c;
    }
}
