package org.journeyworkbench.engine.validation;

import java.util.Map;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * The model's {@code uncertainty} entries (and each scenario's) against the inputs they are for: an address the
 * model has no input for, or a range outside the input's valid range, is refused as the file is read, naming
 * the entry, rather than when a run starts. Needs the compiled calculation, so it runs after
 * {@link ModelValidator} has passed the model (compiling validates it again; that is cheap).
 */
public final class RangeValidator {
    private RangeValidator() {
    }

    /** Throws the first range that does not fit its input, naming it by its place in the file. */
    public static void requireValid(JourneyModel model) {
        if (model.uncertainty().distributions().isEmpty()
                && model.scenarios().stream().allMatch(s -> s.uncertainty().distributions().isEmpty())) {
            return;
        }
        Calculation calc = Calculation.compile(model);
        check(calc, model.uncertainty().distributions(), "uncertainty.");
        for (Scenario s : model.scenarios()) {
            check(calc, s.uncertainty().distributions(), "scenarios[" + s.name() + "].uncertainty.");
        }
    }

    private static void check(Calculation calc, Map<String, Distribution> ranges, String prefix) {
        for (Map.Entry<String, Distribution> r : ranges.entrySet()) {
            try {
                UncertainInputs.check(calc, r.getKey(), r.getValue());
            } catch (ModelException e) {
                throw new ModelException(prefix + r.getKey(), e.problem());
            }
        }
    }
}
