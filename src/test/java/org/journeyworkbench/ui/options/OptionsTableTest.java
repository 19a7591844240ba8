package org.journeyworkbench.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the options read: figures, payback years, headings, and where the bars go. */
class OptionsTableTest {
    private final Appraisal settings = Samples.barnet().appraisal();

    private static OptionResult option(String name, double npv, Integer payback) {
        return new OptionResult(name, "", name.equals("Base case"), 1000, npv, null, payback, null, 0, 0,
                List.of(new OptionResult.AgencyNpv("police", "Police", npv / 2, 0)));
    }

    @ParameterizedTest
    @CsvSource({"0, 2013-14 (year 0)", "2, 2015-16 (year 2)"})
    void aPaybackYearIsNamedAndNumbered(int year, String expected) {
        assertEquals(expected, OptionsTable.payback(year, settings));
    }

    @Test
    void noPaybackIsNoneAndAModelWithoutAFirstYearNumbersIt() {
        assertEquals("none", OptionsTable.payback(null, settings));
        Appraisal unnamed = new Appraisal(settings.years(), settings.discountRates(), settings.optimismBias(),
                settings.priceBase(), "");
        assertEquals("year 3", OptionsTable.payback(3, unnamed));
    }

    @Test
    void noBcrNoValueForMoneyAndNegativesInBrackets() {
        OptionsTable t = OptionsTable.of(List.of(option("Base case", -1234.4, null)), "Base case", "Base case",
                settings);
        OptionsTable.Row r = t.rows().get(0);
        assertEquals("none", r.bcr());
        assertEquals("none", r.valueForMoney());
        assertEquals("(£1,234)", r.npv());
        assertTrue(r.npvNegative());
        assertEquals("NPVs over 5 years at 3.5%, in 2012-13 prices. Changes are from the base case.", t.caption());
    }

    @Test
    void barsShareOneZeroLineWithNegativesToItsLeft() {
        OptionsTable t = OptionsTable.of(List.of(option("Base case", 300, 0), option("A", -100, null),
                option("B", 0, null)), "Base case", "A", settings);
        assertEquals(new OptionsTable.Bar(0.25, 1, 0.25), t.rows().get(0).bar());
        assertEquals(new OptionsTable.Bar(0, 0.25, 0.25), t.rows().get(1).bar());
        assertEquals(new OptionsTable.Bar(0.25, 0.25, 0.25), t.rows().get(2).bar());
        assertTrue(t.rows().get(1).editing());
        assertEquals("Base case", t.baseline());
    }

    @Test
    void changesAreFromThePinnedOption() {
        OptionsTable t = OptionsTable.of(List.of(option("Base case", 300, 0), option("A", -100, null)), "A",
                "Base case", settings);
        assertEquals("£400", t.rows().get(0).change());
        assertEquals("£200", t.rows().get(0).agencyChange().get(0));
        assertEquals("£0", t.rows().get(1).change());
        assertTrue(t.rows().get(1).baseline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Base case|Base case",
            "Without Community Coaches|Without\\nCommunity\\nCoaches",
            "Half the arrests avoided by panels|Half the\\narrests\\navoided by…",
            "Supercalifragilisticexpialidocious|Supercalifragilisticexpialidocious"})
    void optionNamesAreHeadingsOfThreeLinesAtMost(String name, String expected) {
        assertEquals(expected.replace("\\n", "\n"), OptionsTable.heading(name, 13, 3));
    }
}
