package org.journeyworkbench.ui.options;

import org.journeyworkbench.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.journeyworkbench.ui.options.OptionsTable.Row;

/**
 * NPV by agency: the agencies down the side, the options across (as the command line's {@code compare} lays
 * them out), each cell the option's NPV for the agency or, when asked, its change from the baseline. Cells
 * have ids, "agencyNpv-2-1" for the third agency in the second option.
 */
final class AgencyNpvTable extends TableView<AgencyNpvTable.Line> {
    private static final double ROW_HEIGHT = 24;
    private static final double OPTION_WIDTH = 106;
    private List<String> columnsFor = List.of();
    private final TableFit fit = new TableFit(this, ROW_HEIGHT);

    AgencyNpvTable() {
        setId("optionsByAgency");
        setAccessibleText("NPV by agency for every option");
        setFixedCellSize(ROW_HEIGHT);
        // Columns share the width exactly: never a horizontal scroll bar for a pixel or two.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    }

    /** One agency's line: its name and a figure an option. */
    record Line(String agency, List<String> cells) {
    }

    /** Shows the table's NPVs by agency, or their changes from the baseline. */
    void show(OptionsTable next, boolean showChanges) {
        List<String> names = next.rows().stream().map(Row::name).toList();
        if (!names.equals(columnsFor)) {
            columnsFor = names;
            columns(names);
        }
        List<Line> lines = new ArrayList<>();
        for (int a = 0; a < next.agencies().size(); a++) {
            List<String> cells = new ArrayList<>();
            for (Row r : next.rows()) {
                cells.add((showChanges ? r.agencyChange() : r.agencyNpv()).get(a));
            }
            lines.add(new Line(next.agencies().get(a), cells));
        }
        if (!lines.equals(getItems())) {
            getItems().setAll(lines);
        }
        fit.rows(lines.size());
        setPrefWidth(100 + OPTION_WIDTH * names.size() + 4);
        setMaxWidth(getPrefWidth());
    }

    private void columns(List<String> names) {
        getColumns().clear();
        TableColumn<Line, String> agency = new TableColumn<>("Agency");
        agency.setSortable(false);
        agency.setPrefWidth(100);
        agency.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agency()));
        getColumns().add(agency);
        for (int k = 0; k < names.size(); k++) {
            int option = k;
            TableColumn<Line, String> c = new TableColumn<>(OptionsTable.heading(names.get(k), 13, 3));
            c.setSortable(false);
            c.setPrefWidth(OPTION_WIDTH);
            c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(
                    option < r.getValue().cells().size() ? r.getValue().cells().get(option) : ""));
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String v, boolean empty) {
                    super.updateItem(v, empty);
                    boolean shown = !empty && v != null;
                    setText(shown ? v : "");
                    setId(shown ? "agencyNpv-" + getIndex() + "-" + option : null);
                    Styles.addClass(this, "money-cell");
                    Styles.set(this, Styles.NEGATIVE, shown && v.startsWith("("));
                }
            });
            getColumns().add(c);
        }
    }
}
