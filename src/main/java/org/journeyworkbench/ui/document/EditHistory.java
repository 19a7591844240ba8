package org.journeyworkbench.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeyworkbench.model.JourneyModel;

/**
 * Undo and redo as a list of labelled snapshots of the immutable model. Each snapshot has a revision
 * number; the document is dirty when the current revision differs from the one last saved. A commit that
 * changes nothing is skipped. Plain Java: no JavaFX, so it is tested with plain JUnit.
 */
public final class EditHistory {
    /** One state of the model and the edit that led to it. */
    public record Snapshot(String label, JourneyModel model, long revision) {
    }

    private static final int LIMIT = 500;
    private final List<Snapshot> entries = new ArrayList<>();
    private int current;
    private long nextRevision;

    public EditHistory(JourneyModel initial) {
        reset(initial);
    }

    public void reset(JourneyModel initial) {
        entries.clear();
        entries.add(new Snapshot("Open", initial, nextRevision++));
        current = 0;
    }

    /** Records an edit; returns false (and records nothing) when the model did not change. */
    public boolean commit(String label, JourneyModel model) {
        if (model.equals(current().model())) {
            return false;
        }
        entries.subList(current + 1, entries.size()).clear();
        entries.add(new Snapshot(label, model, nextRevision++));
        if (entries.size() > LIMIT) {
            entries.remove(0);
        }
        current = entries.size() - 1;
        return true;
    }

    public Snapshot current() {
        return entries.get(current);
    }

    public boolean canUndo() {
        return current > 0;
    }

    public boolean canRedo() {
        return current < entries.size() - 1;
    }

    /** The label of the edit undo would take back. */
    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(entries.get(current).label()) : Optional.empty();
    }

    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(entries.get(current + 1).label()) : Optional.empty();
    }

    public Snapshot undo() {
        if (canUndo()) {
            current--;
        }
        return current();
    }

    public Snapshot redo() {
        if (canRedo()) {
            current++;
        }
        return current();
    }
}
