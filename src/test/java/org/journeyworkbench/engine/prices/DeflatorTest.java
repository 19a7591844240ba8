package org.journeyworkbench.engine.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeflatorTest {
    private final Deflator d = Deflator.bundled();

    @Test
    void upratesByTheRatioOfTheIndexLevelsAsComputedByHand() {
        // 2012-13 = 71.5454, 2006-07 = 63.2017 in the March 2026 release.
        assertEquals(593 * 71.5454 / 63.2017, d.uprate(593, PriceYear.parse("2006-07"), PriceYear.parse("2012-13")),
                1e-9);
        assertEquals(671.29, d.uprate(593, PriceYear.parse("2006/07"), PriceYear.parse("2012-13")), 0.005);
        assertEquals(45000 * 71.5454 / 70.3261, d.uprate(45000, PriceYear.parse("2011-12"),
                PriceYear.parse("2012-13")), 1e-9);
    }

    @Test
    void aCalendarYearUsesTheCalendarSeries() {
        assertEquals(100 * 71.9294 / 70.834, d.uprate(100, PriceYear.parse("2011"), PriceYear.parse("2012")), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"2010/11, 2010, true", "2010-11, 2010, true", "2010/2011, 2010, true", "2010 - 11, 2010, true",
            "2012, 2012, false", "1999/00, 1999, true"})
    void readsAPriceYearEitherWay(String text, int start, boolean financial) {
        PriceYear y = PriceYear.parse(text);
        assertEquals(start, y.start());
        assertEquals(financial, y.financial());
    }

    @Test
    void bothSpellingsAreTheSameFinancialYear() {
        assertEquals(PriceYear.parse("2010/11"), PriceYear.parse("2010-11"));
        assertEquals("2010-11", PriceYear.parse("2010/11").label());
        assertEquals(68.8561, d.index(PriceYear.parse("2010/11")), 0);
        assertFalse(PriceYear.parse("2012").financial(), "a plain year, as files hold today, is a calendar year");
    }

    @ParameterizedTest
    @CsvSource({"2010-12", "about 2012", "12-13"})
    void refusesWhatIsNotAYear(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PriceYear.parse(text));
        assertEquals("priceYear", e.field());
    }

    @Test
    void aYearOutsideTheTableIsRefusedWithTheYearsItCovers() {
        ModelException e = assertThrows(ModelException.class, () -> d.index(PriceYear.parse("1998-99")));
        assertEquals("1998-99 is outside the deflator table: it covers financial years 2000-01 to 2024-25",
                e.problem());
        ModelException forecast = assertThrows(ModelException.class, () -> d.index(PriceYear.parse("2025-26")));
        assertTrue(forecast.problem().contains("2000-01 to 2024-25"), forecast.problem());
        ModelException cal = assertThrows(ModelException.class, () -> d.index(PriceYear.parse("1985")));
        assertTrue(cal.problem().contains("calendar years 1990 to 2024"), cal.problem());
    }

    @Test
    void neverMixesTheFinancialAndCalendarSeries() {
        ModelException e = assertThrows(ModelException.class,
                () -> d.factor(PriceYear.parse("2012"), PriceYear.parse("2012-13")));
        assertTrue(e.problem().contains("never mixed"), e.problem());
    }

    @Test
    void namesItsReleases() {
        assertTrue(d.name().contains("March 2026"), d.name());
        assertTrue(d.name().contains("December 2025"), d.name());
        assertEquals("financial years 2000-01 to 2024-25, calendar years 1990 to 2024", d.coverage());
    }

    @Test
    void aNewerReleaseReplacesTheTable() {
        Deflator newer = DeflatorTable.parse("""
                year,index,basis,source
                2012-13,70,financial,"HM Treasury GDP deflators, June 2026 release; rebased"
                2024/25,98,financial,"HM Treasury GDP deflators, June 2026 release; rebased"
                """, "my-deflator.csv");
        assertEquals("HM Treasury GDP deflators, June 2026 release (financial years)", newer.name());
        assertEquals(100 * 98 / 70.0, newer.uprate(100, PriceYear.parse("2012-13"), PriceYear.parse("2024-25")),
                1e-12);
        try {
            Deflator.use(newer);
            assertEquals(newer, Deflator.inUse());
        } finally {
            Deflator.use(null);
        }
        assertEquals(Deflator.bundled(), Deflator.inUse());
    }

    @Test
    void aDeflatorWithABadRowIsRefusedNamingTheRow() {
        ModelException e = assertThrows(ModelException.class, () -> DeflatorTable.parse("""
                year,index,basis,source
                2012-13,70,financial,x
                2013-14,seventy,financial,x
                """, "f.csv"));
        assertEquals("row 3: the index \"seventy\" is not a number", e.problem());
    }
}
