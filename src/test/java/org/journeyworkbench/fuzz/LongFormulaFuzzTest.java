package org.journeyworkbench.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;

/**
 * Long formulas, flat (thousands of terms joined by any operators) and nested (brackets and minus signs as
 * deep as the fuzzer likes), through the whole engine: compile, evaluate, and the spreadsheet formula the
 * workbook writes. Each must give a figure or our plain error, never a stack overflow: the first fuzzers
 * never made a formula long enough to find one.
 */
class LongFormulaFuzzTest {
    private static final JourneyModel BARNET = Samples.barnet();
    private static final String[] TERMS = {"1A", "2A", "3A", "4AB", "2", "0.5", "0"};
    private static final String OPERATORS = "+-*/×÷−";

    @FuzzTest(maxDuration = "10m")
    void longFlatAndNestedFormulasComputeOrSayWhy(FuzzedDataProvider data) {
        String formula = data.consumeBoolean() ? flat(data) : nested(data);
        JourneyModel m = BARNET.withLevel1(BARNET.level1().withFormula(formula));
        try {
            // Compiles the formula into the calculation (whose expression the workbook writes as a
            // spreadsheet formula, to the same depth) and evaluates it.
            Engine.compute(m);
        } catch (ModelException expected) {
            // too deep, an unknown term, or dividing by zero: said in words
        }
    }

    /** Up to 8,000 terms joined by operators (a chain of 3,000 divisions overflowed the stack before), sometimes with a minus sign before a term. */
    private static String flat(FuzzedDataProvider data) {
        int n = data.consumeInt(1, 8_000);
        StringBuilder sb = new StringBuilder(n * 5);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ').append(OPERATORS.charAt(data.consumeInt(0, OPERATORS.length() - 1))).append(' ');
            }
            if (data.remainingBytes() > 0 && data.consumeInt(0, 9) == 0) {
                sb.append('-');
            }
            sb.append(TERMS[data.remainingBytes() > 0 ? data.consumeInt(0, TERMS.length - 1) : 0]);
        }
        return sb.toString();
    }

    /** Brackets, minus signs and operators interleaved to any depth, closed (or not) at the end. */
    private static String nested(FuzzedDataProvider data) {
        int n = data.consumeInt(1, 5_000);
        StringBuilder sb = new StringBuilder(n * 3);
        int open = 0;
        for (int k = 0; k < n && data.remainingBytes() > 0; k++) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> {
                    sb.append('(');
                    open++;
                }
                case 1 -> sb.append('-');
                case 2 -> sb.append(TERMS[data.consumeInt(0, TERMS.length - 1)])
                        .append(OPERATORS.charAt(data.consumeInt(0, OPERATORS.length() - 1)));
                default -> {
                    if (open > 0) {
                        sb.append(TERMS[0]).append(')').append('+');
                        open--;
                    }
                }
            }
        }
        sb.append("1A");
        boolean close = data.remainingBytes() == 0 || data.consumeBoolean();
        while (close && open-- > 0) {
            sb.append(')');
        }
        return sb.toString();
    }
}
