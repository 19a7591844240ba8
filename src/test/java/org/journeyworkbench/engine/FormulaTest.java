package org.journeyworkbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {
    private static final Map<String, Double> TERMS = Map.of("1A", 945_854.4, "2A", 84_000.0, "3A", 570_750.0,
            "4AB", 292_500.0, "x2", 2.0);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (1A + 2A) - (3A + 4AB)       | 166604.4
            (1A+2A)-(3A+4AB)             | 166604.4
            1A + 2A - 3A - 4AB           | 166604.4
            (1A + 2A) − (3A + 4AB)       | 166604.4
            1A × 2 ÷ 4                   | 472927.2
            1A * 2 / 4                   | 472927.2
            1A x 2                       | 1891708.8
            -4AB                         | -292500
            --4AB                        | 292500
            2 + 3 * 4                    | 14
            (2 + 3) * 4                  | 20
            10 - 4 - 3                   | 3
            100 / 10 / 5                 | 2
            x2 * 1.5                     | 3
            .5 * 4                       | 2
            """)
    void evaluates(String formula, double expected) {
        assertEquals(expected, Formula.parse(formula).evaluate(TERMS), 1e-6);
    }

    @ParameterizedTest(name = "\"{0}\" -> at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            (1A + 2A - (3A + 4AB)   | 22 | expected ')' to close the bracket opened at character 1
            1A + 2A)                | 8  | there is a ')' without a matching '('
            1A +                    | 5  | the formula ends too soon
            1A 2A                   | 4  | expected an operator
            1A + * 2A               | 6  | unexpected '*'
            1A + 2A$                | 8  | unexpected '$'
            1.2.3 + 1A              | 1  | is neither a number nor a term name
            ()                      | 2  | unexpected ')'
            """)
    void aSyntaxErrorSaysWhereAndWhatWasExpected(String formula, int position, String message) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals("level1.formula", e.field());
    }

    @Test
    void anEmptyFormulaIsRefused() {
        assertThrows(FormulaException.class, () -> Formula.parse("   "));
    }

    @Test
    void termsStartingWithADigitAreTermsNotNumbers() {
        assertEquals(List.of("1A", "2A", "3A", "4AB"), List.copyOf(Formula.parse("(1A + 2A) - (3A + 4AB)").terms()));
    }

    @Test
    void anUnknownTermIsNamedWithItsPosition() {
        FormulaException e = assertThrows(FormulaException.class,
                () -> Formula.parse("1A + 5C").requireKnownTerms(List.of("1A", "2A")));
        assertEquals(6, e.position());
        assertTrue(e.getMessage().contains("no term called \"5C\""));
    }

    @Test
    void divisionByZeroSaysSo() {
        ModelException e = assertThrows(ModelException.class, () -> Formula.parse("1A / 0").evaluate(TERMS));
        assertTrue(e.getMessage().contains("divides by zero"));
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "(".repeat(10_000) + "1A" + ")".repeat(10_000);
        assertThrows(FormulaException.class, () -> Formula.parse(deep));
        assertThrows(FormulaException.class, () -> Formula.parse("-".repeat(10_000) + "1A"));
    }
}
