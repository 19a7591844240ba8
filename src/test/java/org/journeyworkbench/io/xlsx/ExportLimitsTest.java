package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a spreadsheet cannot hold is refused before anything is written, in words, never as a crash. */
class ExportLimitsTest {
    @Test
    void aLevel1FormulaTooLongForASpreadsheetIsRefusedNamingTheFormula(@TempDir Path dir) {
        JourneyModel m = Samples.barnet();
        m = m.withLevel1(m.level1().withFormula(String.join(" + ", Collections.nCopies(10_000, "1A"))));
        assertEquals(10_000 * Engine.compute(m).level1().term("1A"), Engine.compute(m).netSystemSaving(), 1);
        JourneyModel finalM = m;
        Path out = dir.resolve("long.xlsx");
        ModelException e = assertThrows(ModelException.class, () -> ExcelExport.write(finalM, null, out));
        assertTrue(e.getMessage().startsWith("level1.formula: "), e.getMessage());
        assertTrue(e.getMessage().contains("8,192"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aNameLongerThanACellHoldsIsRefusedInWords(@TempDir Path dir) {
        JourneyModel m = Samples.barnet().withName("x".repeat(40_000));
        ModelException e = assertThrows(ModelException.class, () -> ExcelExport.write(m, null, dir.resolve("n.xlsx")));
        assertTrue(e.getMessage().contains("32,767"), e.getMessage());
    }

    @Test
    void aLongButLegalFormulaIsShortenedInItsHeadingNotInItsCell() throws Exception {
        JourneyModel m = Samples.barnet();
        m = m.withLevel1(m.level1().withFormula(String.join(" + ", Collections.nCopies(300, "1A"))));
        try (var wb = ExcelExport.build(m, null)) {
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            double net = Engine.compute(m).netSystemSaving();
            boolean found = false;
            for (var row : wb.getSheet(SummarySheet.NAME)) {
                var cell = row.getCell(SummarySheet.VALUE_COLUMN);
                if (cell != null && row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().equals("Net system saving")) {
                    assertEquals(net, ev.evaluate(cell).getNumberValue(), 0.005);
                    assertTrue(row.getCell(1).getStringCellValue().endsWith("…"));
                    found = true;
                }
            }
            assertTrue(found);
        }
    }
}
