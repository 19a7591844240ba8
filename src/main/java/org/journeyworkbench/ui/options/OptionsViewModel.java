package org.journeyworkbench.ui.options;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Every option side by side, live. Each time the document computes (a slider step, an edit, undo), every
 * option is evaluated again on the document's one compiled calculation ({@code Options(calc).compare()}, the
 * figures the command line's {@code compare} prints) and laid out as an {@link OptionsTable}.
 *
 * <p>Any option can be pinned as the baseline the changes are measured from (the base case until another is
 * pinned, and again when the pinned one disappears). While the baseline is not the option being edited, its
 * whole result is kept too, for the results' chart to show behind the live figures.
 *
 * <p>No controls here: plain JUnit tests drive it through a {@link WorkbenchDocument}.
 */
public final class OptionsViewModel {
    private final WorkbenchDocument document;
    private final ReadOnlyObjectWrapper<OptionsTable> table =
            new ReadOnlyObjectWrapper<>(this, "table", OptionsTable.empty());
    private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper(this, "baseline", Scenario.BASE_NAME);
    private final ReadOnlyObjectWrapper<Result> baselineResult = new ReadOnlyObjectWrapper<>(this, "baselineResult");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The calculation {@link #compared} came from: a new one means the model changed and all is evaluated again. */
    private Calculation comparedOn;
    private List<OptionResult> compared = List.of();
    /** What the table was last laid out from: the same again changes nothing. */
    private List<Object> laidOutFor = List.of();
    private Calculation ghostOn;
    private String ghostOf;
    private Result ghost;

    public OptionsViewModel(WorkbenchDocument document) {
        this.document = document;
        // Change listeners, not invalidation ones: they fire on every change whether or not anyone read the value.
        document.modelProperty().addListener((o, was, now) -> refresh());
        document.resultProperty().addListener((o, was, now) -> refresh());
        document.scenarioNameProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Every option's figures, formatted; equal tables are not set again, so views update only on a change. */
    public ReadOnlyObjectProperty<OptionsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public OptionsTable table() {
        return table.get();
    }

    /** The option the changes are from. */
    public ReadOnlyStringProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public String baseline() {
        return baseline.get();
    }

    /** The pinned baseline's whole result, or null while the baseline is the option being edited. */
    public ReadOnlyObjectProperty<Result> baselineResultProperty() {
        return baselineResult.getReadOnlyProperty();
    }

    /** Why the options cannot all be evaluated right now (their last good figures stay), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The raw figures the table was made from: {@code Options(calc).compare()} on the document's calculation. */
    public List<OptionResult> options() {
        return compared;
    }

    /** Pins an option as the baseline; an option the model does not have pins the base case. */
    public void pin(String name) {
        baseline.set(exists(name) ? name : Scenario.BASE_NAME);
        refresh();
    }

    /** Makes an option the one being edited. */
    public void edit(String name) {
        document.setScenario(name);
    }

    /** Evaluates every option again if the model changed, and lays the table out again. */
    public void refresh() {
        Calculation calc = document.calculation();
        if (calc != null && calc != comparedOn) {
            try {
                compared = new Options(calc).compare();
                comparedOn = calc;
                problem.set("");
            } catch (ModelException e) {
                problem.set(e.getMessage());
            }
        }
        if (!exists(baseline.get())) {
            baseline.set(Scenario.BASE_NAME);
        }
        String editing = ScenarioEdits.isBase(document.scenarioName()) ? Scenario.BASE_NAME : document.scenarioName();
        baselineResult.set(baseline.get().equals(editing) ? null : ghost(calc, baseline.get()));
        // An edit changes the model and then the result: lay the table out once for both.
        List<Object> key = List.of(compared, baseline.get(), editing, document.model().appraisal());
        if (!key.equals(laidOutFor)) {
            laidOutFor = key;
            table.set(OptionsTable.of(compared, baseline.get(), editing, document.model().appraisal()));
        }
    }

    /** The baseline's whole result on this calculation, computed once per model and baseline. */
    private Result ghost(Calculation calc, String name) {
        if (calc == null) {
            return ghost;
        }
        if (calc != ghostOn || !name.equals(ghostOf)) {
            try {
                ghost = calc.compute(ScenarioEdits.scenario(calc.model(), name));
            } catch (ModelException e) {
                ghost = null;
            }
            ghostOn = calc;
            ghostOf = name;
        }
        return ghost;
    }

    private boolean exists(String name) {
        return ScenarioEdits.isBase(name) || compared.stream().anyMatch(o -> o.name().equals(name));
    }
}
