package org.journeyworkbench.ui.inspector;

import javafx.scene.layout.VBox;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/** The fields of whatever is selected, for editing. (Being built: see issue 3.) */
public final class InspectorView extends VBox {
    private final WorkbenchDocument document;

    public InspectorView(WorkbenchDocument document) {
        this.document = document;
        setId("inspector");
    }
}
