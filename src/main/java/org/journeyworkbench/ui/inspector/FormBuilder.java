package org.journeyworkbench.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.InputUses;
import org.journeyworkbench.ui.input.OverrideMark;
import org.journeyworkbench.ui.input.TypedField;
import org.journeyworkbench.ui.input.TypedValue;
import org.journeyworkbench.ui.uncertainty.RangeField;

/**
 * Builds the inspector's form: a label, a control and, under it, a message when what was typed cannot be
 * taken. A field commits on Enter or when it loses focus, as one undo step; a refused value stays in the
 * field with the reason beside it, and Escape puts back the value the model holds.
 */
final class FormBuilder {
    /** A field that can show the model's current value again (after undo, or a slider move). */
    interface Refreshable {
        void refresh();
    }

    private static final javafx.css.PseudoClass UNUSED = javafx.css.PseudoClass.getPseudoClass("unused");
    private final WorkbenchDocument document;
    private final InputUses uses;
    private final GridPane grid = new GridPane();
    private final List<Refreshable> fields = new ArrayList<>();
    private int row;

    FormBuilder(WorkbenchDocument document) {
        this.document = document;
        this.uses = new InputUses(document);
        grid.getStyleClass().add("inspector-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(96);
        labels.setMaxWidth(112);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, controls);
    }

    GridPane grid() {
        return grid;
    }

    List<Refreshable> fields() {
        return fields;
    }

    void heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-heading");
        l.setWrapText(true);
        grid.add(l, 0, row++, 2, 1);
    }

    void note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("form-note");
        grid.add(l, 0, row++, 2, 1);
    }

    /** A text field whose value is written into the model by {@code edit}. */
    void text(String label, String id, Supplier<String> value, String undoLabel,
              java.util.function.Function<String, UnaryOperator<JourneyModel>> edit) {
        TextField field = new TextField(value.get());
        // A name longer than the field scrolls out of sight: the tooltip shows it whole.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(field.textProperty());
        field.setTooltip(whole);
        Label error = error(id);
        Runnable commit = () -> {
            if (field.getText().equals(value.get())) {
                error.setText("");
                return;
            }
            apply(error, () -> document.edit(undoLabel, edit.apply(field.getText())));
        };
        wire(field, error, commit, () -> field.setText(value.get()));
        add(label, id, field, error);
        fields.add(() -> {
            if (!field.isFocused()) {
                field.setText(value.get());
            }
        });
    }

    /** A number field for an input address, scenario-aware: it edits what the document is editing. */
    void number(String label, String id, InputAddress at, InputKind kind) {
        String address = at.toString();
        TextField field = new TextField();
        Label error = error(id);
        TypedField typed = new TypedField(field, error, new TypedValue(document, address, kind, label), () -> { });
        // Says so when the calculation reads nothing from it ("Not used: every target group … sets its own").
        Label unused = new Label();
        unused.setId(id + "-unused");
        unused.getStyleClass().add("unused-note");
        unused.setWrapText(true);
        unused.managedProperty().bind(unused.textProperty().isNotEmpty());
        unused.visibleProperty().bind(unused.textProperty().isNotEmpty());
        Runnable showUnused = () -> {
            String note = uses.note(address);
            unused.setText(note == null ? "" : note);
            field.pseudoClassStateChanged(UNUSED, note != null);
        };
        showUnused.run();
        // Marked as the assumptions panel marks it when the scenario being edited sets it itself.
        OverrideMark mark = new OverrideMark(document, address, label, "inspector-");
        // Its range, typed as a person says it: shown when it has one or when asked for with ±.
        RangeField range = kind == InputKind.SWITCH || kind == InputKind.YEARS ? null
                : new RangeField(document, address, label, kind, id);
        if (range == null) {
            add(label, id, field, field, error, unused, mark);
        } else {
            ToggleButton toggle = new ToggleButton("±");
            toggle.setId(id + "-rangeToggle");
            toggle.getStyleClass().add("range-toggle");
            toggle.setAccessibleText("Range of " + label);
            toggle.setTooltip(new Tooltip("How unsure this figure is: type a range"));
            Runnable showRange = () -> {
                range.refresh();
                range.setVisible(range.hasRange() || toggle.isSelected());
                toggle.setSelected(range.isVisible());
            };
            range.managedProperty().bind(range.visibleProperty());
            toggle.setOnAction(e -> showRange.run());
            showRange.run();
            field.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(4, field, toggle);
            HBox.setHgrow(field, Priority.ALWAYS);
            add(label, id, field, line, error, unused, mark, range);
            fields.add(showRange::run);
        }
        fields.add(() -> {
            mark.refresh();
            showUnused.run();
            typed.refresh();
        });
    }

    /** A choice among items; {@code names} turns an item into what the user reads. */
    <T> void choice(String label, String id, List<T> items, Supplier<T> value, StringConverter<T> names,
                    String undoLabel, java.util.function.Function<T, UnaryOperator<JourneyModel>> edit) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(names);
        box.setValue(value.get());
        box.setMaxWidth(Double.MAX_VALUE);
        // A long name is cut short in the box: the tooltip shows it whole.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(box.valueProperty().map(names::toString).orElse(""));
        box.setTooltip(whole);
        Label error = error(id);
        box.setOnAction(e -> {
            T chosen = box.getValue();
            if (chosen == null ? value.get() == null : chosen.equals(value.get())) {
                return;
            }
            if (!apply(error, () -> document.edit(undoLabel, edit.apply(chosen)))) {
                box.setValue(value.get());
            }
        });
        add(label, id, box, error);
        fields.add(() -> {
            if (!box.isShowing()) {
                box.setValue(value.get());
            }
        });
    }

    void check(String label, String id, Supplier<Boolean> value, Consumer<Boolean> set) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setSelected(value.get());
        Label error = error(id);
        box.setOnAction(e -> {
            if (!apply(error, () -> set.accept(box.isSelected()))) {
                box.setSelected(value.get());
            }
        });
        grid.add(box, 0, row++, 2, 1);
        grid.add(error, 0, row++, 2, 1);
        fields.add(() -> box.setSelected(value.get()));
    }

    void control(String label, Node node) {
        Label l = new Label(label);
        grid.add(l, 0, row);
        grid.add(node, 1, row++);
        GridPane.setHalignment(l, HPos.LEFT);
    }

    /** A note whose text follows the model (a cost's citation). */
    void liveNote(String id, Supplier<String> text) {
        Label l = new Label(text.get());
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("form-note");
        grid.add(l, 0, row++, 2, 1);
        fields.add(() -> l.setText(text.get()));
    }

    void full(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    private boolean apply(Label error, Runnable action) {
        try {
            action.run();
            error.setText("");
            return true;
        } catch (ModelException e) {
            error.setText(e.problem());
            return false;
        }
    }

    private void wire(TextField field, Label error, Runnable commit, Runnable revert) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                revert.run();
                error.setText("");
                e.consume();
            }
        });
    }

    private Label error(String id) {
        Label error = new Label();
        error.setId(id + "-error");
        error.setWrapText(true);
        error.getStyleClass().add("input-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    private void add(String label, String id, javafx.scene.control.Control control, Label error, Node... more) {
        add(label, id, control, control, error, more);
    }

    /** As above, with {@code line} (the control and buttons beside it) placed where the control goes. */
    private void add(String label, String id, javafx.scene.control.Control control, Node line, Label error,
                     Node... more) {
        control.setId(id);
        control.setAccessibleText(label);
        control.setMaxWidth(Double.MAX_VALUE);
        Label l = new Label(label);
        l.setWrapText(true);
        l.setMaxWidth(110);
        l.setLabelFor(control);
        grid.add(l, 0, row);
        VBox box = new VBox(1, line, error);
        box.getChildren().addAll(more);
        grid.add(box, 1, row++);
    }
}
