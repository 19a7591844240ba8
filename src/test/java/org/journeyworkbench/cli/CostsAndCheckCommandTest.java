package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyworkbench.cli.CliTest.Run;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostsAndCheckCommandTest {
    @Test
    void costsListsTheLibraryFilteredBySearchWithTheValueInAPriceBase() throws Exception {
        Run r = CliTest.run("costs", "arrest", "--price-base", "2012/13", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode first = json.get("entries").get(0);
        assertEquals("gmca-cr7-0", first.get("id").asText());
        assertEquals("2006-07", first.get("priceYear").asText());
        assertEquals(593 * 71.5454 / 63.2017, first.get("valueInPriceBase").asDouble(), 1e-9);
        assertEquals("Amber", first.get("confidence").asText());
        assertTrue(first.get("attribution").asText().contains("CC BY 4.0"));
        assertEquals(3, json.get("entries").size());
    }

    @Test
    void costsAsATableAndAsCsv() {
        Run table = CliTest.run("costs", "prison", "cost", "per", "prisoner");
        assertEquals(2, table.code(), "one search argument only: " + table.err());
        Run t = CliTest.run("costs", "arrest");
        assertTrue(t.out().contains("£593"), t.out());
        assertTrue(t.out().contains("3 of 57 entries"), t.out());
        Run csv = CliTest.run("costs", "--format", "csv", "--price-base", "2012-13");
        assertEquals(58, csv.out().lines().count(), "a header and 57 rows");
        assertTrue(csv.out().lines().findFirst().orElseThrow().contains("valueIn2012-13"));
    }

    @Test
    void aPriceBaseOutsideTheTableIsRefusedWithTheYearsItCovers() {
        Run r = CliTest.run("costs", "--price-base", "2030-31");
        assertEquals(2, r.code());
        assertEquals("--price-base: 2030-31 is outside the deflator table: it covers financial years 2000-01 to "
                + "2024-25\n", r.err());
    }

    @Test
    void costsHelpNamesTheDeflatorRelease() {
        Run r = CliTest.run("costs", "--help");
        assertEquals(0, r.code());
        String text = r.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Deflator in use: " + Deflator.bundled().name()), r.out());
        assertTrue(r.out().contains("March 2026"), r.out());
    }

    @Test
    void aLibraryFileAddsEntriesAndReportsItsBadRows(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("ours.csv");
        Files.writeString(lib, "id,name,agency,unit,value,priceYear,source,sourceYear,notes\n"
                + "ours-caution,Simple caution,Police,Each,410,2012-13,Force finance,2013,\n"
                + "ours-bad,Conditional caution,Police,Each,,2012-13,Force finance,2013,\n");
        Run r = CliTest.run("costs", "caution", "--library", lib.toString(), "--format", "csv");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("ours-caution,Simple caution"), r.out());
        assertEquals(lib + ": row 3: the value \"\" is not a number (left out)\n", r.err());
        assertEquals(Deflator.bundled(), Deflator.inUse(), "nothing left in use after the command");
    }

    @Test
    void checkPrintsWarningsAndExitsZero(@TempDir Path dir) throws Exception {
        Run clean = CliTest.run("check", Samples.BARNET.toString());
        assertEquals(0, clean.code(), clean.err());
        assertTrue(clean.out().contains("No warnings"), clean.out());
        Path old = Path.of("src/test/resources/old-files/tameside-2011-unindexed.json");
        Run r = CliTest.run("check", old.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("- Cost that cannot be uprated: A year in custody unit cost "
                + "(stages.custody.unitCost): its price year 2011 is a calendar year"), r.out());
    }

    @Test
    void checkExitsTwoForAModelWithErrors(@TempDir Path dir) throws Exception {
        JourneyModel barnet = Samples.barnet();
        String json = ModelFiles.toJson(barnet).replace("\"entryStage\" : \"callout\"", "\"entryStage\" : \"nowhere\"");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json);
        Run r = CliTest.run("check", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nowhere"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void checkUsesAReplacementDeflator(@TempDir Path dir) throws Exception {
        Path d = dir.resolve("deflator.csv");
        Files.writeString(d, "year,index,basis,source\n2012-13,90,financial,HM Treasury June 2026 release\n");
        Run r = CliTest.run("check", Samples.BARNET.toString(), "--deflator", d.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("deflator: HM Treasury June 2026 release (financial years)"), r.out());
    }
}
