package org.journeyworkbench.ui.costs;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeyworkbench.engine.validation.ProvenanceChecks;
import org.journeyworkbench.engine.validation.ProvenanceWarning;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/** The provenance warnings of the document's model, recomputed when the model changes. */
public final class ChecksViewModel {
    private final ObservableList<ProvenanceWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ChecksViewModel(WorkbenchDocument document) {
        document.modelProperty().addListener((o, was, now) -> update(now));
        update(document.model());
    }

    public ObservableList<ProvenanceWarning> warnings() {
        return warnings;
    }

    /** "No warnings: …" or "3 warnings about where figures come from". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Re-runs the checks (after a library or deflator is added, which the model does not show). */
    public void update(JourneyModel m) {
        var now = ProvenanceChecks.check(m);
        if (!now.equals(warnings)) {
            warnings.setAll(now);
        }
        summary.set(now.isEmpty() ? "No warnings: every cost has a source and a price year the deflator can uprate, "
                + "and every rate and take-up has a source."
                : now.size() + (now.size() == 1 ? " warning" : " warnings") + " about where figures come from "
                + "(also on the workbook's cover and from the check command)");
    }
}
