package org.journeyworkbench.ui.options;

import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Keeps a table exactly as tall as its header and rows, however many lines its headings take: no empty
 * stripes under the last row, no scroll bar for a few rows. The header's height is only known once the
 * table has been laid out, so the height follows it.
 */
final class TableFit {
    private final TableView<?> table;
    private final double rowHeight;
    private int rows;
    private Region header;

    TableFit(TableView<?> table, double rowHeight) {
        this.table = table;
        this.rowHeight = rowHeight;
        table.skinProperty().addListener((o, was, now) -> apply());
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (header == null) {
                apply();
            }
        });
        apply();
    }

    /** The table now holds this many rows. */
    void rows(int count) {
        rows = count;
        apply();
    }

    private void apply() {
        if (header == null && table.lookup(".column-header-background") instanceof Region r) {
            header = r;
            header.heightProperty().addListener((o, was, now) -> apply());
        }
        double headerHeight = header == null || header.getHeight() <= 0 ? 30 : header.getHeight();
        double h = headerHeight + rowHeight * Math.max(rows, 1) + table.snappedTopInset()
                + table.snappedBottomInset() + 4;
        table.setMinHeight(h);
        table.setPrefHeight(h);
        table.setMaxHeight(h);
    }
}
