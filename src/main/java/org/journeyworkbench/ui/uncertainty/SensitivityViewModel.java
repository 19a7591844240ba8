package org.journeyworkbench.ui.uncertainty;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.ValueParser;

/**
 * The sensitivity tab: the result chosen, the swing for inputs without a range, and the tornado of the
 * scenario being edited, computed again on the document's compiled calculation after every change while the
 * tab is showing (a full tornado of Barnet takes milliseconds, so on the JavaFX thread). Clicking an input
 * selects its stage, arrow, target group or initiative. No controls: tested in plain JUnit.
 */
public final class SensitivityViewModel {
    private final WorkbenchDocument document;
    private final ReadOnlyObjectWrapper<List<MetricChoice>> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<MetricChoice> metric = new ReadOnlyObjectWrapper<>(this, "metric");
    private final ReadOnlyStringWrapper swingText = new ReadOnlyStringWrapper(this, "swingText", "20%");
    private final ReadOnlyObjectWrapper<Tornado> tornado = new ReadOnlyObjectWrapper<>(this, "tornado", Tornado.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private double swing = Sensitivity.DEFAULT_SWING;
    private boolean showing = true;

    public SensitivityViewModel(WorkbenchDocument document) {
        this(document, true);
    }

    /**
     * @param showing false for a tab that starts behind another: nothing is computed until it is shown (the
     *                tornado evaluates the model twice for every input, minutes on a 10,000-stage model)
     */
    public SensitivityViewModel(WorkbenchDocument document, boolean showing) {
        this.document = document;
        this.showing = showing;
        document.modelProperty().addListener((o, was, now) -> refresh());
        document.resultProperty().addListener((o, was, now) -> refresh());
        document.scenarioNameProperty().addListener((o, was, now) -> refresh());
        metric.set(MetricChoice.find(MetricChoice.of(document.model()), Metric.npv()));
        refresh();
    }

    public ReadOnlyObjectProperty<List<MetricChoice>> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MetricChoice> metricProperty() {
        return metric.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty swingTextProperty() {
        return swingText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tornado> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    public Tornado tornado() {
        return tornado.get();
    }

    /** Why there is no tornado, or why a typed swing was refused, in words; "" when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void choose(MetricChoice choice) {
        if (choice != null && !choice.equals(metric.get())) {
            metric.set(choice);
            refresh();
        }
    }

    /**
     * Takes a typed swing ("20%", "15 %"); a swing it cannot take is refused naming the field, and the last
     * good one stays.
     *
     * @return whether it was taken
     */
    public boolean setSwing(String typed) {
        ValueParser.Parsed p = ValueParser.parse(typed, InputKind.RATE);
        if (!p.ok() || !(p.value() > 0 && p.value() <= 1)) {
            problem.set("Swing: " + (p.ok() ? "must be above 0% and at most 100%" : p.problem()) + "; still ±"
                    + Percent.format(swing));
            swingText.set(Percent.format(swing));
            return false;
        }
        swing = p.value();
        swingText.set(Percent.format(swing));
        refresh();
        return true;
    }

    /** While the tab is behind another it computes nothing, and catches up when shown. */
    public void setShowing(boolean on) {
        boolean was = showing;
        showing = on;
        if (on && !was) {
            refresh();
        }
    }

    /**
     * Selects on the canvas the item the input belongs to; for an appraisal figure or a Level 1 term, which
     * have no box, says where to find it instead.
     */
    public void select(String address) {
        Selection s = InputSelection.of(address);
        if (s == null) {
            document.notice("That figure belongs to the appraisal as a whole: it is in Assumptions, not on the diagram.");
            return;
        }
        document.selectionProperty().set(s);
    }

    private void refresh() {
        List<MetricChoice> choices = MetricChoice.of(document.model());
        if (!choices.equals(metrics.get())) {
            metrics.set(choices);
            metric.set(MetricChoice.find(choices, metric.get() == null ? Metric.npv() : metric.get().metric()));
        }
        if (!showing) {
            return;
        }
        Calculation calc = document.calculation();
        if (calc == null) {
            problem.set("The tornado waits until the model can be computed: " + document.problemProperty().get());
            return;
        }
        try {
            UncertainInputs ranges = UncertainInputs.of(calc,
                    ScenarioEdits.scenario(calc.model(), document.scenarioName()));
            var result = Sensitivity.run(ranges, metric.get().metric(), swing);
            document.lastRuns().sensitivity(result, document.model());
            tornado.set(Tornado.of(result));
            problem.set("");
        } catch (ModelException e) {
            problem.set(e.getMessage());
        }
    }
}
