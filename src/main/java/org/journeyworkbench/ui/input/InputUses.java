package org.journeyworkbench.ui.input;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputUse;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Which inputs move nothing in the scenario being edited, as the compiled calculation says
 * ({@link InputUse}), worked out again only when the calculation or the scenario changes, not on every value:
 * the assumptions panel and the inspector both ask. Plain Java.
 */
public final class InputUses {
    private final WorkbenchDocument document;
    private Calculation forCalculation;
    private java.util.Set<String> forSet;
    private InputUse use;

    public InputUses(WorkbenchDocument document) {
        this.document = document;
    }

    /** "Not used: every group that gets here sets its own — …", or null when the input is used. */
    public String note(String address) {
        InputUse now = now();
        String why = now == null ? null : now.whyUnused(address);
        return why == null ? null : "Not used: " + why;
    }

    /** The calculation's answer for the scenario being edited, or null while the model does not compile. */
    public InputUse now() {
        Calculation calc = document.calculation();
        if (calc == null) {
            return null;
        }
        Scenario scenario = ScenarioEdits.scenario(document.model(), document.scenarioName());
        // What is used depends on which inputs the scenario sets, not on their values.
        if (use == null || calc != forCalculation || !scenario.overrides().keySet().equals(forSet)) {
            use = InputUse.of(calc, scenario);
            forCalculation = calc;
            forSet = java.util.Set.copyOf(scenario.overrides().keySet());
        }
        return use;
    }
}
