package org.journeyworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            166604.4     | £166,604
            -570750      | (£570,750)
            193935.36    | £193,935
            0            | £0
            -0.0         | £0
            0.5          | £1
            -0.5         | (£1)
            -0.4         | £0
            1029854.4    | £1,029,854
            999.5        | £1,000
            """)
    void formatsWholePoundsWithBracketsForNegatives(double pounds, String expected) {
        assertEquals(expected, Money.format(pounds));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -570750      | -570750.00
            193935.36    | 193935.36
            -0.0         | 0.00
            0.005        | 0.01
            """)
    void plainIsToThePenny(double pounds, String expected) {
        assertEquals(expected, Money.plain(pounds));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            542        | £542
            48675.5    | £48,675.50
            """)
    void unitCostsShowPenceOnlyWhenThereAreAny(double pounds, String expected) {
        assertEquals(expected, Money.formatUnit(pounds));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.45, 45%", "0.125, 12.5%", "1, 100%", "0, 0%", "0.33333, 33.33%"})
    void ratesShowAsPercentages(double fraction, String expected) {
        assertEquals(expected, Percent.format(fraction));
    }
}
