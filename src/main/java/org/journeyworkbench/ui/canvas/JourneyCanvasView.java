package org.journeyworkbench.ui.canvas;

import javafx.scene.layout.Region;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/** The offender journey as an editable diagram. (Being built: see issue 3.) */
public final class JourneyCanvasView extends Region {
    private final WorkbenchDocument document;

    public JourneyCanvasView(WorkbenchDocument document) {
        this.document = document;
        setId("journeyCanvas");
    }

    /** Fits the whole journey to the visible area. */
    public void fitToWindow() {
    }

    public void zoomIn() {
    }

    public void zoomOut() {
    }

    /** Adds a new stage near the centre of the view and selects it, as one undo step. */
    public void addStage() {
    }

    public void addTargetGroup() {
    }

    public void addInitiative() {
    }

    /** Deletes what is selected (a stage with its arrows), as one undo step. */
    public void deleteSelection() {
    }
}
