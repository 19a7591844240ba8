package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** A workshop's session log as the workbook's "Workshop log" sheet. */
class WorkshopLogSheetTest {
    private static final List<WorkshopLogEntry> LOG = List.of(
            new WorkshopLogEntry(LocalTime.of(14, 0, 5), "(3) Conditional Cautions: take-up (cases a year)", "200",
                    "150", "Net saving £166,604 → £150,000 · NPV £1,852,931 → £1,700,000", 150000, 1700000),
            new WorkshopLogEntry(LocalTime.of(14, 2, 0), "=1+1", "Base case", "Without Community Coaches",
                    "No change to the figures", 150000, 1700000));

    @Test
    void theLogIsASheetAfterTheCalculationsListedOnTheCover() throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null, LOG)) {
            Sheet sheet = wb.getSheet(WorkshopLogSheet.NAME);
            assertEquals(wb.getSheetIndex(CalculationsSheet.NAME) + 1, wb.getSheetIndex(sheet));
            int r = WorkshopLogSheet.HEADER_ROW;
            assertEquals("Time", sheet.getRow(r).getCell(0).getStringCellValue());
            assertEquals("14:00:05", sheet.getRow(r + 1).getCell(0).getStringCellValue());
            assertEquals("200", sheet.getRow(r + 1).getCell(2).getStringCellValue());
            assertEquals("150", sheet.getRow(r + 1).getCell(3).getStringCellValue());
            assertEquals(150000, sheet.getRow(r + 1).getCell(5).getNumericCellValue());
            assertEquals(1700000, sheet.getRow(r + 1).getCell(6).getNumericCellValue());
            assertEquals("=1+1", sheet.getRow(r + 2).getCell(1).getStringCellValue(), "text, never a formula");
            boolean listed = false;
            for (var row : wb.getSheet(CoverSheet.NAME)) {
                for (var cell : row) {
                    listed |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals(WorkshopLogSheet.NAME);
                }
            }
            assertTrue(listed, "the cover's contents name the sheet");
        }
    }

    @Test
    void withoutALogThereIsNoSheet() throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            assertNull(wb.getSheet(WorkshopLogSheet.NAME));
        }
    }
}
