package org.journeyworkbench.ui.inspector;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.ValueParser;

/**
 * An initiative's profile in the inspector: a row for take-up, running costs and set-up costs, a field for
 * each appraisal year, as percentages; it scrolls sideways when the period is long. Each field writes its
 * input address through the document, so an edit is one undo step and, in a named scenario, that scenario's
 * override. A value that cannot be taken is explained above the grid, the field is marked, and the model
 * keeps its last good value; Escape puts it back in the field.
 */
final class ProfileEditor {
    /** A cell whose typed value was refused: outlined (assumptions.css, {@code .profile-field:refused}). */
    private static final javafx.css.PseudoClass REFUSED = javafx.css.PseudoClass.getPseudoClass("refused");
    private final WorkbenchDocument document;
    private final FormBuilder form;
    private final String initiative;
    private final Label error = new Label();
    /** The field the message under the grid is about. */
    private TextField errorOf;

    ProfileEditor(WorkbenchDocument document, FormBuilder form, String initiative) {
        this.document = document;
        this.form = form;
        this.initiative = initiative;
    }

    void build() {
        int years = ProfileViewModel.years(document.inputValue(InputAddress.years().toString()));
        List<String> labels = ProfileViewModel.yearLabels(document.model().appraisal(), years);
        form.heading("Profile over the years");
        form.note("Each year as a share of the first year's take-up and running costs, and the share of the "
                + "set-up costs spent that year.");
        GridPane grid = new GridPane();
        grid.setId("inspector-profile");
        grid.setHgap(4);
        grid.setVgap(3);
        grid.setPadding(new Insets(2, 2, 4, 0));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(84);
        grid.getColumnConstraints().add(names);
        for (int y = 0; y < years; y++) {
            ColumnConstraints c = new ColumnConstraints(58);
            c.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(c);
            Label heading = new Label(labels.get(y));
            heading.getStyleClass().add("profile-year");
            grid.add(heading, y + 1, 0);
        }
        Profile.Kind[] kinds = Profile.Kind.values();
        for (int r = 0; r < kinds.length; r++) {
            Label name = new Label(kinds[r].label());
            name.getStyleClass().add("input-label");
            grid.add(name, 0, r + 1);
            for (int y = 0; y < years; y++) {
                grid.add(field(kinds[r], y, labels.get(y)), y + 1, r + 1);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("inspector-profile-scroll");
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setPrefViewportWidth(200);
        scroll.setMaxWidth(Double.MAX_VALUE);
        // As tall as the grid, so the horizontal scroll bar goes under the last row, never over it.
        grid.heightProperty().addListener((o, was, now) -> {
            scroll.setMinViewportHeight(now.doubleValue());
            scroll.setPrefViewportHeight(now.doubleValue());
        });
        scroll.getStyleClass().add("profile-scroll");
        error.setId("inspector-profile-error");
        error.setWrapText(true);
        error.getStyleClass().add("input-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        // The message goes above the grid: the inspector is usually scrolled to its end when the grid is in view,
        // and a message under it would appear out of sight.
        form.full(new VBox(2, error, scroll));
    }

    private TextField field(Profile.Kind kind, int year, String yearLabel) {
        String address = ProfileViewModel.address(initiative, kind, year);
        TextField field = new TextField();
        field.setId(ProfileViewModel.fieldId(kind, year));
        field.setAccessibleText(kind.label() + " profile, " + yearLabel);
        field.setPrefColumnCount(4);
        field.getStyleClass().add("profile-field");
        String[] lastShown = {shown(address)};
        field.setText(lastShown[0]);
        Runnable commit = () -> {
            ValueParser.Parsed p = ValueParser.parse(field.getText(), InputKind.MULTIPLIER);
            if (!p.ok()) {
                bad(field, ProfileViewModel.problem(kind, yearLabel, p.problem(), shown(address)));
                return;
            }
            if (Math.abs(p.value() - document.inputValue(address)) < 1e-12) {
                good(field);
                lastShown[0] = shown(address);
                field.setText(lastShown[0]);
                return;
            }
            try {
                document.setInput(address, p.value(), ProfileViewModel.undoLabel(kind, yearLabel));
                good(field);
                lastShown[0] = shown(address);
                field.setText(lastShown[0]);
            } catch (ModelException e) {
                bad(field, ProfileViewModel.problem(kind, yearLabel, e.problem(), shown(address)));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                lastShown[0] = shown(address);
                field.setText(lastShown[0]);
                good(field);
                e.consume();
            }
        });
        form.fields().add(() -> {
            // Follow the model (undo, another scenario) unless something typed is waiting in the field.
            if (!field.isFocused() || field.getText().equals(lastShown[0])) {
                lastShown[0] = shown(address);
                field.setText(lastShown[0]);
                good(field);
            }
        });
        return field;
    }

    private String shown(String address) {
        return ValueParser.format(document.inputValue(address), InputKind.MULTIPLIER);
    }

    private void bad(TextField field, String message) {
        field.pseudoClassStateChanged(REFUSED, true);
        field.setTooltip(new javafx.scene.control.Tooltip(message));
        error.setText(message);
        errorOf = field;
    }

    private void good(TextField field) {
        field.pseudoClassStateChanged(REFUSED, false);
        field.setTooltip(null);
        if (errorOf == field) {
            error.setText("");
            errorOf = null;
        }
    }
}
