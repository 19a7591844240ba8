package org.journeyworkbench.engine.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;
import org.junit.jupiter.api.Test;

class UnitCostLibraryTest {
    private final UnitCostLibrary starter = UnitCostLibrary.starter();

    @Test
    void theStarterLibraryHoldsEveryRowOfTheDataWithItsSourceAndCredit() {
        assertEquals(57, starter.size());
        UnitCost arrest = starter.find("gmca-cr7-0").orElseThrow();
        assertEquals(593, arrest.value());
        assertEquals(PriceYear.financial(2006), arrest.priceYear());
        assertTrue(arrest.source().startsWith("GMCA (New Economy) Unit Cost Database v1.4"));
        assertEquals(UnitCostLibrary.GMCA_ATTRIBUTION, arrest.attribution());
        assertEquals(UnitCost.Confidence.AMBER, arrest.confidence());
        assertEquals("", starter.find("moj-2223-prisoner-all").orElseThrow().attribution(), "not GMCA's");
        assertEquals(49, starter.entries().stream().filter(u -> !u.attribution().isEmpty()).count());
    }

    @Test
    void readsGmcasConfidenceAndTheFlagsForFiguresCoveringSeveralAgencies() {
        assertEquals(UnitCost.Confidence.RED, starter.find("gmca-cr1-1").orElseThrow().confidence());
        assertTrue(starter.find("gmca-cr1-0").orElseThrow().coversSeveralAgencies(), "includes CJS response");
        assertTrue(starter.find("ho-1999-mags-proceeding").orElseThrow().coversSeveralAgencies(), "all CJ agencies");
        assertFalse(starter.find("gmca-cr7-0").orElseThrow().coversSeveralAgencies());
    }

    @Test
    void searchesEveryWordInNameAgencySourceAndNotes() {
        List<String> ids = starter.search("arrest police").stream().map(UnitCost::id).toList();
        assertEquals(List.of("gmca-cr7-0", "gmca-cr7-0-duty-solicitor", "gmca-cr7-1"), ids);
        assertEquals(starter.size(), starter.search("  ").size());
        assertTrue(starter.search("no such thing").isEmpty());
    }

    @Test
    void aBadRowIsReportedWithItsRowNumberAndTheRestKept() {
        LibraryTable.Read read = LibraryTable.read(CsvRows.parse("""
                id,name,agency,unit,value,priceYear,source,sourceYear,notes
                a,Good one,Police,Each,100,2012-13,Our finance team,2013,
                b,Bad value,Police,Each,lots,2012-13,Our finance team,2013,
                c,"Quoted, with comma",Court,Each,"1,250",2011/12,Court accounts,,fine
                d,Bad year,Court,Each,12,sometime,Court accounts,,
                a,Duplicate,Court,Each,12,2012,Court accounts,,
                """), "ours.csv");
        assertEquals(List.of("a", "c"), read.entries().stream().map(UnitCost::id).toList());
        assertEquals(1250, read.entries().get(1).value());
        assertEquals(List.of("row 3: the value \"lots\" is not a number",
                "row 5: \"sometime\" is not a year: write a financial year such as 2012-13 or a calendar year such "
                        + "as 2012",
                "row 6: the id \"a\" is used by an earlier row"), read.problems());
        assertEquals("ours.csv", read.entries().get(0).library());
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedSayingWhichAreMissing() {
        ModelException e = assertThrows(ModelException.class,
                () -> LibraryTable.read(CsvRows.parse("id,name,cost\nx,y,1\n"), "f"));
        assertTrue(e.problem().endsWith("agency, unit, value, priceYear, source are missing"), e.problem());
    }

    @Test
    void anOrganisationsEntryReplacesAStarterOneWithTheSameId() {
        UnitCost ours = new UnitCost("gmca-cr7-0", "Arrest (our figure)", "Police", "Each", 700,
                PriceYear.financial(2012), "Our finance team", 2013, "", "ours.csv", "");
        UnitCostLibrary both = starter.plus(List.of(ours));
        assertEquals(57, both.size());
        assertEquals(700, both.find("gmca-cr7-0").orElseThrow().value());
    }
}
