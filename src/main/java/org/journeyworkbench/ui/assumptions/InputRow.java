package org.journeyworkbench.ui.assumptions;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.OverrideMark;
import org.journeyworkbench.ui.input.SliderRange;
import org.journeyworkbench.ui.input.ValueParser;

/**
 * One input: its label, a slider that recomputes live while it moves (one undo step when released) and a
 * field for typing the exact value, with the reason beside it when a typed value cannot be taken; in a named
 * scenario that sets the input itself, a bar down its edge and "Set in this scenario" with a reset button.
 */
final class InputRow extends VBox {
    private final WorkbenchDocument document;
    private final Input input;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final OverrideMark mark;
    private boolean updating;
    /** What the field last showed from the model: while it still shows that, nothing typed is pending. */
    private String lastShown = "";

    InputRow(WorkbenchDocument document, Input input) {
        this.document = document;
        this.input = input;
        setPadding(new Insets(2, 0, 4, 4));
        Label label = new Label(input.label());
        label.setWrapText(true);
        label.setStyle("-fx-font-size: 12px;");
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
        field.setStyle("-fx-alignment: center-right;");
        error.setId("error-" + idOf(input.address()));
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #B00020; -fx-font-size: 11px;");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox line = new HBox(6, slider, field);
        line.setMinWidth(0);
        setMinWidth(0);
        mark = new OverrideMark(document, input.address(), input.label(), "");
        setStyle(OverrideMark.rowStyle(mark.overriddenProperty().get()));
        mark.overriddenProperty().addListener((o, was, now) -> setStyle(OverrideMark.rowStyle(now)));
        getChildren().addAll(label, line, error, mark);
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
        slider.setMax(r.max());
    }

    /** Shows the value the document holds now (after undo, another scenario, a typed value). */
    void refresh() {
        mark.refresh();
        show(document.inputValue(input.address()));
    }

    /**
     * As {@link #refresh()}, with the value and the scenario's overrides already looked up (the panel looks
     * them all up at once).
     */
    void refresh(double v, java.util.Set<String> overridden) {
        mark.refresh(overridden);
        show(v);
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
            if (!field.isFocused() || field.getText().equals(lastShown)) {
                lastShown = ValueParser.format(v, input.kind());
                field.setText(lastShown);
                error.setText("");
            }
        } finally {
            updating = false;
        }
    }

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
        field.setOnAction(e -> typed());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                typed();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(ValueParser.format(document.inputValue(input.address()), input.kind()));
                error.setText("");
            }
        });
    }

    private void preview(double v) {
        try {
            document.previewInput(input.address(), v);
            lastShown = ValueParser.format(v, input.kind());
            field.setText(lastShown);
            error.setText("");
        } catch (ModelException e) {
            error.setText(e.problem());
        }
    }

    private void commit(double v) {
        try {
            document.setInput(input.address(), v, "Change " + lower(input.label()));
            error.setText("");
        } catch (ModelException e) {
            error.setText(e.problem());
        }
        refresh();
    }

    private void typed() {
        ValueParser.Parsed p = ValueParser.parse(field.getText(), input.kind());
        String still = "; still " + ValueParser.format(document.inputValue(input.address()), input.kind());
        if (!p.ok()) {
            error.setText(p.problem() + still);
            return;
        }
        if (Math.abs(p.value() - document.inputValue(input.address())) < 1e-12) {
            error.setText("");
            return;
        }
        try {
            document.setInput(input.address(), p.value(), "Change " + lower(input.label()));
            error.setText("");
            lastShown = ValueParser.format(p.value(), input.kind());
            field.setText(lastShown);
            if (p.value() > slider.getMax()) {
                updating = true;
                setRange(p.value());
                updating = false;
            }
            refresh();
        } catch (ModelException e) {
            error.setText(e.problem() + still);
        }
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    InputKind kind() {
        return input.kind();
    }
}
