package org.journeyworkbench.io.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.prices.LibraryTable;
import org.journeyworkbench.engine.prices.UnitCost;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFilesTest {
    @TempDir
    Path dir;

    @Test
    void importsAnXlsxLaidOutAsTheStarterLibraryKeepingTheGoodRows() throws Exception {
        Path file = dir.resolve("our-costs.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Costs");
            Object[][] rows = {
                    {"id", "name", "agency", "unit", "value", "priceYear", "source", "sourceYear", "notes"},
                    {"ours-arrest", "Arrest", "Police", "Per arrest", 640.5, "2013/14", "Force finance", 2014, ""},
                    {"ours-bad", "Court hearing", "Court", "Per hearing", "tbc", "2013/14", "HMCTS", 2014, ""},
                    {"ours-custody", "Custody a year", "Prison", "Per year", 36000, 2013, "MoJ", 2014, "RAG G"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        LibraryTable.Read read = LibraryFiles.readLibrary(file);
        assertEquals(List.of("ours-arrest", "ours-custody"), read.entries().stream().map(UnitCost::id).toList());
        assertEquals(640.5, read.entries().get(0).value());
        assertEquals(PriceYear.financial(2013), read.entries().get(0).priceYear());
        assertEquals(PriceYear.calendar(2013), read.entries().get(1).priceYear(), "a number is a calendar year");
        assertEquals(List.of("row 3: the value \"tbc\" is not a number"), read.problems());
        assertEquals("our-costs.xlsx", read.entries().get(0).library());
    }

    @Test
    void importsACsvLibrary() throws Exception {
        Path file = dir.resolve("ours.csv");
        Files.writeString(file, "id,name,agency,unit,value,priceYear,source,sourceYear,notes\r\n"
                + "x,Caution,Police,Each,400,2012/13,Force finance,2013,\r\n"
                + "y,,Police,Each,400,2012/13,Force finance,2013,\r\n");
        LibraryTable.Read read = LibraryFiles.readLibrary(file);
        assertEquals(1, read.entries().size());
        assertEquals(List.of("row 3: the name is empty"), read.problems());
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        ModelException e = assertThrows(ModelException.class, () -> LibraryFiles.readLibrary(dir.resolve("no.csv")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void readsAReplacementDeflatorAndNamesItsRelease() throws Exception {
        Path file = dir.resolve("deflator-june-2026.csv");
        Files.writeString(file, "year,index,basis,source\n2024-25,97.1,financial,HM Treasury June 2026 release\n"
                + "2025-26,100,financial,HM Treasury June 2026 release\n");
        var d = LibraryFiles.readDeflator(file);
        assertEquals("HM Treasury June 2026 release (financial years)", d.name());
        assertEquals(file.toString(), d.origin());
    }
}
