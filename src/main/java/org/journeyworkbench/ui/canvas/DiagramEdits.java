package org.journeyworkbench.ui.canvas;

import org.journeyworkbench.engine.edits.ModelEdits;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.Selection.Kind;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * What the diagram's gestures, menus and keys do to the model: each one undo step, selecting what it
 * made; a refusal becomes a notice in the status line, never an exception.
 */
final class DiagramEdits {
    private final WorkbenchDocument document;

    DiagramEdits(WorkbenchDocument document) {
        this.document = document;
    }

    void addStage(Position at) {
        String id = ModelEdits.freshId("stage", document.model().stages().stream().map(Stage::id).toList());
        if (document.tryEdit("Add stage", m -> ModelEdits.addStage(m, id, at))) {
            document.selectionProperty().set(new Selection(Kind.STAGE, id));
        }
    }

    /** A new group enters at the selected stage, if a stage is selected. */
    void addTargetGroup(Position at) {
        String id = ModelEdits.freshId("group", document.model().targetGroups().stream().map(TargetGroup::id).toList());
        Selection sel = document.selectionProperty().get();
        String entry = sel != null && sel.kind() == Kind.STAGE ? sel.id() : null;
        if (document.tryEdit("Add target group", m -> ModelEdits.addTargetGroup(m, id, entry, at))) {
            document.selectionProperty().set(new Selection(Kind.TARGET_GROUP, id));
        }
    }

    /** A new initiative works with the selected target group, if one is selected. */
    void addInitiative(Position at) {
        String id = ModelEdits.freshId("initiative", document.model().initiatives().stream().map(Initiative::id)
                .toList());
        Selection sel = document.selectionProperty().get();
        String group = sel != null && sel.kind() == Kind.TARGET_GROUP ? sel.id() : null;
        if (document.tryEdit("Add initiative", m -> ModelEdits.addInitiative(m, id, group, at))) {
            document.selectionProperty().set(new Selection(Kind.INITIATIVE, id));
        }
    }

    boolean connect(String from, String to) {
        return connected(from, to, document.tryEdit("Connect stages", m -> ModelEdits.connect(m, from, to)));
    }

    boolean connect(String from, String to, double rate) {
        return connected(from, to, document.tryEdit("Connect stages", m -> ModelEdits.connect(m, from, to, rate)));
    }

    private boolean connected(String from, String to, boolean done) {
        if (done) {
            document.model().transitions().stream().filter(t -> t.from().equals(from) && t.to().equals(to))
                    .findFirst().ifPresent(t -> document.selectionProperty().set(new Selection(Kind.TRANSITION,
                            t.id())));
            return true;
        }
        return false;
    }

    void deleteSelection() {
        Selection sel = document.selectionProperty().get();
        if (sel == null) {
            document.notice("Select something on the diagram to delete it.");
            return;
        }
        boolean done = switch (sel.kind()) {
            case STAGE -> document.tryEdit("Delete stage", m -> ModelEdits.deleteStage(m, sel.id()));
            case TRANSITION -> document.tryEdit("Delete arrow", m -> ModelEdits.deleteTransition(m, sel.id()));
            case TARGET_GROUP -> document.tryEdit("Delete target group",
                    m -> ModelEdits.deleteTargetGroup(m, sel.id()));
            case INITIATIVE -> document.tryEdit("Delete initiative", m -> ModelEdits.deleteInitiative(m, sel.id()));
        };
        if (done) {
            document.selectionProperty().set(null);
        }
    }

    void moveTo(Selection s, Position p) {
        String label = switch (s.kind()) {
            case STAGE -> "Move stage";
            case TARGET_GROUP -> "Move target group";
            case INITIATIVE -> "Move initiative";
            case TRANSITION -> "Move";
        };
        document.tryEdit(label, m -> switch (s.kind()) {
            case STAGE -> m.withStage(s.id(), x -> x.withPosition(p));
            case TARGET_GROUP -> m.withTargetGroup(s.id(), x -> x.withPosition(p));
            case INITIATIVE -> m.withInitiative(s.id(), x -> x.withPosition(p));
            case TRANSITION -> m;
        });
    }
}
