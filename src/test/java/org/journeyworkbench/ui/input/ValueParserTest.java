package org.journeyworkbench.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.journeyworkbench.engine.inputs.InputKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {
    @ParameterizedTest(name = "{1} \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            £1,930     | MONEY | 1930
            1930       | MONEY | 1930
            48675.50   | MONEY | 48675.5
            45%        | RATE  | 0.45
            45         | RATE  | 0.45
            12.5 %     | RATE  | 0.125
            0          | RATE  | 0
            1,250      | COUNT | 1250
            .5         | COUNT | 0.5
            """)
    void readsWhatPeopleType(String typed, InputKind kind, double expected) {
        ValueParser.Parsed p = ValueParser.parse(typed, kind);
        assertNull(p.problem());
        assertEquals(expected, p.value(), 1e-12);
    }

    @ParameterizedTest(name = "{1} \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            abc        | MONEY | "abc" is not a number
            12abc      | COUNT | "12abc" is not a number
            150%       | RATE  | a rate must be between 0% and 100%
            -5%        | RATE  | a rate must be between 0% and 100%
            -1         | MONEY | a cost cannot be negative
            (500)      | MONEY | a cost cannot be negative
            -3         | COUNT | a number of cases cannot be negative
            '   '      | COUNT | type a number
            1.2.3      | MONEY | "1.2.3" is not a number
            """)
    void saysWhatIsWrong(String typed, InputKind kind, String problem) {
        ValueParser.Parsed p = ValueParser.parse(typed, kind);
        assertEquals(problem, p.problem());
        assertNull(p.value());
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1930     | MONEY | £1,930
            0.45     | RATE  | 45%
            1250     | COUNT | 1,250
            52.52    | COUNT | 52.52
            """)
    void formatsForItsField(double value, InputKind kind, String shown) {
        assertEquals(shown, ValueParser.format(value, kind));
    }
}
