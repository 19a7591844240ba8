package org.journeyworkbench.ui.inspector;

import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Under an input in the inspector: where the figure comes from ("Source") and, for money, the year its prices
 * are in ("Price year"), so an appendix can cite it. Each field commits on Enter or when
 * it loses focus as one undo step on the model (a scenario changes figures, not their sources); a year that
 * cannot be taken is explained under the row and the last good one kept; Escape puts back what the model holds.
 * A group's rate or unit cost that follows the journey's cites the journey's source, shown greyed: it becomes
 * editable once the group has a figure of its own.
 */
final class SourceFields {
    private final WorkbenchDocument document;
    private final InputAddress at;
    private final String what;
    private final TextField source = new TextField();
    private final TextField year = new TextField();
    private final Label error = new Label();
    /** What each field last showed of the model: a focused field still showing it follows undo and redo. */
    private String shownSource = "";
    private String shownYear = "";

    private SourceFields(WorkbenchDocument document, InputAddress at, String what) {
        this.document = document;
        this.at = at;
        this.what = what;
    }

    /**
     * Adds the "Source" row to {@code form}: the source, and for money a price year under it.
     *
     * @param id   the input field's id: the fields are {@code id-source} and {@code id-priceYear}, and a refusal is
     *             explained in {@code id-source-error}
     * @param what the input in a few words, for the undo label ("take-up", "running cost")
     */
    static void add(FormBuilder form, WorkbenchDocument document, String id, InputAddress at, String what) {
        SourceFields row = new SourceFields(document, at, what);
        form.control("Source", row.build(id));
        form.fields().add(row::refresh);
    }

    private VBox build(String id) {
        source.setId(id + "-source");
        source.setAccessibleText("Source of the " + what);
        source.setMaxWidth(Double.MAX_VALUE);
        wire(source, this::commitSource);
        error.setId(id + "-source-error");
        error.setWrapText(true);
        error.getStyleClass().add("input-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(2, source);
        if (Inputs.hasPriceYear(at)) {
            year.setId(id + "-priceYear");
            year.setAccessibleText("Price year of the " + what);
            year.setTooltip(new Tooltip("The year the figure's prices are in, e.g. 2012; empty when unknown"));
            year.setPrefColumnCount(4);
            year.setMaxWidth(72);
            Label label = new Label("Price year");
            label.setLabelFor(year);
            label.getStyleClass().add("small-label");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox line = new HBox(6, label, year);
            line.setAlignment(Pos.CENTER_LEFT);
            // a figure that follows the journey's cites the journey's year in the source's prompt instead
            line.managedProperty().bind(year.disabledProperty().not());
            line.visibleProperty().bind(year.disabledProperty().not());
            wire(year, this::commitYear);
            box.getChildren().add(line);
        }
        box.getChildren().add(error);
        show(true);
        return box;
    }

    /** The provenance the model holds for the input, or null when the input has gone. */
    private Provenance current(JourneyModel m) {
        try {
            return Inputs.source(m, at);
        } catch (ModelException e) {
            return null;
        }
    }

    /** Whether the input cites the journey's source (a group's figure that follows the journey's). */
    private boolean followsJourney(JourneyModel m) {
        TargetGroup g = m.targetGroup(at.id()).orElse(null);
        return switch (at.target()) {
            case GROUP_RATE -> g != null && !g.rates().containsKey(at.key());
            case GROUP_UNIT_COST -> g != null && !g.unitCosts().containsKey(at.key());
            default -> false;
        };
    }

    private void commitSource() {
        Provenance now = current(document.model());
        if (now == null || followsJourney(document.model()) || source.getText().strip().equals(now.source())) {
            error.setText("");
            return;
        }
        String typed = source.getText();
        if (edit("Change source of " + what,
                m -> Inputs.withSource(m, at, Inputs.source(m, at).withSource(typed)))) {
            show(true);
        }
    }

    private void commitYear() {
        Provenance now = current(document.model());
        if (now == null || followsJourney(document.model())) {
            return;
        }
        String typed = year.getText().strip();
        String still = "; still " + (now.hasPriceYear() ? now.year().label() : "none");
        if (!typed.isEmpty() && !typed.matches("[0-9]{1,4}(\\s*[-/]\\s*[0-9]{2,4})?")) {
            error.setText("\"" + typed + "\" is not a year: write a year such as 2012 or 2012-13, or leave it empty"
                    + still);
            return;
        }
        PriceYear y;
        try {
            y = typed.matches("[0-9]{1,3}") ? PriceYear.calendar(Integer.parseInt(typed)) : PriceYear.parse(typed);
        } catch (ModelException e) {
            error.setText(e.problem() + (e.problem().contains("plausible") ? ": use a year from 1900 to 2200, or "
                    + "leave it empty" : "") + still);
            return;
        }
        if (y.equals(now.year())) {
            error.setText("");
            year.setText(yearText(now));
            return;
        }
        if (edit("Change price year of " + what,
                m -> Inputs.withSource(m, at, Inputs.source(m, at).withPriceYear(y)))) {
            show(true);
        }
    }

    /** One undo step; a refusal is shown under the row and the model is left as it was. */
    private boolean edit(String label, UnaryOperator<JourneyModel> change) {
        try {
            document.edit(label, change);
            error.setText("");
            return true;
        } catch (ModelException e) {
            error.setText(e.problem());
            return false;
        }
    }

    private void refresh() {
        show(false);
    }

    /** Shows what the model holds; a field being typed in keeps its text unless {@code all}. */
    private void show(boolean all) {
        JourneyModel m = document.model();
        Provenance p = current(m);
        if (p == null) {
            return;
        }
        boolean follows = followsJourney(m);
        source.setDisable(follows);
        year.setDisable(follows);
        Tooltip tip = follows ? new Tooltip("This group follows the journey's figure, so it cites the journey's "
                + "source (change it on the " + (at.target() == InputAddress.Target.GROUP_RATE ? "arrow" : "stage")
                + "). Give the group a figure of its own to give it a source of its own.") : null;
        source.setTooltip(tip != null ? tip : p.source().isEmpty() ? null : new Tooltip(p.source()));
        shownSource = set(source, follows ? "" : p.source(), shownSource, all);
        String journeys = (p.source().isEmpty() ? "no source given" : p.source())
                + (p.hasPriceYear() ? ", " + p.year().label() + " prices" : "");
        source.setPromptText(follows ? "the journey's: " + journeys : "where the figure comes from");
        shownYear = set(year, follows ? "" : yearText(p), shownYear, all);
        if (all || !source.isFocused() && !year.isFocused()) {
            error.setText("");
        }
    }

    /**
     * Puts the model's {@code text} in the field unless someone is typing there (focused, and changed from what
     * it last showed, {@code shown}); returns what the field now shows of the model.
     */
    private static String set(TextField field, String text, String shown, boolean all) {
        if (all || !field.isFocused() || field.getText().equals(shown)) {
            field.setText(text);
            return text;
        }
        return shown;
    }

    private static String yearText(Provenance p) {
        return p.year().label();
    }

    private void wire(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(true);
                e.consume();
            }
        });
    }
}
