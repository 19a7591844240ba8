package org.journeyworkbench.ui.costs;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.table.TableFilter;
import org.controlsfx.control.textfield.TextFields;
import org.journeyworkbench.engine.prices.UnitCost;

/**
 * The Unit Costs window: the library, searchable and filterable by column, each entry's value in the model's
 * price base beside the entered one. Opened to pick (from an inspector) it has a "Use this cost" button.
 */
public final class UnitCostsWindow {
    private final UnitCostsViewModel model;
    private final Stage stage = new Stage();
    private final TableView<UnitCostRow> table = new TableView<>();

    /**
     * @param pick what "Use this cost" does with the chosen entry, or null to browse only
     * @param what what is being priced, for the title ("Arrest unit cost")
     */
    public UnitCostsWindow(UnitCostsViewModel model, Window owner, String what, Consumer<UnitCost> pick) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(pick == null ? "Unit Costs" : "Pick from library: " + what);
        stage.setScene(new Scene(createView(pick), 1100, 560));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private BorderPane createView(Consumer<UnitCost> pick) {
        TextField search = TextFields.createClearableTextField();
        search.setId("unitCostsSearch");
        search.setPromptText("Search name, agency, source, notes…");
        search.setAccessibleText("Search the unit-cost library");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button("Add Library File…");
        add.setId("unitCostsAddLibrary");
        add.setOnAction(e -> chooseFile("Add a unit-cost library (CSV or .xlsx)", model::addLibrary, true));
        Button deflator = new Button("Use Deflator Table…");
        deflator.setId("unitCostsUseDeflator");
        deflator.setOnAction(e -> chooseFile("Use a newer GDP deflator table (CSV)", model::useDeflator, false));
        HBox top = new HBox(8, search, add, deflator);
        top.setPadding(new Insets(8));

        table.setId("unitCostsTable");
        table.setItems(model.rows());
        table.getColumns().add(column("Name", 260, r -> r.entry().name()));
        table.getColumns().add(column("Agency", 140, r -> r.entry().agency()));
        table.getColumns().add(column("Value", 80, UnitCostRow::value));
        table.getColumns().add(column("Unit", 110, r -> r.entry().unit()));
        table.getColumns().add(column("Price year", 80, UnitCostRow::priceYear));
        TableColumn<UnitCostRow, String> inBase = column("", 130, UnitCostRow::inPriceBase);
        inBase.textProperty().bind(model.priceBaseProperty());
        table.getColumns().add(inBase);
        table.getColumns().add(column("Source", 260, r -> r.entry().source()));
        table.getColumns().add(column("Confidence", 80, r -> r.entry().confidence().label()));
        table.getColumns().add(column("Notes", 260, r -> r.entry().notes()));
        table.getColumns().add(column("Attribution", 200, r -> r.entry().attribution()));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(UnitCostRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.entry().source()
                        + (row.entry().notes().isEmpty() ? "" : "\n" + row.entry().notes())));
            }
        });
        TableFilter.forTableView(table).lazy(true).apply();

        Label status = new Label();
        status.setId("unitCostsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(8, status);
        bottom.setPadding(new Insets(8));
        if (pick != null) {
            Button use = new Button("Use This Cost");
            use.setId("unitCostsPick");
            use.setDefaultButton(true);
            use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            use.setOnAction(e -> {
                pick.accept(table.getSelectionModel().getSelectedItem().entry());
                stage.close();
            });
            table.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                    use.fire();
                }
            });
            bottom.getChildren().add(use);
        }
        Button close = new Button("Close");
        close.setId("unitCostsClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        bottom.getChildren().add(close);
        // The buttons keep their words; the status wraps instead.
        bottom.getChildren().stream().filter(n -> n instanceof Button)
                .forEach(b -> ((Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(top));
        root.setBottom(bottom);
        return root;
    }

    private static TableColumn<UnitCostRow, String> column(String title, double width,
                                                           Function<UnitCostRow, String> value) {
        TableColumn<UnitCostRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())).getReadOnlyProperty());
        return c;
    }

    private void chooseFile(String title, Consumer<java.nio.file.Path> use, boolean xlsx) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(xlsx
                ? new FileChooser.ExtensionFilter("Unit-cost library (*.csv, *.xlsx)", "*.csv", "*.xlsx")
                : new FileChooser.ExtensionFilter("Deflator table (*.csv)", "*.csv"));
        java.io.File f = chooser.showOpenDialog(stage);
        if (f != null) {
            use.accept(f.toPath());
        }
    }
}
