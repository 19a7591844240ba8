package org.journeyworkbench.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * The open model file and everything the views bind to: the model, the scenario being edited, the last
 * good result, the current problem, the file, the unsaved-changes flag, undo and redo, and the selection.
 *
 * <p>Every change goes through here. {@link #edit} checks the new model and records one undo step; an
 * invalid model is refused with a {@link ModelException} and the document is left as it was, so the
 * engine never sees an invalid model. {@link #preview} shows a gesture live (a slider or node drag)
 * without recording history, and {@link #commitPreview} records the whole gesture as one step.
 *
 * <p>Each change is computed once: the new model is compiled into a {@link Calculation} (which checks it),
 * the scenario being edited is bound and evaluated, and that result is kept. Switching scenario binds and
 * evaluates the same calculation again, without compiling.
 */
public final class WorkbenchDocument {
    private final ReadOnlyObjectWrapper<JourneyModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper scenarioName =
            new ReadOnlyStringWrapper(this, "scenarioName", Scenario.BASE_NAME);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final EditHistory history;
    private long savedRevision;
    /** The model when a live gesture began, or null when none is under way. */
    private JourneyModel gestureStart;
    /** The shown model compiled, or null when it could not be compiled (its problem is shown). */
    private Calculation calculation;

    /** A model compiled and the scenario being edited evaluated on it: what one edit costs. */
    private record Computed(Calculation calculation, Result result) {
    }

    /**
     * @throws ModelException if the model is not valid
     */
    private final LastRuns lastRuns = new LastRuns();

    public WorkbenchDocument(JourneyModel initial, Path file) {
        Calculation compiled = Calculation.compile(initial);
        history = new EditHistory(initial);
        this.file.set(file);
        show(initial, compiled);
        markSaved();
    }

    // ---- what views bind to ----

    public ReadOnlyObjectProperty<JourneyModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The last tornado and Monte Carlo run, for the workbook. */
    public LastRuns lastRuns() {
        return lastRuns;
    }

    public JourneyModel model() {
        return model.get();
    }

    /** The last good result: kept while the model or formula has a problem. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    /**
     * The model shown, compiled: for views that evaluate it more than once (options side by side,
     * sensitivity). Null while the model has a problem that stops it compiling.
     */
    public Calculation calculation() {
        return calculation;
    }

    /** What is wrong right now, in plain words, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    public String scenarioName() {
        return scenarioName.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** A short message for the status bar: why an action was refused, or what it did. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void notice(String message) {
        notice.set(message == null ? "" : message);
    }

    /**
     * Runs an edit a user asked for; a refusal becomes a notice in their words instead of an exception.
     *
     * @return whether the edit was made
     */
    public boolean tryEdit(String label, UnaryOperator<JourneyModel> change) {
        try {
            edit(label, change);
            return true;
        } catch (ModelException e) {
            notice.set(e.getMessage());
            return false;
        }
    }

    // ---- editing ----

    /**
     * Applies one edit as one undo step labelled {@code label}. A structural edit (a stage, arrow, target group
     * or initiative added or deleted) says in the notice what it did to the net saving; any other clears the
     * notice, which was about something before it.
     *
     * @throws ModelException if the edited model is not valid; nothing changes then
     */
    public void edit(String label, UnaryOperator<JourneyModel> change) {
        JourneyModel base = gestureStart != null ? gestureStart : history.current().model();
        JourneyModel next = change.apply(base);
        Computed computed = compute(next);
        Result before = result.get();
        gestureStart = null;
        history.commit(label, next);
        showComputed(next, computed);
        notice.set(HeadlineChange.structural(base, next)
                .map(what -> headline(what, before, "Ctrl+Z to undo."))
                .orElse(""));
    }

    /** What an action did to the net saving, for the notice; just {@code what} when there is no figure to compare. */
    private String headline(String what, Result before, String then) {
        Result after = result.get();
        if (before == null || after == null || !problem.get().isEmpty()) {
            return what + "." + (then.isEmpty() ? "" : " " + then);
        }
        return HeadlineChange.message(what, before.netSystemSaving(), after.netSystemSaving(), then);
    }

    /** Shows a gesture in progress live, computed from the model as it was when the gesture began. */
    public void preview(UnaryOperator<JourneyModel> change) {
        if (gestureStart == null) {
            gestureStart = history.current().model();
        }
        JourneyModel next = change.apply(gestureStart);
        showComputed(next, compute(next));
    }

    /** Ends a gesture: records what it did as one undo step (nothing if it changed nothing). */
    public void commitPreview(String label) {
        if (gestureStart == null) {
            return;
        }
        gestureStart = null;
        history.commit(label, model.get());
        updateHistoryState();
    }

    /** Abandons a gesture and goes back to the model before it. */
    public void cancelPreview() {
        if (gestureStart != null) {
            gestureStart = null;
            show(history.current().model());
        }
    }

    /** Sets an input in the scenario being edited, as one undo step. */
    public void setInput(String address, double value, String label) {
        edit(label, m -> ScenarioEdits.setInput(m, scenarioName.get(), address, value));
    }

    /** Sets an input live during a slider drag; end the drag with {@link #commitPreview}. */
    public void previewInput(String address, double value) {
        preview(m -> ScenarioEdits.setInput(m, scenarioName.get(), address, value));
    }

    /** The value of an input in the scenario being edited. */
    public double inputValue(String address) {
        return ScenarioEdits.value(model.get(), scenarioName.get(), address);
    }

    public void setScenario(String name) {
        String chosen = ScenarioEdits.isBase(name) ? Scenario.BASE_NAME : name;
        ScenarioEdits.scenario(model.get(), chosen);
        boolean switched = !chosen.equals(scenarioName.get());
        Result before = result.get();
        scenarioName.set(chosen);
        try {
            showScenario();
        } finally {
            if (switched) {
                notice.set(headline("Showing " + chosen, before, ""));
            }
        }
    }

    private void showScenario() {
        if (calculation == null) {
            show(model.get());
            return;
        }
        try {
            result.set(evaluate(calculation, model.get()));
            problem.set("");
        } catch (ModelException e) {
            problem.set(e.getMessage());
        }
    }

    /** Steps back one edit; the notice says which and what it did to the net saving. */
    public void undo() {
        String what = history.undoLabel().orElse("");
        Result before = result.get();
        gestureStart = null;
        show(history.undo().model());
        notice.set(what.isEmpty() ? "" : headline("Undid " + lower(what), before, "Ctrl+Y to redo."));
    }

    public void redo() {
        String what = history.redoLabel().orElse("");
        Result before = result.get();
        gestureStart = null;
        show(history.redo().model());
        notice.set(what.isEmpty() ? "" : headline("Redid " + lower(what), before, "Ctrl+Z to undo."));
    }

    /** "Delete stage" reads "Undid delete stage"; a name inside ("Change Arrest unit cost") keeps its capitals. */
    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    // ---- files ----

    /**
     * Reads a file into this document, replacing the open model and starting a fresh undo history.
     * On any problem it throws (a {@link ModelException} naming the file and field) and leaves the open
     * model exactly as it was.
     */
    public void open(Path path) {
        replaceWith(ModelFiles.read(path), path);
    }

    /** Replaces the open model (New, Open, restore): fresh history, base case, nothing selected. */
    public void replaceWith(JourneyModel next, Path path) {
        Calculation compiled = Calculation.compile(next);
        gestureStart = null;
        history.reset(next);
        selection.set(null);
        scenarioName.set(Scenario.BASE_NAME);
        file.set(path);
        show(next, compiled);
        markSaved();
    }

    /** Brings back recovered work: like opening it, but marked unsaved, because it never was. */
    public void restore(JourneyModel recovered, Path originalFile) {
        replaceWith(recovered, originalFile);
        savedRevision = -1;
        updateHistoryState();
    }

    public void save() throws IOException {
        if (file.get() == null) {
            throw new IllegalStateException("no file yet: use saveAs");
        }
        saveAs(file.get());
    }

    /**
     * Saves safely, keeping the previous version beside it as a backup.
     *
     * @throws org.journeyworkbench.io.ModelFileException saying in plain words why the file could not be
     *                                                    saved; the old file and the open model are untouched
     */
    public void saveAs(Path path) throws IOException {
        ModelFiles.save(history.current().model(), path);
        file.set(path);
        markSaved();
    }

    // ---- internals ----

    /**
     * Compiles a model and evaluates the scenario being edited on it.
     *
     * @throws ModelException if the model, or the scenario on it, is not whole
     */
    private Computed compute(JourneyModel next) {
        Calculation compiled = Calculation.compile(next);
        return new Computed(compiled, evaluate(compiled, next));
    }

    /** Binds the scenario being edited (the base case if the model has no such scenario) and evaluates it. */
    private Result evaluate(Calculation compiled, JourneyModel m) {
        Scenario scenario = ScenarioEdits.scenario(m, scenarioFor(m));
        double[] values = compiled.bind(scenario);
        compiled.evaluate(values, compiled.newScratch());
        return compiled.result(values, scenario.name());
    }

    private String scenarioFor(JourneyModel next) {
        String name = scenarioName.get();
        return ScenarioEdits.isBase(name) || next.scenario(name).isPresent() ? name : Scenario.BASE_NAME;
    }

    /** Shows a model already computed. */
    private void showComputed(JourneyModel next, Computed computed) {
        followScenario(next);
        calculation = computed.calculation();
        model.set(next);
        result.set(computed.result());
        problem.set("");
        updateHistoryState();
    }

    /**
     * Shows a model (undo, redo, opening), computing it with {@code compiled} or, when null, compiling it
     * first; a problem is shown as the problem and the last good result stays.
     */
    private void show(JourneyModel next, Calculation compiled) {
        followScenario(next);
        Calculation c = compiled;
        Result r = null;
        String trouble = "";
        try {
            if (c == null) {
                c = Calculation.compile(next);
            }
            r = evaluate(c, next);
        } catch (ModelException e) {
            trouble = e.getMessage();
        }
        calculation = c;
        model.set(next);
        if (r != null) {
            result.set(r);
        }
        problem.set(trouble);
        updateHistoryState();
    }

    private void show(JourneyModel next) {
        show(next, (Calculation) null);
    }

    /** Back to the base case when the scenario being edited is not in the model shown (after undo). */
    private void followScenario(JourneyModel next) {
        if (!ScenarioEdits.isBase(scenarioName.get()) && next.scenario(scenarioName.get()).isEmpty()) {
            scenarioName.set(Scenario.BASE_NAME);
        }
    }

    private void markSaved() {
        savedRevision = history.current().revision();
        updateHistoryState();
    }

    private void updateHistoryState() {
        dirty.set(history.current().revision() != savedRevision || gestureStart != null);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
    }
}
