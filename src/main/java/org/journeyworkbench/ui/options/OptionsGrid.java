package org.journeyworkbench.ui.options;

import org.journeyworkbench.ui.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.journeyworkbench.ui.options.OptionsTable.Row;

/**
 * The options table: one row an option with its headline figures. A row's menu (or a double click) pins it
 * as the baseline or makes it the option being edited. Each figure's cell has an id, "options-npv-1" for the
 * second option's NPV, for tests and screen readers.
 */
final class OptionsGrid extends TableView<Row> {
    private static final double ROW_HEIGHT = 26;
    private final TableColumn<Row, String> change;
    private final TableFit fit = new TableFit(this, ROW_HEIGHT);

    OptionsGrid(Consumer<String> pin, Consumer<String> edit) {
        setId("optionsTable");
        setAccessibleText("Every option side by side");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        setFixedCellSize(ROW_HEIGHT);
        TableColumn<Row, Row> name = new TableColumn<>("Option");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new NameCell());
        name.setMinWidth(150);
        name.setPrefWidth(220);
        name.setSortable(false);
        getColumns().add(name);
        getColumns().add(figure("Year 1\nnet saving", "year1", Row::year1NetSaving, 88));
        getColumns().add(figure("NPV", "npv", Row::npv, 92));
        change = figure("Change in NPV\nfrom base case", "change", Row::change, 114);
        getColumns().add(change);
        getColumns().add(figure("BCR", "bcr", Row::bcr, 44));
        getColumns().add(figure("Payback\nyear", "payback", Row::payback, 108));
        getColumns().add(figure("Value for\nmoney", "vfm", Row::valueForMoney, 66));
        setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            MenuItem pinIt = new MenuItem("Pin as baseline");
            pinIt.setOnAction(e -> pin.accept(row.getItem().name()));
            MenuItem editIt = new MenuItem("Edit this option");
            editIt.setOnAction(e -> edit.accept(row.getItem().name()));
            ContextMenu menu = new ContextMenu(pinIt, editIt);
            row.contextMenuProperty().bind(row.emptyProperty().map(empty -> empty ? null : menu));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem().name());
                }
            });
            return row;
        });
        setPlaceholder(new Label("No options: the model does not compute yet."));
    }

    /** Shows the rows; the change column says what it is from. */
    void show(OptionsTable table) {
        // The baseline is named in the caption above and tagged in its row; the heading stays short.
        boolean base = table.rows().isEmpty() || table.rows().get(0).baseline();
        change.setText("Change in NPV\nfrom " + (base ? "base case" : "baseline"));
        if (!table.rows().equals(getItems())) {
            getItems().setAll(table.rows());
        }
        fit.rows(table.rows().size());
    }

    private static TableColumn<Row, String> figure(String title, String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width * 1.3);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                boolean shown = !empty && v != null;
                setText(shown ? v : "");
                setId(shown ? "options-" + key + "-" + getIndex() : null);
                Styles.addClass(this, "money-cell");
                Styles.set(this, Styles.NEGATIVE, shown && v.startsWith("("));
            }
        });
        return c;
    }

    /** The option's name, with "baseline" and "editing" tags where they apply. */
    private static final class NameCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                setId(null);
                setTooltip(null);
                return;
            }
            setId("options-name-" + getIndex());
            Label name = new Label(r.name());
            name.setMinWidth(0);
            name.getStyleClass().add("option-name");
            Styles.set(name, Styles.EDITING, r.editing());
            HBox box = new HBox(4, name);
            box.setAlignment(Pos.CENTER_LEFT);
            if (r.baseline()) {
                box.getChildren().add(tag("baseline", false));
            }
            if (r.editing()) {
                box.getChildren().add(tag("editing", true));
            }
            setGraphic(box);
            setTooltip(new Tooltip(r.description().isBlank() ? r.name() : r.name() + ": " + r.description()));
        }

        private static Label tag(String text, boolean editing) {
            Label l = new Label(text);
            l.setMinWidth(USE_PREF_SIZE);
            l.getStyleClass().add("option-tag");
            Styles.set(l, Styles.EDITING, editing);
            return l;
        }
    }
}
