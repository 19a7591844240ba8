package org.journeyworkbench.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.journeyworkbench.engine.Formula;
import org.journeyworkbench.engine.FormulaException;
import org.journeyworkbench.model.ModelException;

/** Any text typed as a Level 1 formula parses and evaluates, or gives our error with a position in it. */
class FormulaFuzzTest {
    private static final Map<String, Double> TERMS = Map.of("1A", 945_854.4, "2A", 84_000.0, "3A", 570_750.0,
            "4AB", 292_500.0);

    @FuzzTest(maxDuration = "10m")
    void anyTextParsesOrSaysWhere(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Formula formula;
        try {
            formula = Formula.parse(text);
        } catch (FormulaException e) {
            if (e.position() < 1 || e.position() > text.length() + 1) {
                throw new AssertionError("position " + e.position() + " outside \"" + text + "\"");
            }
            return;
        }
        try {
            formula.requireKnownTerms(TERMS.keySet()).evaluate(TERMS);
        } catch (ModelException expected) {
            // an unknown term or a division by zero, in plain words
        }
    }
}
