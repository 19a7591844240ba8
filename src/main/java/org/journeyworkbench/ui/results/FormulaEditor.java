package org.journeyworkbench.ui.results;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.Formula;
import org.journeyworkbench.engine.FormulaException;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The Level 1 formula, editable in place. A mistake is marked where it is (the offending character is
 * selected and the message names its position) while the last good result stays on screen and the
 * typed text is kept, so nothing is lost while it is being fixed.
 */
final class FormulaEditor extends VBox {
    private final WorkbenchDocument document;
    private final TextField field = new TextField();
    private final Label error = new Label();

    FormulaEditor(WorkbenchDocument document) {
        this.document = document;
        setSpacing(2);
        Label caption = new Label("Level 1 formula");
        caption.getStyleClass().add("formula-caption");
        field.setId("formulaField");
        field.setAccessibleText("Level 1 formula");
        field.getStyleClass().add("formula-field");
        Label equals = new Label("= net saving");
        equals.getStyleClass().add("formula-equals");
        HBox.setHgrow(field, Priority.ALWAYS);
        error.setId("formulaError");
        error.setWrapText(true);
        error.getStyleClass().add("formula-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        HBox line = new HBox(8, field, equals);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(caption, line, error);
        field.setText(document.model().level1().formula());
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        document.modelProperty().addListener((o, was, now) -> {
            if (!field.isFocused() && error.getText().isEmpty()) {
                field.setText(now.level1().formula());
            }
        });
    }

    private void commit() {
        String text = field.getText();
        if (text.equals(document.model().level1().formula())) {
            error.setText("");
            setBad(false);
            return;
        }
        try {
            Formula.parse(text).requireKnownTerms(document.model().level1().terms().stream()
                    .map(Level1Term::name).toList());
            document.edit("Change formula", m -> m.withLevel1(m.level1().withFormula(text)));
            error.setText("");
            setBad(false);
        } catch (FormulaException e) {
            showError(e.position(), e.problem());
        } catch (ModelException e) {
            showError(0, e.getMessage());
        }
    }

    private void showError(int position, String message) {
        error.setText("The formula has a mistake " + message + ". The figures shown are from the last good "
                + "formula, " + document.model().level1().formula() + ".");
        setBad(true);
        if (position >= 1) {
            int from = Math.min(position - 1, field.getLength());
            int to = Math.min(position, field.getLength());
            field.selectRange(from, to == from ? from : to);
        }
    }

    private void setBad(boolean bad) {
        org.journeyworkbench.ui.Styles.set(field, org.journeyworkbench.ui.Styles.BAD, bad);
    }
}
