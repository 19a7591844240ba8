package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.io.Version;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** The cover carries what must travel with the figures: the caveats, the scenario, the price base, the version. */
class CoverSheetTest {
    private static String text(XSSFWorkbook wb, String sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : wb.getSheet(sheet)) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void theCoverCarriesTheNotesInFullTheScenarioThePriceBaseAndTheVersion() throws Exception {
        JourneyModel m = Samples.barnet();
        try (XSSFWorkbook wb = ExcelExport.build(m, "Without Community Coaches")) {
            assertEquals(CoverSheet.NAME, wb.getSheetName(0));
            String cover = text(wb, CoverSheet.NAME);
            assertTrue(cover.contains(m.notes()), "the model's notes, in full");
            assertTrue(cover.contains("RECONSTRUCTION"));
            assertTrue(cover.contains("Without Community Coaches: The four other initiatives only."));
            assertTrue(cover.contains("2012-13 prices"));
            assertTrue(cover.contains("5 years, 2013-14 to 2017-18"));
            assertTrue(cover.contains("3.5% a year"));
            assertTrue(cover.contains("Journey Workbench " + Version.get()));
            for (var i : m.initiatives()) {
                assertTrue(cover.contains(i.description()), i.name());
            }
            for (String sheet : new String[] {"Summary", "Appraisal", "Options", "Assumptions", "Calculations"}) {
                assertTrue(cover.contains(sheet + "\n"), sheet);
            }
            assertEquals("Journey Workbench " + Version.get(), wb.getProperties().getCoreProperties().getCreator());
            assertFalse(Version.get().equals("development"), "the version comes from the pom");
        }
    }
}
