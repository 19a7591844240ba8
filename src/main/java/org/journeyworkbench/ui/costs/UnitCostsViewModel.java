package org.journeyworkbench.ui.costs;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.LibraryTable;
import org.journeyworkbench.engine.prices.PriceBase;
import org.journeyworkbench.engine.prices.UnitCost;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.io.costs.LibraryFiles;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The Unit Costs window's state: the library entries matching the search, each with its value in the model's
 * price base, and the edits that pick an entry for a stage or a cost line (one undo step, keeping the link).
 */
public final class UnitCostsViewModel {
    private final WorkbenchDocument document;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<UnitCostRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper priceBase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public UnitCostsViewModel(WorkbenchDocument document) {
        this.document = document;
        // No listener on the document: a window's view-model lives as long as the window, and the price base
        // is read afresh on every search.
        search.addListener((o, was, now) -> refresh());
        refresh();
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The entries matching every word of the search, in library order. */
    public ObservableList<UnitCostRow> rows() {
        return rows;
    }

    /** "In 2012-13 prices", the heading of the uprated column. */
    public ReadOnlyStringProperty priceBaseProperty() {
        return priceBase.getReadOnlyProperty();
    }

    /** What the window says under the table: the deflator in use, the credit, a library file's bad rows. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void refresh() {
        JourneyModel m = document.model();
        PriceBase base = PriceBase.of(m, Deflator.inUse());
        priceBase.set(base.year().isKnown() ? "In " + base.year().label() + " prices" : "In the price base (none)");
        rows.setAll(UnitCostLibrary.inUse().search(search.get()).stream().map(u -> row(u, base)).toList());
        if (status.get().isEmpty() || !status.get().contains("row")) {
            status.set(UnitCostLibrary.GMCA_ATTRIBUTION + ". Uprated with " + Deflator.inUse().name() + ".");
        }
    }

    private static UnitCostRow row(UnitCost u, PriceBase base) {
        String inBase = !base.year().isKnown() ? "" : base.problem(u.priceYear()) != null ? "n/a"
                : Money.formatUnit(u.value() * base.factor(u.priceYear()));
        return new UnitCostRow(u, Money.formatUnit(u.value()), u.priceYear().label(), inBase);
    }

    /** The link a picked cost keeps: the entry's source, price year and id. */
    static Provenance link(UnitCost u) {
        return new Provenance(u.source(), u.priceYear(), u.id());
    }

    /** Sets a stage's unit cost to the entry's, keeping the link; one undo step. */
    public boolean pickForStage(String stageId, UnitCost u) {
        String name = document.model().stage(stageId).map(s -> s.name()).orElse(stageId);
        return document.tryEdit("Pick " + name + " unit cost from library", m -> m.withStage(stageId,
                s -> s.withUnitCost(u.value()).withProvenance(link(u))));
    }

    /** Sets a cost line's unit cost to the entry's, keeping the link; one undo step. */
    public boolean pickForCostLine(String initiativeId, boolean running, String lineId, UnitCost u) {
        return document.tryEdit("Pick cost from library", m -> m.withInitiative(initiativeId, i -> {
            List<CostLine> lines = (running ? i.runningCosts() : i.setUpCosts()).stream()
                    .map(c -> c.id().equals(lineId) ? c.withUnitCost(u.value()).withSource(link(u)) : c).toList();
            return running ? i.withRunningCosts(lines) : i.withSetUpCosts(lines);
        }));
    }

    /** Adds a library file's entries; its unreadable rows are listed in the status. */
    public void addLibrary(Path file) {
        try {
            LibraryTable.Read read = LibraryFiles.readLibrary(file);
            UnitCostLibrary.use(UnitCostLibrary.inUse().plus(read.entries()));
            int n = read.entries().size();
            status.set(n + (n == 1 ? " entry" : " entries") + " added from " + file.getFileName()
                    + (read.problems().isEmpty() ? "." : "; left out: " + String.join("; ", read.problems())));
        } catch (ModelException e) {
            status.set(e.getMessage());
        }
        refresh();
    }

    /** Uprates with a newer deflator release from now on. */
    public void useDeflator(Path file) {
        try {
            Deflator.use(LibraryFiles.readDeflator(file));
            status.set("");
            document.edit("Use deflator table", m -> m); // recompute with the new table
        } catch (ModelException e) {
            status.set(e.getMessage());
        }
        refresh();
    }
}
