package org.journeyworkbench.ui.assumptions;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.InputUses;
import org.journeyworkbench.ui.input.OverrideMark;
import org.journeyworkbench.ui.input.SliderRange;
import org.journeyworkbench.ui.input.TypedField;
import org.journeyworkbench.ui.input.TypedValue;
import org.journeyworkbench.ui.uncertainty.RangeBand;
import org.journeyworkbench.ui.uncertainty.RangeField;

/**
 * One input: its label, a slider that recomputes live while it moves (one undo step when released) and a
 * field for typing the exact value, with the reason beside it when a typed value cannot be taken; in a named
 * scenario that sets the input itself, a bar down its edge and "Set in this scenario" with a reset button.
 * An input that can be unsure has a ± button that opens a field for its range (marked when it has one); a
 * range is drawn as a band under the slider.
 */
final class InputRow extends VBox {
    private final WorkbenchDocument document;
    private final Input input;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    /** "Not used: …" when the calculation reads nothing from this input in the scenario being edited. */
    private final Label unused = new Label();
    private final TypedField typed;
    private final OverrideMark mark;
    /** The range field and its band, or null for a switch or the appraisal period (they take no range). */
    private final RangeField range;
    private final RangeBand band;
    private final javafx.scene.control.ToggleButton rangeToggle = new javafx.scene.control.ToggleButton("±");
    private final InputUses uses;
    private boolean updating;

    InputRow(WorkbenchDocument document, Input input, InputUses uses) {
        this.document = document;
        this.input = input;
        this.uses = uses;
        getStyleClass().add("input-row");
        Label label = new Label(input.label());
        label.getStyleClass().add("input-label");
        label.setWrapText(true);
        // A small preferred width lets the panel, not the longest label, decide the row's width.
        label.setMinWidth(0);
        label.setPrefWidth(10);
        label.setMaxWidth(Double.MAX_VALUE);
        slider.setId("slider-" + idOf(input.address()));
        slider.setAccessibleText(input.label());
        field.setId("field-" + idOf(input.address()));
        field.setAccessibleText(input.label() + ", exact value");
        field.setPrefColumnCount(7);
        field.setMinWidth(88);
        field.setPrefWidth(96);
        slider.setMinWidth(60);
        slider.setPrefWidth(120);
        error.setId("error-" + idOf(input.address()));
        unused.setId("unused-" + idOf(input.address()));
        unused.getStyleClass().add("unused-note");
        unused.setWrapText(true);
        unused.setMinWidth(0);
        unused.setMaxWidth(Double.MAX_VALUE);
        unused.managedProperty().bind(unused.textProperty().isNotEmpty());
        unused.visibleProperty().bind(unused.textProperty().isNotEmpty());
        typed = new TypedField(field, error, new TypedValue(document, input.address(), input.kind(), input.label()),
                this::afterTyped);
        boolean unsure = input.kind() != InputKind.SWITCH && input.kind() != InputKind.YEARS;
        range = unsure ? new RangeField(document, input.address(), input.label(), input.kind(),
                "assumption-" + idOf(input.address())) : null;
        band = unsure ? new RangeBand(slider, "band-" + idOf(input.address())) : null;
        VBox track = band == null ? new VBox(slider) : new VBox(0, slider, band);
        track.setMinWidth(60);
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox line = new HBox(6, track, field);
        if (range != null) {
            rangeToggle.setId("rangeToggle-" + idOf(input.address()));
            rangeToggle.getStyleClass().add("range-toggle");
            rangeToggle.setAccessibleText("Range of " + input.label());
            rangeToggle.setTooltip(new javafx.scene.control.Tooltip("How unsure this figure is: type a range"));
            rangeToggle.setFocusTraversable(false);
            line.getChildren().add(rangeToggle);
            range.managedProperty().bind(range.visibleProperty());
            range.setVisible(false);
            rangeToggle.setOnAction(e -> showRange());
        }
        line.setMinWidth(0);
        setMinWidth(0);
        mark = new OverrideMark(document, input.address(), input.label(), "");
        OverrideMark.markRow(this, mark);
        getChildren().addAll(label, unused, line, error, mark);
        if (range != null) {
            getChildren().add(range);
        }
        org.journeyworkbench.ui.workshop.PinLeverMenu.install(this, document, input.address(), input.label());
        setRange(document.inputValue(input.address()));
        refresh();
        wire();
    }

    /** A node id for an address: dots would read as style classes in a lookup, so they become '_'. */
    static String idOf(String address) {
        return address.replace('.', '_');
    }

    Input input() {
        return input;
    }

    private void setRange(double around) {
        SliderRange r = SliderRange.around(around, input.kind());
        slider.setMin(r.min());
        // Wide enough to show the whole of the input's range, when it has one.
        var fitted = range == null ? null : range.entry().fitted();
        double top = fitted == null || input.kind() == InputKind.RATE ? r.max()
                : Math.max(r.max(), SliderRange.around(RangeBand.highest(fitted) / 2, input.kind()).max());
        slider.setMax(top);
    }

    /** Shows the value the document holds now (after undo, another scenario, a typed value). */
    void refresh() {
        mark.refresh();
        showUnused(uses.note(input.address()));
        show(document.inputValue(input.address()));
        showRange();
    }

    /**
     * The range field shows when asked for (±), so the panel keeps its height; an input with a range has its
     * band under the slider and its ± marked.
     */
    private void showRange() {
        if (range == null) {
            return;
        }
        range.refresh();
        boolean has = range.hasRange();
        range.setVisible(rangeToggle.isSelected());
        rangeToggle.getStyleClass().remove("has-range");
        if (has) {
            rangeToggle.getStyleClass().add("has-range");
        }
        var fitted = range.entry().fitted();
        if (fitted != null && RangeBand.highest(fitted) > slider.getMax()) {
            updating = true;
            setRange(document.inputValue(input.address()));
            updating = false;
        }
        band.show(fitted, range.entry().words());
    }

    /**
     * As {@link #refresh()}, with the value and the scenario's overrides already looked up (the panel looks
     * them all up at once).
     */
    void refresh(double v, java.util.Set<String> overridden) {
        mark.refresh(overridden);
        showUnused(uses.note(input.address()));
        show(v);
        showRange();
    }

    private void show(double v) {
        updating = true;
        try {
            if (!SliderRange.around(v, input.kind()).contains(v) || v > slider.getMax()) {
                setRange(v);
            }
            if (!slider.isValueChanging()) {
                slider.setValue(v);
            }
            // Follow the model (undo, another scenario) unless the user is half way through typing.
            typed.refresh(v);
        } finally {
            updating = false;
        }
    }

    /**
     * Marks the row as moving nothing, with the reason ("Not used: every target group … sets its own — …"),
     * or clears the mark when {@code note} is null.
     */
    void showUnused(String note) {
        unused.setText(note == null ? "" : note);
        if (note != null) {
            unused.setTooltip(new javafx.scene.control.Tooltip(note));
        }
        pseudoClassStateChanged(UNUSED, note != null);
    }

    private static final javafx.css.PseudoClass UNUSED = javafx.css.PseudoClass.getPseudoClass("unused");

    private void wire() {
        slider.valueProperty().addListener((o, was, now) -> {
            if (updating) {
                return;
            }
            double v = AssumptionsViewModel.snap(now.doubleValue(), input.kind());
            if (slider.isValueChanging()) {
                preview(v);
            } else {
                commit(v);
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                document.commitPreview("Change " + lower(input.label()));
                refresh();
            }
        });
    }

    private void preview(double v) {
        try {
            document.previewInput(input.address(), v);
            typed.showValue(v);
        } catch (ModelException e) {
            error.setText(input.label() + ": " + e.problem());
        }
    }

    private void commit(double v) {
        try {
            document.setInput(input.address(), v, "Change " + lower(input.label()));
            error.setText("");
        } catch (ModelException e) {
            error.setText(input.label() + ": " + e.problem());
        }
        refresh();
    }

    /** After a typed value is taken: the slider widens to show a value typed past its end. */
    private void afterTyped() {
        double v = document.inputValue(input.address());
        if (v > slider.getMax()) {
            updating = true;
            setRange(v);
            updating = false;
        }
        refresh();
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    InputKind kind() {
        return input.kind();
    }
}
