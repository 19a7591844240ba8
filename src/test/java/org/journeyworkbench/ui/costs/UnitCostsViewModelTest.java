package org.journeyworkbench.ui.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.UnitCost;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Unit Costs window's and Checks panel's state, in plain JUnit, driven through the document. */
class UnitCostsViewModelTest {
    private final WorkbenchDocument document = new WorkbenchDocument(Samples.barnet(), null);
    private final UnitCostsViewModel library = new UnitCostsViewModel(document);

    @AfterEach
    void backToTheBundledData() {
        UnitCostLibrary.use(null);
        Deflator.use(null);
    }

    @Test
    void searchingKeepsTheMatchingEntriesWithTheirValueInThePriceBase() {
        assertEquals(57, library.rows().size());
        library.searchProperty().set("shoplifting");
        assertEquals(1, library.rows().size());
        UnitCostRow row = library.rows().get(0);
        assertEquals("£26", row.value());
        assertEquals("2010-11", row.priceYear());
        assertEquals(String.format("£%.2f", 26 * 71.5454 / 68.8561), row.inPriceBase());
        assertEquals("In 2012-13 prices", library.priceBaseProperty().get());
    }

    @Test
    void pickingForACostLineKeepsTheLinkAndIsOneUndoStep() {
        UnitCost om = UnitCostLibrary.starter().find("gmca-cr3-2").orElseThrow();
        library.pickForCostLine("personalisation", true, "officers", om);
        CostLine officers = document.model().initiative("personalisation").orElseThrow().runningCosts().get(1);
        assertEquals(357, officers.unitCost());
        assertEquals("gmca-cr3-2", officers.source().libraryId());
        assertEquals(PriceYear.financial(2008), officers.source().year());
        assertEquals("Pick cost from library", document.undoLabelProperty().get());
        document.undo();
        assertEquals(48675, document.model().initiative("personalisation").orElseThrow().runningCosts().get(1)
                .unitCost());
    }

    @Test
    void anAddedLibraryFilesBadRowsAreListedAndItsGoodOnesSearchable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ours.csv");
        Files.writeString(file, "id,name,agency,unit,value,priceYear,source,sourceYear,notes\n"
                + "ours-1,Youth caution (force costing),Police,Each,300,2012-13,Force finance,2013,\n"
                + "ours-2,Broken,Police,Each,300,soon,Force finance,2013,\n");
        library.addLibrary(file);
        assertEquals("1 entry added from ours.csv; left out: row 3: \"soon\" is not a year: write a financial "
                + "year such as 2012-13 or a calendar year such as 2012", library.statusProperty().get());
        library.searchProperty().set("force costing");
        assertEquals("ours-1", library.rows().get(0).entry().id());
    }

    @Test
    void theChecksFollowTheModel() {
        ChecksViewModel checks = new ChecksViewModel(document);
        assertTrue(checks.warnings().isEmpty());
        document.edit("Old figure", m -> m.withStage("arrest", s -> s.withProvenance(
                s.provenance().withPriceYear(PriceYear.financial(2000)))));
        assertEquals(1, checks.warnings().size());
        assertTrue(checks.summaryProperty().get().startsWith("1 warning"), checks.summaryProperty().get());
    }
}
